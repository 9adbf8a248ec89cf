import { readFileSync } from "node:fs";
import pg from "pg";
import { startSubgraph, type RunningSubgraph, type SubgraphName } from "@ipr/shared";
import { createTestDatabase } from "@ipr/shared/testing";
import { DEV_JWT_SECRET, SUPERGRAPH_PATH, issueToken, startGateway, type GatewayConfig, type RunningGateway } from "@ipr/gateway";
import { DEV_SUBGRAPH_SECRET } from "@ipr/shared";
import { SUBGRAPHS, composeSupergraph } from "@ipr/infra";
import type { SubgraphDefinition } from "@ipr/shared";

export interface Platform {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  databaseUrl: string;
  /** Where the subgraphs reach each other (peer checks); a test may point one at a proxy. */
  peerUrls: Partial<Record<SubgraphName, string>>;
  /** Calls the gateway with a token for `agency` in `region` (or with the raw Authorization header given). */
  query<T = any>(who: Caller, query: string, variables?: Record<string, unknown>): Promise<GatewayResponse<T>>;
  /** SQL statements sent by each subgraph so far. */
  statements(): Record<string, number>;
  stop(): Promise<void>;
}

export type Caller = { agency: string; region: string; sub?: string } | { authorization: string | undefined };
export interface GatewayResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
}

const secret = new TextEncoder().encode(DEV_JWT_SECRET);
export const token = (agency: string, region: string, sub?: string) => issueToken({ agency, region, sub }, secret);

/**
 * The whole platform in one process on ephemeral ports: every subgraph on a fresh database,
 * and the gateway on the committed supergraph, exactly as production runs it. Given other
 * subgraphs (one still being built), it composes them in-process instead.
 */
export async function startPlatform(defs: SubgraphDefinition[] = SUBGRAPHS, opts: { databaseUrl?: string; audit?: boolean; subgraphTimeoutMs?: number; clock?: () => Date; gateway?: Partial<GatewayConfig> } = {}): Promise<Platform> {
  // a given database is the caller's to keep; otherwise a fresh one, dropped on stop
  const db = opts.databaseUrl ? { url: opts.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const urls: Partial<Record<SubgraphName, string>> = {};
  const subgraphs: Record<string, RunningSubgraph> = {};
  const supergraphSdl = defs === SUBGRAPHS ? readFileSync(SUPERGRAPH_PATH, "utf8") : await composeSupergraph(defs);
  for (const def of defs) {
    // a test of deadlines may give the subgraphs its own clock (what resolvers read as now; signing keeps real time)
    subgraphs[def.name] = await startSubgraph(def, { port: 0, databaseUrl: db.url, peers: urls, clock: opts.clock });
    urls[def.name] = subgraphs[def.name].url;
  }
  const gateway = await startGateway({
    port: 0,
    host: "127.0.0.1",
    jwtSecret: DEV_JWT_SECRET,
    subgraphSecret: DEV_SUBGRAPH_SECRET,
    supergraphSdl,
    subgraphUrls: urls,
    subgraphTimeoutMs: opts.subgraphTimeoutMs ?? 10_000,
    // a test that gives its subgraphs longer gives the whole operation longer too
    ...(opts.subgraphTimeoutMs ? { limits: { executionTimeoutMs: opts.subgraphTimeoutMs } } : {}),
    // the audit trail writes to office in the background: off unless a test is about it, so row and statement counts stay exact
    audit: opts.audit ?? false,
    // anything else a test sets on the gateway (persisted operations, the console's development tokens)
    ...opts.gateway,
  });
  const tokens = new Map<string, Promise<string>>();
  return {
    gateway,
    subgraphs,
    databaseUrl: db.url,
    peerUrls: urls,
    async query(who, query, variables = {}) {
      let authorization: string | undefined;
      if ("authorization" in who) authorization = who.authorization;
      else {
        const key = `${who.agency}/${who.region}/${who.sub ?? ""}`;
        if (!tokens.has(key)) tokens.set(key, token(who.agency, who.region, who.sub));
        authorization = `Bearer ${await tokens.get(key)}`;
      }
      const res = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) } as GatewayResponse<any>;
    },
    statements: () => Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.db.statements()])),
    async stop() {
      await gateway.stop();
      for (const s of Object.values(subgraphs)) await s.stop();
      await db.drop();
    },
  };
}

/** The whole platform for one test file, and a SQL client on its database (for plain-SQL cross-checks). */
export type FilePlatform = Platform & { sql: pg.Client };

/**
 * The platform for the test file that calls this (at its top, before its own hooks): started in
 * `beforeAll`, stopped in `afterAll`. The handle is the platform once started, so read it inside
 * tests and hooks.
 */
export function platformForFile(opts: Parameters<typeof startPlatform>[1] = {}): FilePlatform {
  const platform = {} as FilePlatform;
  beforeAll(async () => {
    Object.assign(platform, await startPlatform(SUBGRAPHS, opts));
    platform.sql = new pg.Client({ connectionString: platform.databaseUrl });
    await platform.sql.connect();
  });
  afterAll(async () => {
    await platform.sql?.end();
    await platform.stop?.();
  });
  return platform;
}

/** Statements each subgraph sent while `run` ran. */
export async function countStatements(platform: Platform, run: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = platform.statements();
  await run();
  const after = platform.statements();
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
}

/** Another gateway in front of the platform's subgraphs, on the committed supergraph (the caller stops it). */
export function gatewayFor(platform: Platform, overrides: Partial<GatewayConfig>): Promise<RunningGateway> {
  return startGateway({
    port: 0,
    host: "127.0.0.1",
    jwtSecret: DEV_JWT_SECRET,
    subgraphSecret: DEV_SUBGRAPH_SECRET,
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
    subgraphUrls: Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.url])),
    subgraphTimeoutMs: 10_000,
    ...overrides,
  });
}
