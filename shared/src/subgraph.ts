import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, type SchemaDefinition } from "./federation";
import { databaseUrl, migrate, openDatabase, type Database, type DatabaseDefinition } from "./db";
import { IDEMPOTENCY_HEADER, subgraphSecrets, verifySignedRequest, type Identity } from "./identity";
import { Loaders } from "./loaders";
import { Peers, SERVICE_MAP, type SubgraphName } from "./peers";
import { SERVER_KEEP_ALIVE_MS } from "./http-client";
import type { Context } from "./context";
import { formatError } from "./format-error";
import { inputErrorsPlugin } from "./input-errors";
import { apolloLogger, logger, setServiceName, TRACE_HEADER, traceIdOf, withLogScope } from "./logger";
import { forgetExpiredIdempotencyKeys, idempotencyPlugin } from "./idempotency";
import type { DemoGenerator } from "./demo/generator";
import { metricsSettingsFromEnv, observability, rootFieldLabel, startTracingFromEnv, type MetricsSettings } from "./observability";

/** How long /ready waits for the database before saying it is not there. */
const READY_TIMEOUT_MS = 2_000;

/** `select 1` on the subgraph's own pool, bounded by READY_TIMEOUT_MS. */
async function databaseAnswers(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS)));
  const check = db.orm.em.getConnection().execute("select 1").then(() => true, () => false);
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One agency's subgraph: its schema classes, its tables and migrations, and its place in the service map. */
export interface SubgraphDefinition extends SchemaDefinition, DatabaseDefinition {
  name: SubgraphName;
  /**
   * Extra HTTP endpoints besides /graphql (e.g. an internal, signed ingestion route), mounted before
   * /graphql. Each route checks its callers itself: `secrets` are the gateway secrets this subgraph
   * accepts (for `verifySignedRequest`), `db` its database.
   */
  routes?: (app: express.Express, deps: { db: Database; secrets: string[] }) => void;
  /**
   * Its part of the demo data set (`src/demo/`), loaded only when seeding:
   * `demo: () => (require("./demo") as typeof import("./demo")).demo`.
   */
  demo?: () => DemoGenerator;
}

export const defineSubgraph = (def: SubgraphDefinition) => def;

export interface StartOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  /** Accepted gateway secrets; defaults to SUBGRAPH_SECRET (+ SUBGRAPH_SECRET_PREVIOUS). */
  secrets?: string[];
  clock?: () => Date;
  /** Where other subgraphs are, when not at their `SUBGRAPH_URL_<NAME>` or default port. */
  peers?: Partial<Record<SubgraphName, string>>;
  /** The internal metrics port (observability/metrics-server.ts); none unless given. */
  metrics?: MetricsSettings;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  schema: GraphQLSchema;
  db: Database;
  /** The internal `/metrics` URL, when a metrics port was given. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

const schemas = new Map<SubgraphDefinition, Promise<GraphQLSchema>>();
/** Built once per definition: composition and servers share it. */
export const subgraphSchema = (def: SubgraphDefinition) => {
  let schema = schemas.get(def);
  if (!schema) schemas.set(def, (schema = buildFederatedSchema(def)));
  return schema;
};

type SignedRequest = express.Request & { rawBody?: Buffer; identity?: Identity; traceId?: string };

export async function startSubgraph(def: SubgraphDefinition, opts: StartOptions = {}): Promise<RunningSubgraph> {
  const schema = await subgraphSchema(def);
  const db = await openDatabase(def, opts.databaseUrl ?? databaseUrl(def.name));
  await migrate(db);
  const secrets = opts.secrets ?? subgraphSecrets();
  const clock = opts.clock ?? (() => new Date());
  const peers = new Peers(secrets[0], opts.peers);
  const observed = observability(def.name, opts.metrics);
  observed.watchDatabase(db.orm);

  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    logger: apolloLogger,
    // no cache hints: nothing caches responses, and the cache-control plugin wraps every field's resolver
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), inputErrorsPlugin({ status200: true }), idempotencyPlugin(def.name), observed.plugin(rootFieldLabel)],
    // only the gateway reaches a subgraph (signed), so its own introspection is harmless
    introspection: true,
  });
  await apollo.start();

  // liveness: the process answers (a database outage must not get it restarted)
  app.get("/health", (_req, res) => void res.json({ status: "ok", subgraph: def.name }));
  // readiness: it can serve, i.e. its database answers
  app.get("/ready", async (_req, res) => {
    res.set("Cache-Control", "no-store");
    if (await databaseAnswers(db)) res.json({ status: "ready", subgraph: def.name, database: "ok" });
    else res.status(503).json({ status: "unavailable", subgraph: def.name, database: "unavailable" });
  });
  app.get("/metrics", observed.publicRoute);
  def.routes?.(app, { db, secrets });
  app.post(
    "/graphql",
    express.json({ limit: "2mb", verify: (req, _res, buf) => void ((req as SignedRequest).rawBody = buf) }),
    observed.requests,
    (req: SignedRequest, res, next) => {
      // the gateway's trace id, on every log line of this request and back in the response
      const traceId = (req.traceId = traceIdOf(req.headers));
      res.set(TRACE_HEADER, traceId);
      try {
        req.identity = verifySignedRequest(req.headers, req.rawBody ?? Buffer.alloc(0), secrets);
      } catch (e) {
        res.status(401).json({ errors: [{ message: (e as Error).message, extensions: { code: "UNAUTHENTICATED" } }] });
        return;
      }
      withLogScope({ service: def.name, traceId }, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const signed = req as SignedRequest;
        const key = signed.headers[IDEMPOTENCY_HEADER];
        return {
          identity: signed.identity!,
          em: db.orm.em.fork(),
          loaders: new Loaders(),
          peers,
          now: clock,
          // verified with the signature above
          ...(typeof key === "string" && key ? { idempotencyKey: key, requestHash: createHash("sha256").update(signed.rawBody ?? "").digest("hex") } : {}),
        };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? SERVICE_MAP[def.name], opts.host ?? "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const metricsUrl = await observed.listen();
  logger.info({ subgraph: def.name, url, metricsUrl }, "subgraph ready");
  // answers kept for idempotency keys expire; drop them hourly (a missed run only leaves dead rows)
  const sweep = setInterval(() => void forgetExpiredIdempotencyKeys(db.orm.em.fork(), def.name).catch(() => {}), 3600_000);
  sweep.unref();
  return {
    name: def.name,
    url,
    schema,
    db,
    metricsUrl,
    async stop() {
      clearInterval(sweep);
      await observed.stop();
      await apollo.stop();
      await db.close();
    },
  };
}

/** The body of a subgraph's `main`: start from the environment, stop cleanly on SIGINT/SIGTERM. */
export function runSubgraph(def: SubgraphDefinition): void {
  setServiceName(def.name);
  const port = process.env.PORT ? Number(process.env.PORT) : SERVICE_MAP[def.name];
  const stopTracing = startTracingFromEnv(def.name);
  startSubgraph(def, { port, host: process.env.HOST, metrics: metricsSettingsFromEnv(port) }).then(
    (running) => {
      let stopping: Promise<void> | undefined;
      const stop = () => (stopping ??= running.stop().then(() => stopTracing?.()).then(() => process.exit(0), () => process.exit(1)));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      // started by `npm start` with an IPC channel: a launcher that dies without stopping us leaves no orphan
      if (process.send) process.once("disconnect", stop);
    },
    (error) => {
      logger.error({ err: error, subgraph: def.name }, "subgraph failed to start");
      process.exit(1);
    },
  );
}
