import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { formatError, logger, type SubgraphName } from "@ipr/shared";
import { identityFromAuthorization } from "./auth";
import { SignedDataSource, type GatewayContext } from "./data-source";
import { exportRoutes } from "./exports/routes";
import type { GatewayConfig } from "./config";

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Apollo Gateway on the committed supergraph, inside Apollo Server, behind JWT authentication. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource(config.subgraphUrls[name as SubgraphName] ?? url!, config.subgraphSecret, config.subgraphTimeoutMs),
  });
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const secret = new TextEncoder().encode(config.jwtSecret);

  app.get("/health", (_req, res) => void res.json({ status: "ok" }));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(server, {
      context: async ({ req }) => ({ identity: await identityFromAuthorization(req.headers.authorization, secret) }),
    }),
  );
  // CSV / XLSX exports of the monthly table, executed through `server` with the caller's identity
  app.use("/reports", exportRoutes({ server, secret }));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ url }, "gateway ready");
  return { url, port, stop: () => server.stop() };
}
