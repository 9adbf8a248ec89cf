import http from "node:http";
import net from "node:net";
import pg from "pg";
import { DEV_JWT_SECRET, startGateway, type RunningGateway } from "@ipr/gateway";
import { DEV_SUBGRAPH_SECRET, encodeIdentity, logger, makeCreditCode, redirectLogs, signRequest } from "@ipr/shared";
import { createTestDatabase, identity } from "@ipr/shared/testing";
import { SUBGRAPHS } from "@ipr/infra";
import { readFileSync } from "node:fs";
import { SUPERGRAPH_PATH } from "@ipr/gateway";
import { startPlatform, token, type Platform } from "./platform";
import { M } from "./chain";
import { startTcpProxy } from "./tcp-proxy";

/**
 * What a client sees when part of the platform is away: a subgraph refusing connections, a frozen
 * one, one whose database is gone (through a TCP proxy we cut, never the real server); the trace
 * id that ties its answer to the logs; and idempotency keys that make a write safe to retry.
 */

const REGION = "440300";
const SAIC = { agency: "SAIC", region: REGION, sub: "saic-officer-1" };
let db: { url: string; drop(): Promise<void> };
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let p: Platform;
let admin: pg.Client;
let holder: string;
let serial = 0;

interface Answer {
  status: number;
  headers: Headers;
  data?: any;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

async function send(url: string, who: { agency: string; region: string; sub?: string }, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await token(who.agency, who.region, who.sub)}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, ...((await res.json()) as object) };
}
const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, who = SAIC) => send(p.gateway.url, who, query, variables, headers);

const caseInput = (n = ++serial) => ({
  caseNumber: `工商-幂等-${n}-${Date.now()}`,
  category: "TRADEMARK",
  trademarkViolation: "COUNTERFEITING",
  region: REGION,
  openedOn: "2017-10-09",
  rightHolderCreditCode: holder,
  foreignInvested: true,
  amountInvolved: "86000.00",
});
const casesNumbered = async (caseNumber: string) => Number((await admin.query("select count(*) from saic.saic_case where case_number = $1", [caseNumber])).rows[0].count);

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 150; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never: ${what}`);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const target = new URL(db.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const proxied = new URL(db.url);
  proxied.port = String(proxy.port);
  p = await startPlatform(SUBGRAPHS, { databaseUrl: proxied.toString() });
  admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  holder = makeCreditCode(REGION, 77_001);
  const registered = await gql(M.register, { input: { creditCode: holder, name: "外资企业幂等", foreignInvested: true, investorCountry: "DE", region: REGION } });
  expect(registered.errors).toBeUndefined();
});
afterAll(async () => {
  await p?.stop();
  await admin?.end();
  await proxy?.stop();
  await db?.drop();
});

describe("trace ids", () => {
  test("every answer names its trace id in x-request-id; a client's traceparent is adopted and shows in errors", async () => {
    const fresh = await gql(`{ saicCase(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);

    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const res = await gql(`{ noSuchField }`, {}, { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    expect(res.headers.get("x-request-id")).toBe(traceId);
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const error of res.errors!) expect(error.extensions?.traceId).toBe(traceId);
  });

  test("a hostile x-request-id is not echoed into logs or headers", async () => {
    const res = await gql(`{ __typename }`, {}, { "x-request-id": "<script> with spaces" });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("a subgraph that refuses connections or does not answer", () => {
  let gateway: RunningGateway;
  let frozen: http.Server;
  const seen: http.IncomingHttpHeaders[] = [];
  const hanging = new Set<http.ServerResponse>();

  beforeAll(async () => {
    // a port nobody listens on: connection refused
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const refusedPort = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r));
    // a subgraph that reads the request and never answers
    frozen = http.createServer((req, res) => {
      seen.push(req.headers);
      hanging.add(res);
      req.resume();
    });
    await new Promise<void>((r) => frozen.listen(0, "127.0.0.1", r));
    const urls = Object.fromEntries(Object.entries(p.subgraphs).map(([name, s]) => [name, s.url]));
    gateway = await startGateway({
      port: 0,
      host: "127.0.0.1",
      jwtSecret: DEV_JWT_SECRET,
      subgraphSecret: DEV_SUBGRAPH_SECRET,
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
      subgraphUrls: { ...urls, linkage: `http://127.0.0.1:${refusedPort}/graphql`, police: `http://127.0.0.1:${(frozen.address() as net.AddressInfo).port}/graphql` },
      subgraphTimeoutMs: 1_000,
      audit: false,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const res of hanging) res.destroy();
    frozen?.closeAllConnections();
    await new Promise((r) => frozen?.close(r));
  });

  const via = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, who: { agency: string; region: string; sub?: string } = SAIC) =>
    send(gateway.url, who, query, variables, headers);

  test("refused: SERVICE_UNAVAILABLE with serviceName and path, and the rest of the query still answers", async () => {
    const made = await gql(M.saicCase, { input: caseInput() });
    const id = made.data.createSaicCase.id;
    const res = await via(`query($id: ID!) { saicCase(id: $id) { id } referral(id: "00000000-0000-4000-8000-000000000000") { id } }`, { id });
    expect(res.status).toBe(200);
    expect(res.data?.saicCase?.id).toBe(id);
    expect(res.errors).toEqual([
      expect.objectContaining({ path: ["referral"], extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE", serviceName: "linkage", retryable: true, traceId: res.headers.get("x-request-id") }) }),
    ]);
  });

  test("an entity fetch to a refused subgraph names the entity's field", async () => {
    const id = (await gql(M.saicCase, { input: caseInput() })).data.createSaicCase.id;
    const res = await via(`query($id: ID!) { saicCase(id: $id) { id referrals { id } } }`, { id });
    expect(res.errors?.[0]).toEqual(expect.objectContaining({ path: ["saicCase", "referrals"], extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE", serviceName: "linkage" }) }));
  });

  test("a mutation that could not be sent at all may be retried", async () => {
    const res = await via(M.refer, { input: { sourceType: "SAIC_CASE", sourceId: "00000000-0000-4000-8000-000000000000", region: REGION, reason: "涉嫌犯罪" } });
    expect(res.errors?.[0].extensions).toEqual(expect.objectContaining({ code: "SERVICE_UNAVAILABLE", serviceName: "linkage", retryable: true }));
  });

  test("frozen: TIMEOUT; a query may be retried, a mutation only with an idempotency key", async () => {
    const police = { agency: "POLICE", region: REGION, sub: "police-officer-1" };
    const query = await via(`{ criminalCase(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, {}, police);
    expect(query.errors?.[0]).toEqual(expect.objectContaining({ path: ["criminalCase"], extensions: expect.objectContaining({ code: "TIMEOUT", serviceName: "police", retryable: true }) }));

    const file = { input: { filingNumber: "公经立-超时-1", offence: "COUNTERFEITING_TRADEMARK", region: REGION, filedOn: "2024-01-02", amountInvolved: "1.00", rightHolderCreditCode: holder, foreignInvested: true, suspects: [] } };
    const bare = await via(M.file, file, { "x-request-id": "client-trace-0001" }, police);
    expect(bare.errors?.[0].extensions).toEqual(expect.objectContaining({ code: "TIMEOUT", serviceName: "police", retryable: false, traceId: "client-trace-0001" }));
    const keyed = await via(M.file, file, { "Idempotency-Key": "file-timeout-1" }, police);
    expect(keyed.errors?.[0].extensions).toEqual(expect.objectContaining({ code: "TIMEOUT", retryable: true }));

    // the subgraph was told the trace id, and the key with the mutation (signed with it)
    expect(seen.some((h) => h["x-request-id"] === "client-trace-0001")).toBe(true);
    expect(seen.some((h) => h["x-ipr-idempotency-key"] === "file-timeout-1")).toBe(true);
  });

  test("/ready names the subgraphs that do not answer; /health stays up", async () => {
    const base = gateway.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { unavailable: string[] }).unavailable.sort()).toEqual(["linkage", "police"]);
    // partial answers are still possible, so a load balancer may keep sending
    expect((await fetch(`${base}/ready?partial=true`)).status).toBe(200);
    expect((await fetch(p.gateway.url.replace(/\/graphql$/, "/ready"))).status).toBe(200);
  });
});

describe("a subgraph without its database", () => {
  afterEach(async () => {
    if (!(await fetch(p.gateway.url.replace(/\/graphql$/, "/ready")).then((r) => r.ok))) {
      await proxy.restore();
      await until(() => fetch(p.gateway.url.replace(/\/graphql$/, "/ready")).then((r) => r.ok), "the platform is ready again");
    }
  });

  test("answers SERVICE_UNAVAILABLE (database unavailable), not an internal error; /ready says 503 until it is back", async () => {
    const saicBase = p.subgraphs.saic.url.replace(/\/graphql$/, "");
    const lines: Array<Record<string, unknown>> = [];
    const level = logger.level;
    logger.level = "info";
    const restoreLogs = redirectLogs({ write: (line: string) => lines.push(JSON.parse(line)) });
    let res: Answer;
    try {
      await proxy.cut();
      res = await gql(`{ saicCase(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    } finally {
      restoreLogs();
      logger.level = level;
    }
    expect(res.errors?.[0]).toEqual(
      expect.objectContaining({ path: ["saicCase"], extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE", reason: "DATABASE_UNAVAILABLE", serviceName: "saic", retryable: true }) }),
    );
    // every line names its service; the subgraph's line carries the gateway's trace id
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(typeof line.service).toBe("string");
    expect(lines).toContainEqual(expect.objectContaining({ service: "saic", traceId: res.headers.get("x-request-id"), msg: "database unavailable" }));

    expect((await fetch(`${saicBase}/health`)).status).toBe(200);
    expect((await fetch(`${saicBase}/ready`)).status).toBe(503);
    const ready = await fetch(p.gateway.url.replace(/\/graphql$/, "/ready"));
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { unavailable: string[] }).unavailable).toContain("saic");

    await proxy.restore();
    await until(() => fetch(`${saicBase}/ready`).then((r) => r.ok), "saic is ready again");
    expect((await gql(`{ saicCase(id: "00000000-0000-4000-8000-000000000000") { id } }`)).errors).toBeUndefined();
  });

  test("a write that met the outage may be retried only with an idempotency key; with one, the retry writes once", async () => {
    await proxy.cut();
    const input = caseInput();
    const bare = await gql(M.saicCase, { input });
    expect(bare.errors?.[0].extensions).toEqual(expect.objectContaining({ code: "SERVICE_UNAVAILABLE", serviceName: "saic", retryable: false }));
    const keyed = await gql(M.saicCase, { input }, { "Idempotency-Key": "outage-retry-1" });
    expect(keyed.errors?.[0].extensions).toEqual(expect.objectContaining({ code: "SERVICE_UNAVAILABLE", retryable: true }));

    await proxy.restore();
    await until(() => fetch(p.subgraphs.saic.url.replace(/\/graphql$/, "/ready")).then((r) => r.ok), "saic is ready again");
    // the failed attempt was not remembered: the retry runs, and a second retry replays it
    const retried = await gql(M.saicCase, { input }, { "Idempotency-Key": "outage-retry-1" });
    expect(retried.errors).toBeUndefined();
    const again = await gql(M.saicCase, { input }, { "Idempotency-Key": "outage-retry-1" });
    expect(again.data.createSaicCase.id).toBe(retried.data.createSaicCase.id);
    expect(await casesNumbered(input.caseNumber)).toBe(1);
  });
});

describe("idempotency keys", () => {
  test("the same createSaicCase sent twice with the same key creates one case and returns the same id", async () => {
    const input = caseInput();
    const first = await gql(M.saicCase, { input }, { "Idempotency-Key": "case-once-1" });
    const second = await gql(M.saicCase, { input }, { "Idempotency-Key": "case-once-1" });
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data.createSaicCase.id).toBe(first.data.createSaicCase.id);
    expect(await casesNumbered(input.caseNumber)).toBe(1);
    // without a key, the same request is a second write (refused here by the unique case number)
    expect((await gql(M.saicCase, { input })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("the same key with a different request is BAD_USER_INPUT and writes nothing", async () => {
    await gql(M.saicCase, { input: caseInput() }, { "Idempotency-Key": "case-once-2" });
    const other = caseInput();
    const res = await gql(M.saicCase, { input: other }, { "Idempotency-Key": "case-once-2" });
    expect(res.errors?.[0].extensions).toEqual(expect.objectContaining({ code: "BAD_USER_INPUT", field: "Idempotency-Key", serviceName: "saic" }));
    expect(await casesNumbered(other.caseNumber)).toBe(0);
  });

  test("keys are per caller: another officer's same key is another request", async () => {
    const mine = await gql(M.saicCase, { input: caseInput() }, { "Idempotency-Key": "shared-key" });
    const theirs = await gql(M.saicCase, { input: caseInput() }, { "Idempotency-Key": "shared-key" }, { ...SAIC, sub: "saic-officer-2" });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.createSaicCase.id).not.toBe(mine.data.createSaicCase.id);
  });

  test("a duplicate while the first is still in flight gets a retryable CONFLICT, then the retry goes through", async () => {
    const key = "in-flight-1";
    const lock = `"saic"."ipr_idempotency_key"/SAIC/${SAIC.sub}/${key}`;
    const holderClient = new pg.Client({ connectionString: db.url });
    await holderClient.connect();
    const input = caseInput();
    try {
      // the first request's transaction holds this lock until it commits
      await holderClient.query("select pg_advisory_lock(hashtextextended($1, 0))", [lock]);
      const res = await gql(M.saicCase, { input }, { "Idempotency-Key": key });
      expect(res.errors?.[0].extensions).toEqual(expect.objectContaining({ code: "CONFLICT", retryable: true, serviceName: "saic" }));
      expect(await casesNumbered(input.caseNumber)).toBe(0);
      await holderClient.query("select pg_advisory_unlock(hashtextextended($1, 0))", [lock]);
    } finally {
      await holderClient.end();
    }
    expect((await gql(M.saicCase, { input }, { "Idempotency-Key": key })).errors).toBeUndefined();
    expect(await casesNumbered(input.caseNumber)).toBe(1);
  });

  test("a malformed key is refused before anything runs", async () => {
    const input = caseInput();
    const res = await gql(M.saicCase, { input }, { "Idempotency-Key": "x".repeat(300) });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toEqual(expect.objectContaining({ code: "BAD_USER_INPUT", field: "Idempotency-Key" }));
    expect(await casesNumbered(input.caseNumber)).toBe(0);
  });

  test("the key is covered by the gateway's signature: added to a signed request, it is refused", async () => {
    const body = JSON.stringify({ query: M.saicCase, variables: { input: caseInput() } });
    const headers = signRequest(DEV_SUBGRAPH_SECRET, encodeIdentity(identity("SAIC", REGION)), body);
    const res = await fetch(p.subgraphs.saic.url, { method: "POST", headers: { "content-type": "application/json", ...headers, "x-ipr-idempotency-key": "smuggled" }, body });
    expect(res.status).toBe(401);
  });
});
