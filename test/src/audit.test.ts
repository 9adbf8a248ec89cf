import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import express from "express";
import pg from "pg";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { DEV_SUBGRAPH_SECRET, IDENTITY_HEADER, encodeIdentity, formatError, signRequest, type Identity } from "@ipr/shared";
import { DEV_JWT_SECRET, SUPERGRAPH_PATH, identityFromAuthorization } from "@ipr/gateway";
import { HttpAuditSink, REDACTED, auditDataSource, auditPlugin, auditRequests, auditedContext, type AuditContext } from "@ipr/gateway";
import { startPlatform, token, type Caller, type GatewayResponse, type Platform } from "./platform";
import { M, TRACE, runChain } from "./chain";

/*
 * The audit trail end to end, before the audit is wired into startGateway: the platform (every
 * subgraph, office with its audit route), plus a second gateway built here the way server.ts builds
 * it (audit middleware first, body parser, token guard, Apollo with the audit plugin and the audited
 * context, signed data sources wrapped to note the subgraphs they call). Its courts subgraph points
 * at a dead port, to see a partial answer recorded.
 */

interface AuditedGatewayContext extends AuditContext {
  identity: Identity;
}

/** What gateway/src/data-source.ts's SignedDataSource does: forward the caller, signed. */
class SignedSource extends RemoteGraphQLDataSource<AuditedGatewayContext> {
  constructor(url: string) {
    super({
      url,
      fetcher: (async (input: string, init: { headers?: Record<string, string>; body?: string }) => {
        const headers = { ...init.headers, ...signRequest(DEV_SUBGRAPH_SECRET, init.headers![IDENTITY_HEADER], init.body ?? "") };
        return fetch(input, { ...init, headers, signal: AbortSignal.timeout(10_000) });
      }) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<AuditedGatewayContext>) {
    if ("identity" in context && context.identity) request.http?.headers.set(IDENTITY_HEADER, encodeIdentity(context.identity));
  }
}

let p: Platform;
let sink: HttpAuditSink;
let apollo: ApolloServer<AuditedGatewayContext>;
let httpServer: http.Server;
let url: string;
const started = new Date();
const jwtSecret = new TextEncoder().encode(DEV_JWT_SECRET);

beforeAll(async () => {
  p = await startPlatform();
  sink = new HttpAuditSink(p.subgraphs.office.url, DEV_SUBGRAPH_SECRET, { intervalMs: 50 });
  const urls: Record<string, string> = { ...Object.fromEntries(Object.entries(p.subgraphs).map(([name, s]) => [name, s.url])), courts: "http://127.0.0.1:9/graphql" };
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
    buildService: ({ name }) => auditDataSource(name, new SignedSource(urls[name])),
  });
  apollo = new ApolloServer<AuditedGatewayContext>({ gateway, formatError, plugins: [auditPlugin(sink)] });
  await apollo.start();
  const app = express();
  app.use(
    "/graphql",
    auditRequests(sink),
    express.json({ limit: "1mb" }),
    // the token guard of server.ts: 401 before Apollo, the caller kept in res.locals.identity
    async (req: express.Request, res: express.Response, next: express.NextFunction) => {
      try {
        res.locals.identity = await identityFromAuthorization(req.headers.authorization, jwtSecret);
        next();
      } catch (e) {
        res.status(401).json({ errors: [{ message: (e as Error).message, extensions: { code: "UNAUTHENTICATED" } }] });
      }
    },
    expressMiddleware(apollo, {
      context: auditedContext(sink, async ({ res }) => ({ identity: res.locals.identity as Identity })),
    }),
  );
  httpServer = http.createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await apollo?.stop(); // stops the sink too
  await new Promise((r) => httpServer?.close(r));
  await p?.stop();
});

const tokens = new Map<string, Promise<string>>();
/** Calls the audited gateway, like Platform.query calls the platform's. */
async function audited<T = any>(who: Caller, query: string, variables: Record<string, unknown> = {}): Promise<GatewayResponse<T>> {
  let authorization: string | undefined;
  if ("authorization" in who) authorization = who.authorization;
  else {
    const key = `${who.agency}/${who.region}/${who.sub ?? ""}`;
    if (!tokens.has(key)) tokens.set(key, token(who.agency, who.region, who.sub));
    authorization = `Bearer ${await tokens.get(key)}`;
  }
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as object) } as GatewayResponse<T>;
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const ENTRIES = `query Audit($f: AuditEntryFilter, $first: Int) { auditEntries(filter: $f, first: $first) {
  totalCount edges { node { id at sub agency region operationName operationType documentHash variables subgraphs outcome errorCodes durationMs clientAddress } } } }`;
type Entry = { sub: string; agency: string | null; region: string | null; operationName: string | null; operationType: string | null; documentHash: string | null;
  variables: string | null; subgraphs: string[]; outcome: string; errorCodes: string[]; durationMs: number; clientAddress: string | null; at: string };
/** What an office reads through the platform's (real) gateway. */
async function trail(who: Caller, filter: Record<string, unknown> = {}): Promise<Entry[]> {
  await sink.flush();
  const res = await p.query(who, ENTRIES, { f: { from: started.toISOString(), ...filter }, first: 100 });
  expect(res.errors).toBeUndefined();
  return res.data.auditEntries.edges.map((e: { node: Entry }) => e.node);
}
const NATIONAL_OFFICE = { agency: "OFFICE", region: "000000" };
const byHash = (entries: Entry[], query: string) => entries.filter((e) => e.documentHash === sha(query));

describe("the audit trail of requests through the gateway", () => {
  let chain: Awaited<ReturnType<typeof runChain>>;
  beforeAll(async () => {
    chain = await runChain({ ...p, query: audited } as Platform, "440300");
  });

  test("each mutation of the case chain: who, what, where it went, the outcome; names and ID numbers redacted", async () => {
    const entries = await trail(NATIONAL_OFFICE);
    const [register] = byHash(entries, M.register);
    expect(register).toMatchObject({ sub: "saic-440300", agency: "SAIC", region: "440300", operationType: "MUTATION", subgraphs: ["saic"], outcome: "SUCCESS", errorCodes: [] });
    expect(JSON.parse(register.variables!).input).toMatchObject({ creditCode: chain.creditCode, name: REDACTED, region: "440300" });
    const [file] = byHash(entries, M.file);
    expect(file).toMatchObject({ sub: "police-440300", agency: "POLICE", operationType: "MUTATION", outcome: "SUCCESS" });
    expect(file.subgraphs).toContain("police");
    const suspects = JSON.parse(file.variables!).input.suspects;
    expect(suspects).toHaveLength(2);
    for (const s of suspects) expect(s).toMatchObject({ name: REDACTED, idNumber: REDACTED });
    expect(file.variables).not.toMatch(/张伟|李娜|\d{17}[\dX]/);
    expect(byHash(entries, M.saicCase)).toHaveLength(1);
    expect(byHash(entries, M.refer)[0]).toMatchObject({ sub: "saic-440300", outcome: "SUCCESS" });
    expect(byHash(entries, M.decide)[0].subgraphs).toContain("linkage");
    for (const e of entries) {
      expect(e.durationMs).toBeGreaterThanOrEqual(0);
      expect(e.clientAddress).toMatch(/127\.0\.0\.1/);
    }
  });

  test("personal data the schema declares (a complaint's contact) is redacted, however the client names its variables", async () => {
    const query = `mutation FileWithContact($phone: String, $input: FileComplaintInput!) {
      a: fileComplaint(input: { complainantCreditCode: "${chain.creditCode}", channel: ONLINE, rightType: TRADEMARK, subject: "仿冒商标", description: "网店销售仿冒商品", region: "440300", receivedOn: "2018-01-02", contactPhone: $phone }) { id }
      b: fileComplaint(input: $input) { id }
    }`;
    const input = { complainantCreditCode: chain.creditCode, channel: "LETTER", rightType: "TRADEMARK", subject: "仿冒商标", description: "来信", region: "440300", receivedOn: "2018-01-03", contactName: "陈女士", contactPhone: "0755-12345678" };
    const res = await audited({ agency: "SAIC", region: "440300" }, query, { phone: "13800000000", input });
    expect(res.errors).toBeUndefined();
    const [entry] = byHash(await trail(NATIONAL_OFFICE), query);
    expect(JSON.parse(entry.variables!)).toEqual({ phone: REDACTED, input: { ...input, contactName: REDACTED, contactPhone: REDACTED } });
    expect(entry.variables).not.toMatch(/13800000000|陈女士|12345678/);
  });

  test("a trace across agencies lists every subgraph the query plan called", async () => {
    const res = await audited({ agency: "POLICE", region: "440300" }, TRACE, { id: chain.saicCaseId });
    expect(res.errors).toBeUndefined();
    const [trace] = byHash(await trail(NATIONAL_OFFICE, { sub: "police-440300" }), TRACE);
    expect(trace).toMatchObject({ operationType: "QUERY", outcome: "SUCCESS", variables: JSON.stringify({ id: chain.saicCaseId }) });
    expect(trace.subgraphs).toEqual(["linkage", "police", "saic"]);
  });

  test("a subgraph down: data from the others and an error, PARTIAL", async () => {
    const query = `query Partial { reportingUnit(code: "440000") { name } courtCase(id: "00000000-0000-4000-8000-000000000000") { id } }`;
    const res = await audited({ agency: "COURTS", region: "440000" }, query);
    expect(res.data?.reportingUnit.name).toBe("广东省");
    expect(res.errors?.length).toBeGreaterThan(0);
    const [entry] = await trail(NATIONAL_OFFICE, { operationName: "Partial" });
    expect(entry).toMatchObject({ sub: "courts-440000", outcome: "PARTIAL", subgraphs: ["courts", "office"] });
    expect(entry.errorCodes.length).toBeGreaterThan(0);
  });

  test("a write outside the caller's region: FORBIDDEN, no data, ERROR", async () => {
    const query = `mutation Foreign($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`;
    const res = await audited({ agency: "SAIC", region: "330000" }, query, {
      input: { caseNumber: "浙-越权-1", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn: "2017-10-09", rightHolderCreditCode: chain.creditCode, foreignInvested: true, amountInvolved: "100.00" },
    });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const [entry] = await trail(NATIONAL_OFFICE, { operationName: "Foreign" });
    expect(entry).toMatchObject({ sub: "saic-330000", region: "330000", outcome: "ERROR", errorCodes: ["FORBIDDEN"], subgraphs: ["saic"] });
  });

  test("refused before execution: an invalid document, and a request without a token (recorded as anonymous)", async () => {
    expect((await audited({ agency: "SAIC", region: "440000" }, `query Invalid { noSuchField }`)).errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const noToken = await audited({ authorization: undefined }, `query Sneak($name: String) { enterprises(filter: { name: $name }) { totalCount } }`, { name: "某外资企业" });
    expect(noToken.status).toBe(401);
    const missing = await audited({ agency: "SAIC", region: "440000" }, `query Missing($id: ID!) { saicCase(id: $id) { id } }`);
    expect(missing.errors?.length).toBeGreaterThan(0);
    expect(await trail(NATIONAL_OFFICE, { operationName: "Missing" })).toMatchObject([{ sub: "saic-440000", outcome: "REFUSED", subgraphs: [] }]);
    const [invalid] = await trail(NATIONAL_OFFICE, { operationName: "Invalid" });
    expect(invalid).toMatchObject({ sub: "saic-440000", outcome: "REFUSED", errorCodes: ["GRAPHQL_VALIDATION_FAILED"], subgraphs: [] });
    const [anonymous] = await trail(NATIONAL_OFFICE, { sub: "anonymous" });
    expect(anonymous).toMatchObject({ agency: null, region: null, operationName: "Sneak", operationType: "QUERY", outcome: "REFUSED", errorCodes: ["UNAUTHENTICATED"] });
    expect(JSON.parse(anonymous.variables!)).toEqual({ name: REDACTED });
  });

  test("only the office reads it, each office its own region's callers", async () => {
    const saic = await p.query({ agency: "SAIC", region: "000000" }, ENTRIES, { f: {} });
    expect(saic.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(saic.data ?? null).toBeNull();
    const all = await trail(NATIONAL_OFFICE);
    const regions = new Set(all.map((e) => e.region));
    expect([...regions]).toEqual(expect.arrayContaining(["440300", "440000", "330000", null]));
    const guangdong = await trail({ agency: "OFFICE", region: "440000" });
    expect(guangdong.length).toBeGreaterThan(0);
    expect(guangdong.every((e) => e.region?.startsWith("44"))).toBe(true);
    expect(guangdong.length).toBe(all.filter((e) => e.region?.startsWith("44")).length);
    const zhejiang = await trail({ agency: "OFFICE", region: "330000" });
    expect(zhejiang.map((e) => e.sub)).toEqual(all.filter((e) => e.region === "330000").map((e) => e.sub));
  });

  test("nobody alters it: no mutation in the supergraph, no route at the gateway, the database refuses", async () => {
    const mutationType = /\ntype Mutation[^{]*\{([^}]*)\}/.exec(readFileSync(SUPERGRAPH_PATH, "utf8"))![1];
    const mutations = [...mutationType.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]);
    expect(mutations).toContain("createSaicCase");
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
    expect(mutationType).not.toMatch(/AuditEntry/);
    const viaGateway = await fetch(p.gateway.url.replace("/graphql", "/internal/audit"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ entries: [] }) });
    expect(viaGateway.status).toBe(404);
    const db = new pg.Client({ connectionString: p.databaseUrl });
    await db.connect();
    try {
      await expect(db.query("update office.audit_entry set sub = 'nobody'")).rejects.toThrow(/append-only/);
      await expect(db.query("delete from office.audit_entry")).rejects.toThrow(/append-only/);
      expect(Number((await db.query("select count(*) as n from office.audit_entry where sub = 'nobody'")).rows[0].n)).toBe(0);
    } finally {
      await db.end();
    }
  });
});
