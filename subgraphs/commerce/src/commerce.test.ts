import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { commerce } from "./index";

/*
 * commerce on its own, on real PostgreSQL: every step of a complaint, its deadlines and refusals, the
 * masking of the contact details, and outreach events. The admin cases named on acceptance are
 * answered by a fake owner (SAIC's and IPO's `_entities`), so the peer check runs without them.
 */
const SZ_SAIC = identity("SAIC", "440300");
const GD_SAIC = identity("SAIC", "440000");
const SZ_IPO = identity("IPO", "440300");
const GZ_SAIC = identity("SAIC", "440100");
const GD_COMMERCE = identity("COMMERCE", "440000");
const SZ_COMMERCE = identity("COMMERCE", "440300");
const GD_OFFICE = identity("OFFICE", "440000");
const ZJ_COMMERCE = identity("COMMERCE", "330000");
const SZ_CUSTOMS = identity("CUSTOMS", "440300");
const SZ_POLICE = identity("POLICE", "440300");

const FIELDS = `id complainantCreditCode channel rightType subject description region receivedOn filedByAgency filedBy status handlingAgency handlingRegion
  routedAt decisionDueAt decisionDueBasis answerDueAt pendingDueAt overdue decidedAt decisionReason answer answeredOn contactName contactPhone
  resultingCase { __typename ... on SaicCase { id } ... on PatentCase { id } }
  events { kind agency region actor toAgency toRegion note }`;
const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ${FIELDS} } }`;
const ROUTE = `mutation($input: RouteComplaintInput!) { routeComplaint(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { ${FIELDS} } }`;
const ANSWER = `mutation($input: AnswerComplaintInput!) { answerComplaint(input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ComplaintFilter) { complaints(first: 100, filter: $filter) { totalCount edges { node { id status overdue } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id subject } } }`;

/** The fake owner's admin cases: id → [typename, date]. */
const CASES = new Map<string, [string, string]>();
const SAIC_CASE = "5a1c0000-0000-4000-8000-000000000001";
const OLD_SAIC_CASE = "5a1c0000-0000-4000-8000-000000000002";
const PATENT_CASE = "5a1c0000-0000-4000-8000-000000000003";
CASES.set(SAIC_CASE, ["SaicCase", "2017-10-12"]).set(OLD_SAIC_CASE, ["SaicCase", "2017-09-01"]).set(PATENT_CASE, ["PatentCase", "2017-10-12"]);
let peerCalls = 0;
let peer: Server;

function fakeOwner(): Promise<string> {
  peer = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      peerCalls++;
      const { variables } = JSON.parse(body) as { variables: { r: Array<{ __typename: string; id: string }> } };
      const _entities = variables.r.map(({ __typename, id }) => {
        const found = CASES.get(id);
        return found && found[0] === __typename ? { id, openedOn: found[1] } : null;
      });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data: { _entities } }));
    });
  });
  return new Promise((resolve) => peer.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(peer.address() as AddressInfo).port}/graphql`)));
}

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
let now = new Date("2017-10-10T10:00:00+08:00");
const call = (who: typeof SZ_SAIC, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
let serial = 0;
const complaint = (over: Record<string, unknown> = {}) => ({
  complainantCreditCode: makeCreditCode("310000", 7000 + ++serial), channel: "COMMERCE_CENTRE", rightType: "TRADEMARK",
  subject: `仿冒外资品牌${serial}`, description: "在深圳发现大量仿冒其注册商标的商品。", region: "440300", receivedOn: "2017-09-29",
  contactName: "王小明", contactPhone: "138 0013 8000", ...over,
});
const code = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions;
async function file(who = SZ_COMMERCE, over: Record<string, unknown> = {}) {
  const res = await call(who, FILE, { input: complaint(over) });
  expect(res.errors).toBeUndefined();
  return res.data.fileComplaint;
}
async function routed(to = SZ_SAIC, over: Record<string, unknown> = {}) {
  const c = await file(SZ_COMMERCE, over);
  const res = await call(SZ_COMMERCE, ROUTE, { input: { complaintId: c.id, agency: to.agency, region: to.region } });
  expect(res.errors).toBeUndefined();
  return res.data.routeComplaint;
}
const total = async () => (await call(GD_OFFICE, LIST)).data.complaints.totalCount as number;

beforeAll(async () => {
  const url = await fakeOwner();
  db = await createTestDatabase();
  running = await startSubgraph(commerce, { port: 0, databaseUrl: db.url, clock: () => now, peers: { saic: url, ipo: url } });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
  await new Promise((resolve) => peer?.close(resolve));
});

describe("commerce subgraph: complaints", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("any member agency records a complaint it received; the deadlines count working days across National Day 2017", async () => {
    for (const who of [SZ_COMMERCE, SZ_SAIC, SZ_POLICE, GD_OFFICE]) {
      const c = await file(who);
      expect(c).toMatchObject({ status: "RECEIVED", filedByAgency: who.agency, filedBy: who.sub, handlingAgency: who.agency, handlingRegion: "440300", overdue: false });
      // received Friday 29 September: Saturday 30 September worked, 1-8 October off, the 7th working day is Monday 16 October
      expect(c.decisionDueAt).toBe(new Date("2017-10-16T23:59:59.999+08:00").toISOString());
      expect(c.decisionDueBasis).toBe("OFFICIAL_CALENDAR");
      expect(c.pendingDueAt).toBe(c.decisionDueAt);
      // 60 calendar days: 28 November
      expect(c.answerDueAt).toBe(new Date("2017-11-28T23:59:59.999+08:00").toISOString());
      expect(c.events).toEqual([{ kind: "FILED", agency: who.agency, region: who.region, actor: who.sub, toAgency: null, toRegion: null, note: null }]);
    }
  });

  test("a complaint received in a year without a calendar says its deadline counts weekdays only", async () => {
    const saved = now;
    now = new Date("2021-10-10T10:00:00+08:00");
    try {
      const c = await file(SZ_COMMERCE, { receivedOn: "2021-09-30" });
      expect(c.decisionDueAt).toBe(new Date("2021-10-11T23:59:59.999+08:00").toISOString());
      expect(c.decisionDueBasis).toBe("WEEKDAYS_ONLY");
    } finally {
      now = saved;
    }
  });

  test("bad input and records outside the caller's region are refused, and nothing is written", async () => {
    const before = await total();
    const bad = async (over: Record<string, unknown>, field: string, c = "BAD_USER_INPUT", who = SZ_COMMERCE) =>
      expect(code(await call(who, FILE, { input: complaint(over) }))).toMatchObject({ code: c, field });
    await bad({ region: "330100" }, "input.region", "FORBIDDEN");
    await bad({ region: "440100" }, "input.region", "FORBIDDEN");
    await bad({ region: "12345" }, "input.region");
    await bad({ complainantCreditCode: "91310000XXXXXXXXX1" }, "input.complainantCreditCode");
    await bad({ receivedOn: "2017-10-11" }, "input.receivedOn");
    await bad({ receivedOn: "2017-02-30" }, "input.receivedOn");
    await bad({ contactPhone: "call me" }, "input.contactPhone");
    await bad({ subject: "  " }, "input.subject");
    await bad({ description: "a\u0000b" }, "input.description");
    expect((await call(SZ_COMMERCE, FILE, { input: complaint({ channel: "PIGEON" }) })).errors?.[0]).toBeDefined();
    expect(await total()).toBe(before);
  });

  test("routing: the recording agency, COMMERCE or the office sends it to an agency that opens admin cases, inside their region", async () => {
    const c = await file(SZ_CUSTOMS);
    // the recording agency routes it to the city's SAIC
    const r = await call(SZ_CUSTOMS, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: "440300", reason: "商标侵权归市场监管" } });
    expect(r.errors).toBeUndefined();
    expect(r.data.routeComplaint).toMatchObject({ status: "ROUTED", handlingAgency: "SAIC", handlingRegion: "440300", routedAt: now.toISOString() });
    expect(r.data.routeComplaint.events.at(-1)).toEqual({ kind: "ROUTED", agency: "CUSTOMS", region: "440300", actor: SZ_CUSTOMS.sub, toAgency: "SAIC", toRegion: "440300", note: "商标侵权归市场监管" });
    // the provincial commerce department re-routes it (not yet decided) to Guangzhou's SAIC, which now sees it
    expect((await call(GZ_SAIC, ONE, { id: c.id })).data.complaint).toBeNull();
    const again = await call(GD_COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: "440100" } });
    expect(again.data.routeComplaint).toMatchObject({ status: "ROUTED", handlingRegion: "440100" });
    expect((await call(GZ_SAIC, ONE, { id: c.id })).data.complaint).toMatchObject({ id: c.id });
    expect((await call(GZ_SAIC, LIST, { filter: { status: "ROUTED" } })).data.complaints.edges.map((e: any) => e.node.id)).toContain(c.id);
    // the province's office may route it too
    expect((await call(GD_OFFICE, ROUTE, { input: { complaintId: c.id, agency: "IPO", region: "440300" } })).data.routeComplaint.handlingAgency).toBe("IPO");
    expect((await call(GD_OFFICE, ONE, { id: c.id })).data.complaint.events.map((e: any) => e.kind)).toEqual(["FILED", "ROUTED", "ROUTED", "ROUTED"]);
  });

  test("routing refusals: not yours to route, an agency that handles no admin cases, an unknown agency, a region outside yours, an unknown complaint", async () => {
    const c = await file(SZ_CUSTOMS);
    const before = (await call(GD_OFFICE, ONE, { id: c.id })).data.complaint;
    const route = (who: typeof SZ_SAIC, input: Record<string, unknown>) => call(who, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: "440300", ...input } });
    expect(code(await route(SZ_SAIC, {}))).toMatchObject({ code: "FORBIDDEN", field: "input.complaintId" });
    expect(code(await route(ZJ_COMMERCE, {}))).toMatchObject({ code: "NOT_FOUND", field: "input.complaintId" });
    for (const agency of ["OFFICE", "COMMERCE", "POLICE", "COURTS"]) expect(code(await route(SZ_CUSTOMS, { agency }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.agency" });
    expect((await route(SZ_CUSTOMS, { agency: "MINISTRY_OF_MAGIC" })).errors?.[0].message).toMatch(/MINISTRY_OF_MAGIC/);
    expect(code(await route(SZ_CUSTOMS, { region: "440100" }))).toMatchObject({ code: "FORBIDDEN", field: "input.region" });
    expect(code(await route(SZ_CUSTOMS, { region: "99" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.region" });
    expect(code(await route(SZ_CUSTOMS, { complaintId: "not-an-id" }))).toMatchObject({ code: "NOT_FOUND", field: "input.complaintId" });
    expect(code(await route(SZ_CUSTOMS, { complaintId: "5a1c0000-0000-4000-8000-0000000000ff" }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await call(GD_OFFICE, ONE, { id: c.id })).data.complaint).toEqual(before);
  });

  test("deciding: only the agency and region it was routed to; accepting names its own admin case, checked with the owner", async () => {
    const c = await routed(SZ_SAIC);
    const before = (await call(GD_OFFICE, ONE, { id: c.id })).data.complaint;
    const decide = (who: typeof SZ_SAIC, input: Record<string, unknown>) =>
      call(who, DECIDE, { input: { complaintId: c.id, accept: true, resultingCaseType: "SAIC_CASE", resultingCaseId: SAIC_CASE, ...input } });
    const calls = peerCalls;
    expect(code(await decide(SZ_IPO, { resultingCaseType: "PATENT_CASE", resultingCaseId: PATENT_CASE }))).toMatchObject({ code: "FORBIDDEN", field: "input.complaintId" });
    expect(code(await decide(GZ_SAIC, {}))).toMatchObject({ code: "NOT_FOUND", field: "input.complaintId" });
    expect(code(await decide(SZ_COMMERCE, {}))).toMatchObject({ code: "FORBIDDEN", field: "input.complaintId" });
    expect(peerCalls).toBe(calls); // refused before the owner was asked
    expect(code(await decide(SZ_SAIC, { resultingCaseId: null }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.resultingCaseId" });
    expect(code(await decide(SZ_SAIC, { resultingCaseType: null }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.resultingCaseType" });
    expect(code(await decide(SZ_SAIC, { resultingCaseType: "PATENT_CASE", resultingCaseId: PATENT_CASE }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.resultingCaseType" });
    expect(code(await decide(SZ_SAIC, { resultingCaseId: "5a1c0000-0000-4000-8000-0000000000ee" }))).toMatchObject({ code: "NOT_FOUND", field: "input.resultingCaseId" });
    expect(code(await decide(SZ_SAIC, { resultingCaseId: OLD_SAIC_CASE }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.resultingCaseId" });
    expect(code(await decide(SZ_SAIC, { accept: false, resultingCaseType: null, resultingCaseId: null }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    expect(code(await decide(SZ_SAIC, { accept: false, reason: "不属本部门" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.resultingCaseType" });
    expect((await call(GD_OFFICE, ONE, { id: c.id })).data.complaint).toEqual(before);

    const ok = await decide(SZ_SAIC, { reason: "已立案查处" });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.decideComplaint).toMatchObject({
      status: "ACCEPTED", decidedAt: now.toISOString(), decisionReason: "已立案查处", resultingCase: { __typename: "SaicCase", id: SAIC_CASE },
      pendingDueAt: c.answerDueAt, overdue: false,
    });
    expect(ok.data.decideComplaint.events.at(-1)).toMatchObject({ kind: "ACCEPTED", agency: "SAIC", region: "440300", note: "已立案查处" });
    expect(code(await decide(SZ_SAIC, {}))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.complaintId" });
    // an accepted complaint is not routed elsewhere
    expect(code(await call(SZ_COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "IPO", region: "440300" } }))).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  test("a complaint not yet routed is routed first, even to the agency that recorded it", async () => {
    const c = await file(SZ_SAIC);
    expect(code(await call(SZ_SAIC, DECIDE, { input: { complaintId: c.id, accept: false, reason: "x" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.complaintId" });
    await call(SZ_SAIC, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: "440300" } });
    expect((await call(SZ_SAIC, DECIDE, { input: { complaintId: c.id, accept: false, reason: "非知识产权纠纷" } })).data.decideComplaint.status).toBe("DECLINED");
  });

  test("a declined complaint may be routed on; the answer comes from the handling agency once decided", async () => {
    const c = await routed(SZ_IPO, { rightType: "PATENT" });
    const answerIt = (who: typeof SZ_SAIC, over: Record<string, unknown> = {}) =>
      call(who, ANSWER, { input: { complaintId: c.id, answer: "已答复投诉人", answeredOn: "2017-10-10", ...over } });
    expect(code(await answerIt(SZ_IPO))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.complaintId" });
    expect((await call(SZ_IPO, DECIDE, { input: { complaintId: c.id, accept: false, reason: "属商标侵权" } })).data.decideComplaint.status).toBe("DECLINED");
    const on = await call(SZ_COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: "440300", reason: "转市场监管部门" } });
    expect(on.data.routeComplaint).toMatchObject({ status: "ROUTED", handlingAgency: "SAIC", decidedAt: null, decisionReason: null });
    const accepted = await call(SZ_SAIC, DECIDE, { input: { complaintId: c.id, accept: true, resultingCaseType: "SAIC_CASE", resultingCaseId: SAIC_CASE } });
    expect(accepted.data.decideComplaint.status).toBe("ACCEPTED");

    expect(code(await answerIt(SZ_IPO))).toMatchObject({ code: "FORBIDDEN", field: "input.complaintId" });
    expect(code(await answerIt(SZ_SAIC, { answeredOn: "2017-10-11" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.answeredOn" });
    expect(code(await answerIt(SZ_SAIC, { answeredOn: "2017-09-28" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.answeredOn" });
    expect(code(await answerIt(SZ_SAIC, { answer: " " }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.answer" });
    const done = await answerIt(SZ_SAIC);
    expect(done.data.answerComplaint).toMatchObject({ status: "ANSWERED", answer: "已答复投诉人", answeredOn: "2017-10-10", pendingDueAt: null, overdue: false });
    expect(done.data.answerComplaint.events.map((e: any) => `${e.kind}:${e.agency}`)).toEqual(["FILED:COMMERCE", "ROUTED:COMMERCE", "DECLINED:IPO", "ROUTED:COMMERCE", "ACCEPTED:SAIC", "ANSWERED:SAIC"]);
    expect(code(await answerIt(SZ_SAIC))).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(code(await call(SZ_COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "IPO", region: "440300" } }))).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  test("the contact details: COMMERCE and the handling agency see them, every other agency sees them masked", async () => {
    const c = await routed(SZ_SAIC);
    const contact = async (who: typeof SZ_SAIC) => {
      const res = await call(who, `query($id: ID!) { complaint(id: $id) { contactName contactPhone } }`, { id: c.id });
      expect(res.errors).toBeUndefined();
      return res.data.complaint;
    };
    expect(await contact(SZ_COMMERCE)).toEqual({ contactName: "王小明", contactPhone: "138 0013 8000" });
    expect(await contact(ZJ_COMMERCE)).toBeNull(); // another province: not even the record
    expect(await contact(GD_SAIC)).toEqual({ contactName: "王小明", contactPhone: "138 0013 8000" });
    for (const who of [SZ_IPO, SZ_POLICE, GD_OFFICE, SZ_CUSTOMS]) expect(await contact(who)).toEqual({ contactName: "王**", contactPhone: "138******00" });
    // the agency that recorded it no longer handles it once routed elsewhere
    const byCustoms = await file(SZ_CUSTOMS);
    await call(SZ_CUSTOMS, ROUTE, { input: { complaintId: byCustoms.id, agency: "SAIC", region: "440300" } });
    const seen = await call(SZ_CUSTOMS, `query($id: ID!) { complaint(id: $id) { contactName } }`, { id: byCustoms.id });
    expect(seen.data.complaint.contactName).toBe("王**");
  });

  test("overdue: the pending step past its deadline, in the field and the list filter", async () => {
    const late = await routed(SZ_SAIC, { receivedOn: "2017-09-01" }); // decision due 12 September
    const fresh = await routed(SZ_SAIC, { receivedOn: "2017-10-09" });
    expect((await call(SZ_SAIC, ONE, { id: late.id })).data.complaint.overdue).toBe(true);
    const ids = async (filter: Record<string, unknown>) => (await call(SZ_SAIC, LIST, { filter })).data.complaints.edges.map((e: any) => e.node.id);
    expect(await ids({ overdue: true })).toContain(late.id);
    expect(await ids({ overdue: true })).not.toContain(fresh.id);
    expect(await ids({ overdue: false })).toContain(fresh.id);
    expect(await ids({ overdue: false })).not.toContain(late.id);
    expect(await ids({ handlingAgency: "SAIC", status: "ROUTED", from: "2017-10-09", to: "2017-10-09" })).toEqual([fresh.id]);
    // deciding in time for the decision leaves the answer, due 60 days after receipt (31 October)
    await call(SZ_SAIC, DECIDE, { input: { complaintId: late.id, accept: false, reason: "证据不足" } });
    expect((await call(SZ_SAIC, ONE, { id: late.id })).data.complaint).toMatchObject({ status: "DECLINED", overdue: false });
    const saved = now;
    now = new Date("2017-11-01T00:00:00+08:00");
    try {
      expect((await call(SZ_SAIC, ONE, { id: late.id })).data.complaint.overdue).toBe(true);
      expect(await ids({ overdue: true })).toContain(late.id);
    } finally {
      now = saved;
    }
  });

  test("lists and lookups keep to the caller's region; _entities resolves them the same way", async () => {
    const c = await file(SZ_COMMERCE);
    expect((await call(ZJ_COMMERCE, LIST)).data.complaints.edges.map((e: any) => e.node.id)).not.toContain(c.id);
    expect(code(await call(ZJ_COMMERCE, LIST, { filter: { region: "440000" } }))).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
    expect((await call(GD_COMMERCE, LIST, { filter: { region: "440300" } })).data.complaints.edges.map((e: any) => e.node.id)).toContain(c.id);
    expect((await call(GD_COMMERCE, ENTITIES, { r: [{ __typename: "Complaint", id: c.id }] })).data._entities[0]).toMatchObject({ id: c.id });
    expect((await call(ZJ_COMMERCE, ENTITIES, { r: [{ __typename: "Complaint", id: c.id }] })).data._entities[0]).toBeNull();
  });
});

describe("commerce subgraph: outreach events", () => {
  const RECORD = `mutation($input: RecordOutreachEventInput!) { recordOutreachEvent(input: $input) { id title heldOn region audienceKind audience attendees organiser topics typicalCases recordedBy } }`;
  const event = (over: Record<string, unknown> = {}) => ({
    title: "外资企业知识产权保护座谈会", heldOn: "2017-10-09", region: "440300", audienceKind: "FOREIGN_CHAMBER", audience: "华南美国商会", attendees: 60,
    topics: ["打击侵权假冒专项行动进展", "投诉渠道"], typicalCases: ["深圳查处假冒某外资品牌运动鞋案"], ...over,
  });

  test("any member agency records its own inside its region; listed and looked up in region", async () => {
    const res = await call(SZ_SAIC, RECORD, { input: event() });
    expect(res.errors).toBeUndefined();
    const e = res.data.recordOutreachEvent;
    expect(e).toMatchObject({ organiser: "SAIC", region: "440300", topics: ["打击侵权假冒专项行动进展", "投诉渠道"], recordedBy: SZ_SAIC.sub });
    expect((await call(GD_COMMERCE, `query($id: ID!) { outreachEvent(id: $id) { id } }`, { id: e.id })).data.outreachEvent).toEqual({ id: e.id });
    expect((await call(ZJ_COMMERCE, `query($id: ID!) { outreachEvent(id: $id) { id } }`, { id: e.id })).data.outreachEvent).toBeNull();
    const list = await call(GD_COMMERCE, `{ outreachEvents(first: 10, filter: { organiser: SAIC, audienceKind: FOREIGN_CHAMBER }) { totalCount edges { node { id } } } }`);
    expect(list.data.outreachEvents.edges.map((x: any) => x.node.id)).toContain(e.id);
  });

  test("bad input and other regions are refused, nothing written", async () => {
    const count = async () => (await call(GD_OFFICE, `{ outreachEvents { totalCount } }`)).data.outreachEvents.totalCount;
    const before = await count();
    const bad = async (over: Record<string, unknown>, field: string, c = "BAD_USER_INPUT") =>
      expect(code(await call(SZ_COMMERCE, RECORD, { input: event(over) }))).toMatchObject({ code: c, field });
    await bad({ region: "330100" }, "input.region", "FORBIDDEN");
    await bad({ heldOn: "2017-12-01" }, "input.heldOn");
    await bad({ topics: [] }, "input.topics");
    await bad({ topics: ["a", " "] }, "input.topics[1]");
    await bad({ topics: ["a", "a"] }, "input.topics[1]");
    await bad({ attendees: 0 }, "input.attendees");
    await bad({ title: "" }, "input.title");
    expect(await count()).toBe(before);
  });
});
