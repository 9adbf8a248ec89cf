import { unescapeText } from "@ipr/shared";
import { startPlatform, token, type Platform } from "./platform";

/*
 * Issue 8: one request with hostile variables used to get its audit entry refused by PostgreSQL
 * (22P05), the gateway retried that batch forever and every later entry queued behind it until the
 * buffer dropped them. Here, through the real gateway and office: hostile requests, then 1,000
 * ordinary ones, and every one of them must be in the trail.
 */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform(undefined, { audit: true });
});
afterAll(() => p?.stop());

const OFFICE = { agency: "OFFICE", region: "000000", sub: "auditor" };
const PROBE = `query Probe($s: String, $op: String) { auditEntries(first: 1, filter: { sub: $s, operationName: $op }) { totalCount } }`;
const TRAIL = `query Trail($sub: String!, $after: String) { auditEntries(first: 100, after: $after, filter: { sub: $sub }) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { operationName outcome variables escaped quarantined } } } }`;

/** Every entry of a caller, once the trail has `expected` of them (the gateway delivers in the background). */
async function trailOf(sub: string, expected: number) {
  for (let tries = 0; ; tries++) {
    const res = await p.query(OFFICE, TRAIL, { sub });
    if (res.data?.auditEntries.totalCount >= expected) break;
    if (tries > 300) throw new Error(`${sub}: ${res.data?.auditEntries.totalCount ?? JSON.stringify(res.errors)} of ${expected} entries in the trail`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const nodes: any[] = [];
  let after: string | undefined;
  for (;;) {
    const res = await p.query(OFFICE, TRAIL, { sub, after });
    nodes.push(...res.data.auditEntries.edges.map((e: any) => e.node));
    if (!res.data.auditEntries.pageInfo.hasNextPage) return nodes;
    after = res.data.auditEntries.pageInfo.endCursor;
  }
}

test("hostile variables (NUL, an unpaired surrogate) then 1,000 requests: every one is in the trail, the hostile ones escaped", async () => {
  const hostile = { agency: "OFFICE", region: "000000", sub: "audit-hostile" };
  await p.query(hostile, PROBE, { s: "a\u0000b", op: "\ud800" });
  // a NUL in the operation name, sent as raw JSON
  await fetch(p.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await token("OFFICE", "000000", "audit-hostile")}` },
    body: `{"query":"query Probe { __typename }","operationName":"Probe\\u0000","variables":{"k\\u0000":"\\udc00"}}`,
  });

  const flood = { agency: "OFFICE", region: "000000", sub: "audit-flood" };
  for (let i = 0; i < 1000; i += 25)
    await Promise.all(Array.from({ length: 25 }, (_, j) => p.query(flood, PROBE, { s: `flood-${i + j}` })));

  const flooded = await trailOf("audit-flood", 1000);
  expect(flooded).toHaveLength(1000);
  const marks = new Set(flooded.map((n) => JSON.parse(n.variables).s));
  expect(marks).toEqual(new Set(Array.from({ length: 1000 }, (_, i) => `flood-${i}`)));
  expect(flooded.every((n) => n.outcome === "SUCCESS" && !n.escaped && !n.quarantined)).toBe(true);

  const entries = await trailOf("audit-hostile", 2);
  expect(entries).toHaveLength(2);
  expect(entries.every((n) => n.escaped && !n.quarantined)).toBe(true);
  const probe = entries.find((n) => n.operationName === "Probe");
  expect(JSON.parse(probe.variables)).toEqual({ s: "a\\u0000b", op: "\\ud800" });
  expect(unescapeText(JSON.parse(probe.variables).s)).toBe("a\u0000b");
  const raw = entries.find((n) => n.operationName !== "Probe");
  expect(raw).toMatchObject({ operationName: "Probe\\u0000", outcome: "REFUSED" });
  expect(JSON.parse(raw.variables)).toEqual({ "k\\u0000": "\\udc00" });
});
