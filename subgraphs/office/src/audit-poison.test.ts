import { randomUUID } from "node:crypto";
import { DEV_SUBGRAPH_SECRET, encodeIdentity, signRequest, startSubgraph, unescapeText, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { office } from "./index";
import { AUDIT_PATH, AUDIT_WRITER, appendAuditEntries, parseAuditEntry, type AuditRow } from "./audit-ingest";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(office, { port: 0, databaseUrl: db.url });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const sql = (q: string) => running.db.orm.em.getConnection().execute(q);
let clock = Date.parse("2024-06-01T00:00:00Z");
const entry = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(), at: new Date((clock += 1000)).toISOString(), sub: "saic-officer-1", agency: "SAIC", region: "440300", operationName: "Trace",
  operationType: "QUERY", documentHash: "a".repeat(64), variables: { id: "42" }, subgraphs: ["saic"], outcome: "SUCCESS", errorCodes: [], durationMs: 12,
  clientAddress: "10.0.0.7", ...over,
});
async function deliver(entries: unknown[]) {
  const text = JSON.stringify({ entries });
  const headers = { "content-type": "application/json", ...signRequest(DEV_SUBGRAPH_SECRET, encodeIdentity(AUDIT_WRITER), text) };
  const res = await fetch(running.url.replace(/\/graphql$/, AUDIT_PATH), { method: "POST", headers, body: text });
  return { status: res.status, body: (await res.json()) as any };
}
const rowsOf = (ids: string[]) => sql(`select * from office.audit_entry where id in (${ids.map((id) => `'${id}'`).join(", ")})`);

describe("text PostgreSQL refuses is escaped, never dropped", () => {
  test("NUL and unpaired surrogates in variables, keys, operation name and subject: stored escaped, readable back exactly", async () => {
    const hostile = entry({ sub: "who\u0000", operationName: "Op\ud800", variables: { "k\u0000": "a\u0000b", s: "\udc00x", path: "C:\\dir", ok: "😀" } });
    const clean = entry();
    expect((await deliver([hostile, clean])).body).toEqual({ received: 2, recorded: 2, quarantined: 0 });
    const rows = await rowsOf([hostile.id, clean.id]);
    const h = rows.find((r: any) => r.id === hostile.id)!;
    expect(h).toMatchObject({ escaped: true, quarantined: false, sub: "who\\u0000", operation_name: "Op\\ud800" });
    expect(h.variables).toEqual({ "k\\u0000": "a\\u0000b", s: "\\udc00x", path: "C:\\\\dir", ok: "😀" });
    expect(unescapeText(h.variables.path)).toBe("C:\\dir");
    expect(unescapeText(h.variables["k\\u0000"])).toBe("a\u0000b");
    expect(rows.find((r: any) => r.id === clean.id)).toMatchObject({ escaped: false, variables: { id: "42" } });
  });
});

describe("a poison batch is split and the bad entry quarantined", () => {
  /** Rows as parsed, then made unstorable behind the parser's back: what the store must survive on its own. */
  const poisoned = (over: Partial<AuditRow>) => ({ ...parseAuditEntry(entry(), "e"), ...over });

  test("9 rows, 2 PostgreSQL refuses: the 7 recorded as sent, the 2 quarantined with their content; redelivery records nothing twice", async () => {
    const rows = Array.from({ length: 9 }, () => parseAuditEntry(entry(), "e"));
    rows[2] = poisoned({ variables: { note: "a\u0000b" } }); // 22P05
    rows[7] = poisoned({ sub: "x".repeat(250) }); // 22001: longer than its column
    const before = running.db.statements();
    expect(await appendAuditEntries(running.db, rows)).toEqual({ recorded: 9, quarantined: 2 });
    expect(running.db.statements() - before).toBeGreaterThan(3); // split, not one statement
    const stored = await rowsOf(rows.map((r) => r.id));
    expect(stored).toHaveLength(9);
    const byId = new Map(stored.map((r: any) => [r.id, r]));
    rows.forEach((r, i) => expect(byId.get(r.id).quarantined).toBe(i === 2 || i === 7));
    const q2 = byId.get(rows[2].id);
    expect(q2).toMatchObject({ sub: "saic-officer-1", agency: "SAIC", region: "440300", outcome: "SUCCESS", duration_ms: 12, variables: null, escaped: true });
    expect(q2.quarantine_reason).toMatch(/^refused by the database: 22P05/);
    expect(JSON.parse(unescapeText(q2.raw)).variables).toEqual({ note: "a\u0000b" });
    const q7 = byId.get(rows[7].id);
    expect(q7.quarantine_reason).toMatch(/^refused by the database: 22001/);
    expect(q7.sub).toBe("unidentified"); // too long to keep: in raw only
    expect(JSON.parse(unescapeText(q7.raw)).sub).toBe("x".repeat(250));
    expect(await appendAuditEntries(running.db, rows)).toEqual({ recorded: 0, quarantined: 2 });
  });

  test("quarantined entries stay append-only", async () => {
    await expect(sql("update office.audit_entry set quarantined = false where quarantined")).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(sql("delete from office.audit_entry where quarantined")).rejects.toThrow(/append-only: DELETE refused/);
  });

  test("the office lists quarantined entries, with why and what was delivered", async () => {
    const bad = entry({ outcome: "MAYBE", sub: "sz-police" });
    expect((await deliver([entry(), bad])).body).toMatchObject({ recorded: 2, quarantined: 1 });
    const res = await callSubgraph(running.url, identity("OFFICE"), `{ auditEntries(first: 50, filter: { quarantined: true }) {
      edges { node { id sub outcome durationMs quarantined quarantineReason escaped raw } } } }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.auditEntries.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.quarantined)).toBe(true);
    const node = nodes.find((n: any) => n.id === bad.id);
    expect(node).toMatchObject({ sub: "sz-police", outcome: null, durationMs: 12, escaped: true });
    expect(node.quarantineReason).toMatch(/^entries\[1\]\.outcome: must be one of/);
    expect(JSON.parse(unescapeText(node.raw))).toEqual(bad);
    const clean = await callSubgraph(running.url, identity("OFFICE"), `{ auditEntries(first: 50, filter: { quarantined: false }) { edges { node { quarantined raw } } } }`);
    expect(clean.data.auditEntries.edges.length).toBeGreaterThan(0);
    expect(clean.data.auditEntries.edges.every((e: any) => !e.node.quarantined && e.node.raw === null)).toBe(true);
  });
});
