import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_SUBGRAPH_SECRET, SERVICE_MAP, subgraphUrl, type SubgraphName } from "@ipr/shared";

/** Documented development default; the gateway refuses it when NODE_ENV=production. */
export const DEV_JWT_SECRET = "dev-jwt-secret-change-me-0123456789abcdef";
export const SUPERGRAPH_PATH = join(__dirname, "..", "supergraph.graphql");

export interface GatewayConfig {
  port: number;
  host: string;
  jwtSecret: string;
  subgraphSecret: string;
  supergraphSdl: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  subgraphTimeoutMs: number;
}

export function configFromEnv(env = process.env): GatewayConfig {
  const production = env.NODE_ENV === "production";
  const jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
  const subgraphSecret = env.SUBGRAPH_SECRET ?? DEV_SUBGRAPH_SECRET;
  if (production && (jwtSecret === DEV_JWT_SECRET || subgraphSecret === DEV_SUBGRAPH_SECRET))
    throw new Error("NODE_ENV=production: set JWT_SECRET and SUBGRAPH_SECRET; the development defaults are public");
  if (Buffer.byteLength(jwtSecret) < 32) throw new Error("JWT_SECRET must be at least 32 bytes for HS256");
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? "127.0.0.1",
    jwtSecret,
    subgraphSecret,
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH, "utf8"),
    subgraphUrls: Object.fromEntries((Object.keys(SERVICE_MAP) as SubgraphName[]).map((name) => [name, subgraphUrl(name, env)])),
    subgraphTimeoutMs: Number(env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
  };
}
