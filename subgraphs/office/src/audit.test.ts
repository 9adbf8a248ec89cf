import { randomUUID } from "node:crypto";
import { DEV_SUBGRAPH_SECRET, encodeIdentity, escapeText, signRequest, startSubgraph, type Identity, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { office } from "./index";
import { AUDIT_PATH, AUDIT_WRITER, parseAuditDelivery } from "./audit-ingest";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
let ingestUrl: string;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(office, { port: 0, databaseUrl: db.url });
  ingestUrl = running.url.replace(/\/graphql$/, AUDIT_PATH);
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const sql = (q: string) => running.db.orm.em.getConnection().execute(q);
const count = async () => Number((await sql("select count(*) as n from office.audit_entry"))[0].n);

let clock = Date.parse("2024-03-01T00:00:00Z");
/** An entry as the gateway sends it; each a second after the previous one. */
const entry = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  at: new Date((clock += 1000)).toISOString(),
  sub: "saic-officer-1",
  agency: "SAIC",
  region: "440300",
  operationName: "Trace",
  operationType: "QUERY",
  documentHash: "a".repeat(64),
  variables: { id: "42", suspect: { name: "[redacted]" } },
  subgraphs: ["saic", "linkage"],
  outcome: "SUCCESS",
  errorCodes: [],
  durationMs: 12,
  clientAddress: "10.0.0.7",
  ...over,
});

async function deliver(body: unknown, opts: { who?: Identity; secret?: string; sign?: boolean; raw?: string } = {}) {
  const text = opts.raw ?? JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.sign !== false) Object.assign(headers, signRequest(opts.secret ?? DEV_SUBGRAPH_SECRET, encodeIdentity(opts.who ?? AUDIT_WRITER), text));
  const res = await fetch(ingestUrl, { method: "POST", headers, body: text });
  return { status: res.status, body: (await res.json()) as any };
}

const LIST = `query($f: AuditEntryFilter, $first: Int, $after: String) {
  auditEntries(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id at sub agency region operationName operationType documentHash variables subgraphs outcome errorCodes durationMs clientAddress } }
  }
}`;
/** Quarantined entries (the malformed ones below, recorded at their receipt time) are left out unless asked for. */
const list = (who: Identity, f: Record<string, unknown> = {}, page: { first?: number; after?: string } = {}) =>
  callSubgraph(running.url, who, LIST, { f: { quarantined: false, ...f }, ...page });

describe("audit ingestion (POST /internal/audit)", () => {
  test("the gateway's signed delivery is recorded in one statement, every field as sent", async () => {
    const entries = [entry(), entry({ sub: "anonymous", agency: null, region: null, operationName: null, operationType: null, documentHash: null, variables: null, subgraphs: [], outcome: "REFUSED", errorCodes: ["UNAUTHENTICATED"], clientAddress: null })];
    const before = running.db.statements();
    const res = await deliver({ entries });
    expect(res).toEqual({ status: 200, body: { received: 2, recorded: 2, quarantined: 0 } });
    expect(running.db.statements() - before).toBe(1);
    const rows = await sql(`select * from office.audit_entry where id in ('${entries[0].id}', '${entries[1].id}') order by at`);
    expect(rows[0]).toMatchObject({
      sub: "saic-officer-1", agency: "SAIC", region: "440300", operation_name: "Trace", operation_type: "QUERY", document_hash: "a".repeat(64),
      variables: { id: "42", suspect: { name: "[redacted]" } }, subgraphs: ["saic", "linkage"], outcome: "SUCCESS", error_codes: [], duration_ms: 12, client_address: "10.0.0.7",
    });
    expect(new Date(rows[0].at).toISOString()).toBe(entries[0].at);
    expect(rows[1]).toMatchObject({ sub: "anonymous", agency: null, region: null, outcome: "REFUSED", error_codes: ["UNAUTHENTICATED"] });
  });

  test("a retried or replayed delivery is recorded once", async () => {
    const body = { entries: [entry()] };
    expect((await deliver(body)).body).toEqual({ received: 1, recorded: 1, quarantined: 0 });
    const before = await count();
    expect((await deliver(body)).body).toEqual({ received: 1, recorded: 0, quarantined: 0 });
    expect(await count()).toBe(before);
  });

  const refusedSigners: Array<[string, Parameters<typeof deliver>[1]]> = [
    ["unsigned", { sign: false }],
    ["signed with another secret", { secret: "not-the-subgraph-secret" }],
    ["signed for a caller (OFFICE national officer)", { who: identity("OFFICE", "000000") }],
    ["signed with the writer's name but without the audit-writer role", { who: { ...AUDIT_WRITER, roles: [] } }],
    ["signed with the audit-writer role under another subject", { who: { ...AUDIT_WRITER, sub: "saic-officer-1" } }],
    ["signed with the audit-writer role in a province", { who: { ...AUDIT_WRITER, region: "440000" } }],
  ];
  test.each(refusedSigners)("%s: 401 and nothing written", async (_what, opts) => {
    const before = await count();
    const res = await deliver({ entries: [entry()] }, opts);
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(await count()).toBe(before);
  });

  test("a signature over other bytes does not carry over to a tampered body", async () => {
    const text = JSON.stringify({ entries: [entry()] });
    const headers = { "content-type": "application/json", ...signRequest(DEV_SUBGRAPH_SECRET, encodeIdentity(AUDIT_WRITER), text) };
    const res = await fetch(ingestUrl, { method: "POST", headers, body: text.replace("saic-officer-1", "someone-else") });
    expect(res.status).toBe(401);
  });

  const malformedDeliveries: Array<[string, unknown, string]> = [
    ["not JSON", "{entries:", ""],
    ["no entries", { items: [] }, "entries"],
    ["extra keys", { entries: [], more: 1 }, "more"],
    ["too many entries", { entries: Array.from({ length: 1001 }, () => ({})) }, "entries"],
  ];
  test.each(malformedDeliveries)("a malformed delivery (%s): 400 naming the value, nothing written", async (_what, body, field) => {
    const before = await count();
    const res = await deliver(body, typeof body === "string" ? { raw: body } : {});
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", ...(field ? { field } : {}) });
    expect(await count()).toBe(before);
  });

  const malformedEntries: Array<[string, unknown, string]> = [
    ["an entry that is not an object", 3, "entries[1]"],
    ["an unknown field", entry({ password: "x" }), "entries[1].password"],
    ["a bad id", entry({ id: "1" }), "entries[1].id"],
    ["a bad time", entry({ at: "yesterday" }), "entries[1].at"],
    ["no subject", entry({ sub: "" }), "entries[1].sub"],
    ["an unknown agency", entry({ agency: "MAGIC" }), "entries[1].agency"],
    ["a bad region", entry({ region: "44" }), "entries[1].region"],
    ["an agency without a region", entry({ region: null }), "entries[1].region"],
    ["a bad hash", entry({ documentHash: "abc" }), "entries[1].documentHash"],
    ["variables that are a list", entry({ variables: [1] }), "entries[1].variables"],
    ["an unknown subgraph", entry({ subgraphs: ["saic", "ministry"] }), "entries[1].subgraphs[1]"],
    ["an unknown outcome", entry({ outcome: "MAYBE" }), "entries[1].outcome"],
    ["a bad error code", entry({ errorCodes: ["drop table"] }), "entries[1].errorCodes[0]"],
    ["a negative duration", entry({ durationMs: -1 }), "entries[1].durationMs"],
    ["a bad operation type", entry({ operationType: "query" }), "entries[1].operationType"],
    ["escaped, yet holding a NUL", entry({ escaped: true, operationName: "a\u0000" }), "entries[1]"],
  ];
  test.each(malformedEntries)("a malformed entry (%s) is recorded quarantined, naming the value; the rest of its delivery as sent", async (_what, bad, field) => {
    const [good1, good2] = [entry(), entry()];
    const before = await count();
    const res = await deliver({ entries: [good1, bad, good2] });
    expect(res).toEqual({ status: 200, body: { received: 3, recorded: 3, quarantined: 1 } });
    expect(await count()).toBe(before + 3);
    const rows = await sql(`select id, quarantined, quarantine_reason, raw from office.audit_entry where id in ('${good1.id}', '${good2.id}')`);
    expect(rows.map((r: any) => r.quarantined)).toEqual([false, false]);
    const q = (await sql(`select * from office.audit_entry where quarantined`)).find((r: any) => r.raw === escapeText(JSON.stringify(bad)))!;
    expect(q).toMatchObject({ quarantined: true, escaped: true, variables: null });
    expect(q.quarantine_reason.startsWith(`${field}:`) || q.quarantine_reason.startsWith(`${field} `)).toBe(true);
    // redelivered: recorded once
    expect((await deliver({ entries: [good1, bad, good2] })).body).toEqual({ received: 3, recorded: 0, quarantined: 1 });
  });

  test("parseAuditDelivery lowercases ids and drops duplicate codes", () => {
    const [row] = parseAuditDelivery({ entries: [entry({ id: "0F8FAD5B-D9CB-469F-A165-70867728950E", errorCodes: ["FORBIDDEN", "FORBIDDEN"] })] });
    expect(row.id).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(row.errorCodes).toEqual(["FORBIDDEN"]);
  });
});

describe("the audit trail is append-only", () => {
  test.each([
    ["UPDATE", "update office.audit_entry set sub = 'nobody'"],
    ["DELETE", "delete from office.audit_entry"],
    ["TRUNCATE", "truncate office.audit_entry"],
  ])("a direct SQL %s is refused by the database", async (op, statement) => {
    const before = await sql("select id, sub from office.audit_entry order by id");
    expect(before.length).toBeGreaterThan(0);
    await expect(sql(statement)).rejects.toThrow(new RegExp(`append-only: ${op} refused`));
    expect(await sql("select id, sub from office.audit_entry order by id")).toEqual(before);
  });

  test("no mutation of the schema touches it", async () => {
    const res = await callSubgraph(running.url, identity("OFFICE"), `{ __schema { mutationType { fields { name } } } }`);
    const names = res.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((n: string) => /audit/i.test(n))).toEqual([]);
  });
});

describe("auditEntries", () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    clock = Date.parse("2025-01-01T00:00:00Z");
    const seed = {
      gd: entry({ sub: "gd-saic", agency: "SAIC", region: "440000", operationName: "Cases" }),
      sz: entry({ sub: "sz-police", agency: "POLICE", region: "440300", operationName: "File", operationType: "MUTATION", outcome: "ERROR", errorCodes: ["FORBIDDEN"] }),
      zj: entry({ sub: "zj-saic", agency: "SAIC", region: "330000", operationName: "Cases", outcome: "PARTIAL", errorCodes: ["NOT_FOUND"] }),
      national: entry({ sub: "office-hq", agency: "OFFICE", region: "000000", operationName: "Table" }),
      anonymous: entry({ sub: "anonymous", agency: null, region: null, operationName: null, outcome: "REFUSED", errorCodes: ["UNAUTHENTICATED"] }),
    };
    for (const [k, v] of Object.entries(seed)) ids[k] = v.id;
    expect((await deliver({ entries: Object.values(seed) })).status).toBe(200);
  });
  const from = "2025-01-01T00:00:00.000Z";
  const subs = (res: any) => res.data.auditEntries.edges.map((e: any) => e.node.sub);

  test.each([["SAIC"], ["POLICE"], ["COURTS"]])("%s is refused: FORBIDDEN, no data", async (agency) => {
    const res = await list(identity(agency as "SAIC", "000000"), { from });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(res.data).toBeNull();
  });

  test("the national office sees every caller, anonymous ones too, newest first", async () => {
    const res = await list(identity("OFFICE"), { from });
    expect(res.errors).toBeUndefined();
    expect(subs(res)).toEqual(["anonymous", "office-hq", "zj-saic", "sz-police", "gd-saic"]);
    expect(res.data.auditEntries.totalCount).toBe(5);
    const sz = res.data.auditEntries.edges.find((e: any) => e.node.sub === "sz-police").node;
    expect(sz).toMatchObject({ agency: "POLICE", region: "440300", operationType: "MUTATION", outcome: "ERROR", errorCodes: ["FORBIDDEN"], subgraphs: ["saic", "linkage"], durationMs: 12 });
    expect(JSON.parse(sz.variables)).toEqual({ id: "42", suspect: { name: "[redacted]" } });
  });

  test("a province office sees only callers of its region; a city office only its city", async () => {
    expect(subs(await list(identity("OFFICE", "440000"), { from }))).toEqual(["sz-police", "gd-saic"]);
    expect(subs(await list(identity("OFFICE", "440300"), { from }))).toEqual(["sz-police"]);
    expect(subs(await list(identity("OFFICE", "330000"), { from }))).toEqual(["zj-saic"]);
    expect((await list(identity("OFFICE", "440000"), { from, region: "330000" })).errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
  });

  test.each([
    [{ sub: "gd-saic" }, ["gd-saic"]],
    [{ agency: "SAIC" }, ["zj-saic", "gd-saic"]],
    [{ region: "440300" }, ["sz-police"]],
    [{ region: "440000" }, ["sz-police", "gd-saic"]],
    [{ outcome: "REFUSED" }, ["anonymous"]],
    [{ operationName: "Cases" }, ["zj-saic", "gd-saic"]],
    [{ to: "2025-01-01T00:00:03.000Z" }, ["sz-police", "gd-saic"]],
    [{ from: "2025-01-01T00:00:03.000Z", to: "2025-01-01T00:00:05.000Z" }, ["office-hq", "zj-saic"]],
  ])("filter %p", async (f, expected) => {
    const res = await list(identity("OFFICE"), { from, ...f });
    expect(res.errors).toBeUndefined();
    expect(subs(res)).toEqual(expected);
  });

  test("bad filters are refused with the field", async () => {
    expect((await list(identity("OFFICE"), { from, region: "12" })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.region" });
    expect((await list(identity("OFFICE"), { from, to: from })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });
  });

  test("pages follow the cursor without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const res = await list(identity("OFFICE"), { from }, { first: 2, after });
      expect(res.errors).toBeUndefined();
      seen.push(...subs(res));
      if (!res.data.auditEntries.pageInfo.hasNextPage) break;
      after = res.data.auditEntries.pageInfo.endCursor;
    }
    expect(seen).toEqual(["anonymous", "office-hq", "zj-saic", "sz-police", "gd-saic"]);
  });
});
