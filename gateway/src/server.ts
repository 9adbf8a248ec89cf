import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { buildSchema } from "graphql";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { apolloLogger, inputErrorsPlugin, logger, observability, subgraphUrl, type SubgraphName } from "@ipr/shared";
import { HttpAuditSink, auditDataSource, auditPlugin, auditRequests, auditedContext } from "./audit";
import { authenticateRequests, createAuthenticator, requestIdentity } from "./auth";
import { SignedDataSource, type GatewayContext } from "./data-source";
import { consoleRoutes, SAVED_OPERATIONS_FILE } from "./console";
import { exportRoutes } from "./exports/routes";
import { importRoutes } from "./imports/routes";
import { deliverableExportRoutes } from "./exports/deliverable-routes";
import { feedRoutes } from "./feeds/routes";
import { gatewaySettings, type GatewayConfig } from "./config";
import { jsonBody } from "./limits/body";
import { withExecutionDeadline } from "./limits/deadline";
import { formatGatewayError } from "./limits/errors";
import { enforcePersistedOperations, loadPersistedOperations } from "./limits/persisted-operations";
import { createRateLimiter, rateLimitRequests } from "./limits/rate-limit";
import { graphqlLimits } from "./limits/validation";
import { errorExtensionsPlugin } from "./outages";
import { graphqlOverHttp, persistedQueryCache } from "./over-http";
import { readinessRoute, supergraphServices } from "./readiness";
import { idempotencyKeys, traceRequests } from "./request-scope";
import { knownOperationLabel, observedDataSource } from "./observability";
import { queryPlanCacheMiB } from "./memory";

export interface RunningGateway {
  url: string;
  port: number;
  /** The internal `/metrics` URL, when a metrics port was configured. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

/**
 * Apollo Gateway on the committed supergraph, inside Apollo Server, behind JWT authentication,
 * rate limits, persisted operations (when configured) and the hostile-query limits.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const settings = gatewaySettings(config);
  const authenticate = createAuthenticator(settings.auth, config.jwtSecret);
  const limits = graphqlLimits(settings.limits, settings.introspection);
  const persisted = settings.persistedOperations.file ? loadPersistedOperations({ ...settings.persistedOperations, file: settings.persistedOperations.file }) : null;
  const rateLimiter = await createRateLimiter(settings.rateLimit);
  const observed = observability("gateway", config.metrics);

  // every operation, executed or refused, goes to the office's append-only audit trail
  const audit = config.audit === false ? null : new HttpAuditSink(config.subgraphUrls.office ?? subgraphUrl("office"), config.subgraphSecret, { spillDir: config.auditSpillDir });
  // where each subgraph of the supergraph is: the configured URL, else the one composed in
  const subgraphUrls = Object.fromEntries(
    Object.entries(supergraphServices(config.supergraphSdl)).map(([name, url]) => [name, config.subgraphUrls[name as SubgraphName] ?? url]),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    logger: apolloLogger,
    experimental_approximateQueryPlanStoreMiB: queryPlanCacheMiB(),
    buildService: ({ name, url }) => {
      const source = observedDataSource(name, new SignedDataSource(name, config.subgraphUrls[name as SubgraphName] ?? url!, config.subgraphSecret, config.subgraphTimeoutMs), observed.metrics);
      return audit ? auditDataSource(name, source) : source;
    },
  });
  const app = express();
  app.disable("x-powered-by");
  // no automatic ETags: every answer is no-store but cacheable GETs of /graphql, which get a strong one (over-http/)
  app.set("etag", false);
  const httpServer = http.createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway: withExecutionDeadline(gateway, settings.limits.executionTimeoutMs),
    formatError: formatGatewayError,
    logger: apolloLogger,
    introspection: true, // only authenticated callers get this far; INTROSPECTION=false is a validation rule
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    persistedQueries: { cache: persistedQueryCache(persisted) }, // trusted documents by hash, over GET too (over-http/)
    // no Apollo landing page (it loads Apollo's CDN and Google fonts): the console at `/` is the browser's way in
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), inputErrorsPlugin({ status200: false }), errorExtensionsPlugin(), ...limits.plugins, ...(audit ? [auditPlugin(audit)] : []), observed.plugin(knownOperationLabel([SAVED_OPERATIONS_FILE, settings.persistedOperations.file]))],
  });
  await server.start();

  // in order: body size, token (401), rate limit (429), persisted operations (400), then GraphQL
  const guards = [authenticateRequests(authenticate), ...(rateLimiter ? [rateLimitRequests(rateLimiter)] : [])];
  // liveness: the process answers; readiness: the subgraphs do (readiness.ts)
  app.get("/health", (_req, res) => void res.json({ status: "ok" }));
  app.get("/ready", readinessRoute(subgraphUrls));
  app.get("/metrics", observed.publicRoute);
  // a browser opening /graphql goes to the console (not one fetching a query or a persisted operation)
  app.get("/graphql", (req, res, next) => (req.accepts(["application/json", "text/html"]) === "text/html" && req.query.query === undefined && req.query.extensions === undefined ? res.redirect(302, "/") : next()));
  app.use(
    "/graphql",
    observed.requests,
    traceRequests,
    ...graphqlOverHttp(),
    ...(audit ? [auditRequests(audit)] : []),
    ...jsonBody(settings.limits.maxBodyBytes),
    traceRequests, // again: the body parser's callbacks lost the log scope
    observed.requests, // and the trace context
    ...guards,
    idempotencyKeys,
    ...(persisted ? [enforcePersistedOperations(persisted)] : []),
    expressMiddleware(server, {
      context: async (args) => {
        const identify = async ({ req, res }: typeof args) => ({
          identity: requestIdentity(res) ?? (await authenticate(req.headers.authorization)),
          traceId: res.locals.traceId as string | undefined,
          idempotencyKey: res.locals.idempotencyKey as string | undefined,
        });
        return audit ? auditedContext(audit, identify)(args) : identify(args);
      },
    }),
  );
  // CSV / XLSX exports of the monthly table and the campaign's deliverables (PDF too for the year-end report), executed through `server` with the caller's identity
  app.use("/reports", ...guards, exportRoutes({ server, authenticate }), deliverableExportRoutes({ server, authenticate }));
  // spreadsheet imports (templates, uploads, jobs): rows go to the owning agency's import mutations as this caller
  // the supergraph's own types (inputs, enums, lists as composed), built once for the imports and the feeds
  const supergraph = buildSchema(config.supergraphSdl, { assumeValidSDL: true });
  app.use("/imports", ...guards, importRoutes({ server, authenticate, supergraph }));
  // BI feeds (CSV, Parquet) of every case-level list, paged through the same federated queries as the caller (feeds/)
  app.use("/feeds", ...guards, feedRoutes({ server, authenticate, supergraph }));
  // the office's console: static assets (no token), its sign-in check and, in development, its token helper
  const devTokens = config.devTokens && settings.auth.algorithms.includes("HS256") ? { secret: config.jwtSecret, issuer: settings.auth.issuer?.[0], audience: settings.auth.audience?.[0] } : null;
  app.use(consoleRoutes({ authenticate, devTokens }));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const metricsUrl = await observed.listen();
  logger.info({ url, metricsUrl }, "gateway ready");
  return {
    url,
    port,
    metricsUrl,
    stop: async () => {
      await observed.stop();
      await server.stop();
      await rateLimiter?.close();
    },
  };
}
