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

/** What `correctionSmoke` needs of one record type: how to make a record, and a correction that changes it. */
export interface CorrectionSmoke {
  url: string;
  typename: string;
  owner: Identity;
  /** Creates a record as `owner`, returns its id. */
  create(): Promise<string>;
  /** Fields of a valid correction (reason and id are added). */
  correction: Record<string, unknown>;
  /** The fake dependents the subgraph asks (`startFakeDependents`): given, a second record with a referral on it must not be withdrawn. */
  dependents?: Awaited<ReturnType<typeof startFakeDependents>>;
}

/**
 * The kit's promises for one record type, straight at its subgraph (peers such as linkage stood in
 * for by `startFakeDependents`): a correction writes a version; a no-op, another agency, a missing
 * reason are refused; a withdrawal hides the record from its lookup but not from its history; a
 * withdrawn record cannot be corrected; given `dependents`, a referred record is not withdrawn.
 * Throws on the first broken promise.
 */
export async function correctionSmoke(s: CorrectionSmoke): Promise<void> {
  const { typename, owner } = s;
  const lookupName = typename[0].toLowerCase() + typename.slice(1);
  const call = (who: Identity, query: string, variables: Record<string, unknown>) => callSubgraph(s.url, who, query, variables);
  const correct = (who: Identity, input: Record<string, unknown>) =>
    call(who, `mutation($input: Correct${typename}Input!) { correct${typename}(input: $input) { id history { version action changes { field } } } }`, { input });
  const refused = async (what: string, res: GraphQLResponse, code: string, field?: string) => {
    const ext = res.errors?.[0]?.extensions;
    if (ext?.code !== code || (field && ext?.field !== field)) throw new Error(`${typename}: ${what} should be ${code} ${field ?? ""}, got ${JSON.stringify(res.errors ?? res.data)}`);
  };
  const id = await s.create();
  const ok = await correct(owner, { id, reason: "更正录入错误", ...s.correction });
  const history = ok.data?.[`correct${typename}`]?.history;
  if (ok.errors || history?.length !== 1 || history[0].action !== "CORRECTED" || !history[0].changes.length)
    throw new Error(`${typename}: correction failed: ${JSON.stringify(ok.errors ?? ok.data)}`);
  await refused("a no-op correction", await correct(owner, { id, reason: "再次更正", ...s.correction }), "BAD_USER_INPUT", "input");
  await refused("a correction without reason", await correct(owner, { id, reason: " ", ...s.correction }), "BAD_USER_INPUT", "input.reason");
  const stranger = { ...owner, agency: owner.agency === Agency.OFFICE ? Agency.SAIC : Agency.OFFICE };
  await refused("another agency's correction", await correct(stranger, { id, reason: "更正", ...s.correction }), "FORBIDDEN");
  const withdraw = (who: Identity) => call(who, `mutation($input: WithdrawRecordInput!) { withdraw${typename}(input: $input) { id } }`, { input: { id, reason: "重复录入，撤销" } });
  await refused("another agency's withdrawal", await withdraw(stranger), "FORBIDDEN");
  const gone = await withdraw(owner);
  if (gone.errors) throw new Error(`${typename}: withdrawal failed: ${JSON.stringify(gone.errors)}`);
  const read = await call(owner, `query($id: ID!) { ${lookupName}(id: $id) { id } ${lookupName}History(id: $id) { version action } }`, { id });
  if (read.data?.[lookupName] !== null) throw new Error(`${typename}: a withdrawn record still reads: ${JSON.stringify(read)}`);
  const versions = read.data?.[`${lookupName}History`]?.map((v: { action: string }) => v.action);
  if (JSON.stringify(versions) !== JSON.stringify(["CORRECTED", "WITHDRAWN"])) throw new Error(`${typename}: history is ${JSON.stringify(versions)}`);
  await refused("correcting a withdrawn record", await correct(owner, { id, reason: "更正", ...s.correction }), "BAD_USER_INPUT", "input.id");
  if (s.dependents) {
    const referred = await s.create();
    s.dependents.put(typename, referred, [{ type: "Referral", id: "0d6f1b9e-1c1e-4a57-8d0e-3f1e2d3c4b5a", region: owner.region, relies: ["region"] }]);
    const res = await call(owner, `mutation($input: WithdrawRecordInput!) { withdraw${typename}(input: $input) { id } }`, { input: { id: referred, reason: "撤销" } });
    await refused("withdrawing a referred record", res, "BAD_USER_INPUT", "input.id");
    if (res.errors?.[0]?.extensions?.reason !== "DEPENDENT_RECORDS") throw new Error(`${typename}: a referred record's withdrawal should name DEPENDENT_RECORDS, got ${JSON.stringify(res.errors)}`);
  }
}
export { recordSpans, SpanKind, type ReadableSpan } from "./observability/testing";
