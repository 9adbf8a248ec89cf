import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { Agency } from "./agency";
import { DEV_SUBGRAPH_SECRET, encodeIdentity, signRequest, type Identity } from "./identity";

/**
 * Test helpers: a fresh database per test file on the server jest's global setup found or started
 * (the machine's PostgreSQL or an embedded one), and signed calls straight to a subgraph.
 */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("no TEST_DATABASE_URL: run tests through jest's global setup (npm test)");
  return url;
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = testServerUrl();
  const name = `ipr_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const identity = (agency: Agency | keyof typeof Agency, region = "000000", sub = `${agency.toLowerCase()}-tester`): Identity => ({
  sub,
  agency: agency as Agency,
  region,
  roles: [],
});

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL request to a subgraph the way the gateway does, signed (or not, with `sign: false`). */
export async function callSubgraph<T = any>(
  url: string,
  who: Identity,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { sign?: boolean; secret?: string } = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.sign !== false) Object.assign(headers, signRequest(opts.secret ?? DEV_SUBGRAPH_SECRET, encodeIdentity(who), body));
  const res = await fetch(url, { method: "POST", headers, body });
  return { status: res.status, ...((await res.json()) as GraphQLResponse<T>) };
}

/**
 * A stand-in for the subgraphs a correction asks about dependents (`<subgraph>Dependents`), for a
 * subgraph's own tests: `put("SaicCase", id, [{ type: "Referral", id, region, relies }])`. Point
 * the subgraph's peers at `url` (e.g. `peers: { linkage: fake.url }`). End-to-end tests use the real ones.
 */
export async function startFakeDependents() {
  const dependents = new Map<string, Array<{ type: string; id: string; region: string; relies: string[] }>>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: { t: string; id: string } };
      const field = /\{\s*(\w+Dependents)\(/.exec(query)?.[1] ?? "dependents";
      const subgraph = field.replace(/Dependents$/, "");
      const found = (dependents.get(`${variables.t}:${variables.id}`) ?? []).map((d) => ({ ...d, subgraph }));
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: { [field]: found } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    put(typename: string, id: string, list: Array<{ type: string; id: string; region: string; relies: string[] }>) {
      dependents.set(`${typename}:${id}`, list);
    },
    clear: () => dependents.clear(),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
