import { makeCreditCode } from "@ipr/shared";
import { M, OPENERS } from "./chain";
import { startPlatform, type Platform } from "./platform";

/*
 * Complaints of foreign-invested enterprises through the gateway: recorded by the agency that
 * received them, routed, accepted with the admin case opened (resolved by its owner), answered;
 * deadlines on China's working-day calendar; refusals; contact details masked; outreach events.
 */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
}, 120_000);
afterAll(() => p?.stop());

const SZ = "440300";
const COMMERCE = { agency: "COMMERCE", region: SZ };
const SAIC = { agency: "SAIC", region: SZ };
const IPO = { agency: "IPO", region: SZ };
const POLICE = { agency: "POLICE", region: SZ };
const GZ_SAIC = { agency: "SAIC", region: "440100" };
const GD_OFFICE = { agency: "OFFICE", region: "440000" };

const FIELDS = `id status receivedOn handlingAgency handlingRegion decisionDueAt decisionDueBasis answerDueAt pendingDueAt overdue contactName contactPhone
  resultingCase { __typename ... on SaicCase { id caseNumber region } ... on PatentCase { id caseNumber region } }
  events { kind agency region toAgency toRegion note }`;
const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ${FIELDS} } }`;
const ROUTE = `mutation($input: RouteComplaintInput!) { routeComplaint(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { ${FIELDS} } }`;
const ANSWER = `mutation($input: AnswerComplaintInput!) { answerComplaint(input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ComplaintFilter) { complaints(first: 100, filter: $filter) { totalCount edges { node { id status overdue } } } }`;

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const refusal = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions;
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

let serial = 0;
const holder = () => makeCreditCode("310000", 40_000 + ++serial);
const input = (over: Record<string, unknown> = {}) => ({
  complainantCreditCode: holder(), channel: "COMMERCE_CENTRE", rightType: "TRADEMARK", subject: `外资企业投诉${serial}`,
  description: "其注册商标被大量仿冒。", region: SZ, receivedOn: "2017-09-29", contactName: "李四", contactPhone: "13900000000", ...over,
});
const file = async (who = COMMERCE, over: Record<string, unknown> = {}) => must(await p.query(who, FILE, { input: input(over) })).fileComplaint;
/** An admin case of the agency opening it, for a registered foreign-invested right holder. */
async function openCase(type: "SAIC_CASE" | "PATENT_CASE", region: string) {
  const creditCode = holder();
  must(await p.query({ agency: "SAIC", region }, M.register, { input: { creditCode, name: `外资权利人${serial}`, foreignInvested: true, investorCountry: "US", region } }));
  return OPENERS[type].open(p, region, creditCode, 900 + serial);
}
const ids = async (who: typeof SAIC, filter: Record<string, unknown>) => must(await p.query(who, LIST, { filter })).complaints.edges.map((e: any) => e.node.id);

describe("complaints through the gateway", () => {
  test("the working-day calendar across National Day 2017: 1-8 October off, Saturday 30 September worked", async () => {
    // received Friday 29 September: Sat 30 Sep is the 1st working day, 9-13 Oct the 2nd to 6th, Mon 16 Oct the 7th
    const friday = await file(COMMERCE, { receivedOn: "2017-09-29" });
    expect(friday).toMatchObject({ decisionDueAt: endOfDay("2017-10-16"), decisionDueBasis: "OFFICIAL_CALENDAR", answerDueAt: endOfDay("2017-11-28") });
    // received on the worked Saturday itself: the period starts the day after, so 9 October is the 1st working day
    const saturday = await file(COMMERCE, { receivedOn: "2017-09-30" });
    expect(saturday.decisionDueAt).toBe(endOfDay("2017-10-17"));
    // received in the holiday week: still 9 October is the 1st working day
    expect((await file(COMMERCE, { receivedOn: "2017-10-03" })).decisionDueAt).toBe(endOfDay("2017-10-17"));
    // received Tuesday 13 February 2018: Wed 14, then 15-21 off, Thu 22, Fri 23, Sat 24 (worked), Mon 26, Tue 27, Wed 28
    expect((await file(COMMERCE, { receivedOn: "2018-02-13" })).decisionDueAt).toBe(endOfDay("2018-02-28"));
    // the current year, 2026: received Tuesday 29 September, Wed 30 Sep, 1-7 October off, Thu 8, Fri 9, Sat 10 (worked), Mon 12, Tue 13, Wed 14
    expect(await file(COMMERCE, { receivedOn: "2026-09-29" })).toMatchObject({ decisionDueAt: endOfDay("2026-10-14"), decisionDueBasis: "OFFICIAL_CALENDAR" });
    // a year the platform holds no arrangement for (2021): weekdays only, and the complaint says so
    expect(await file(COMMERCE, { receivedOn: "2021-09-30" })).toMatchObject({ decisionDueAt: endOfDay("2021-10-11"), decisionDueBasis: "WEEKDAYS_ONLY" });
  });

  test("filed, routed, accepted with the admin case opened, answered: the case resolves from its owner, the history is complete", async () => {
    const c = await file(COMMERCE);
    expect(c).toMatchObject({ status: "RECEIVED", handlingAgency: "COMMERCE", pendingDueAt: c.decisionDueAt, resultingCase: null });
    const routed = must(await p.query(COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: SZ, reason: "商标侵权" } })).routeComplaint;
    expect(routed).toMatchObject({ status: "ROUTED", handlingAgency: "SAIC", handlingRegion: SZ });

    const caseId = await openCase("SAIC_CASE", SZ);
    const accepted = must(await p.query(SAIC, DECIDE, { input: { complaintId: c.id, accept: true, reason: "已立案", resultingCaseType: "SAIC_CASE", resultingCaseId: caseId } })).decideComplaint;
    expect(accepted).toMatchObject({ status: "ACCEPTED", pendingDueAt: c.answerDueAt, resultingCase: { __typename: "SaicCase", id: caseId, region: SZ } });
    expect(accepted.resultingCase.caseNumber).toMatch(/^SAIC-440300-/);

    const answered = must(await p.query(SAIC, ANSWER, { input: { complaintId: c.id, answer: "已立案查处并书面告知", answeredOn: "2017-10-20" } })).answerComplaint;
    expect(answered).toMatchObject({ status: "ANSWERED", pendingDueAt: null, overdue: false });
    expect(answered.events).toEqual([
      { kind: "FILED", agency: "COMMERCE", region: SZ, toAgency: null, toRegion: null, note: null },
      { kind: "ROUTED", agency: "COMMERCE", region: SZ, toAgency: "SAIC", toRegion: SZ, note: "商标侵权" },
      { kind: "ACCEPTED", agency: "SAIC", region: SZ, toAgency: null, toRegion: null, note: "已立案" },
      { kind: "ANSWERED", agency: "SAIC", region: SZ, toAgency: null, toRegion: null, note: "已立案查处并书面告知" },
    ]);
    // the office of the province reads the same, the case resolved by SAIC
    expect(must(await p.query(GD_OFFICE, ONE, { id: c.id })).complaint.resultingCase).toMatchObject({ __typename: "SaicCase", id: caseId });
  });

  test("a complaint received by the 12330 hotline, declined by SAIC, routed on to IPO, accepted with a patent case", async () => {
    const c = await file(IPO, { channel: "HOTLINE_12330", rightType: "PATENT" });
    must(await p.query(IPO, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: SZ } }));
    expect(must(await p.query(SAIC, DECIDE, { input: { complaintId: c.id, accept: false, reason: "属专利纠纷" } })).decideComplaint.status).toBe("DECLINED");
    must(await p.query(COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "IPO", region: SZ, reason: "转知识产权局" } }));
    const patentCase = await openCase("PATENT_CASE", SZ);
    const done = must(await p.query(IPO, DECIDE, { input: { complaintId: c.id, accept: true, resultingCaseType: "PATENT_CASE", resultingCaseId: patentCase } })).decideComplaint;
    expect(done.resultingCase).toMatchObject({ __typename: "PatentCase", id: patentCase });
    expect(done.events.map((e: any) => e.kind)).toEqual(["FILED", "ROUTED", "DECLINED", "ROUTED", "ACCEPTED"]);
  });

  test("refusals are coded and write nothing", async () => {
    const c = await file(COMMERCE);
    const before = must(await p.query(GD_OFFICE, ONE, { id: c.id })).complaint;
    const count = async () => must(await p.query(GD_OFFICE, LIST, {})).complaints.totalCount;
    const total = await count();
    // a complaint outside the caller's region
    expect(refusal(await p.query(COMMERCE, FILE, { input: input({ region: "440100" }) }))).toMatchObject({ code: "FORBIDDEN", field: "input.region" });
    expect(refusal(await p.query(GZ_SAIC, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: "440100" } }))).toMatchObject({ code: "NOT_FOUND" });
    // an agency that does not exist, and one that handles no admin cases
    const unknown = await p.query(COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "TAX_BUREAU", region: SZ } });
    expect(unknown.errors?.[0].message).toMatch(/TAX_BUREAU/);
    expect(refusal(unknown)).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(refusal(await p.query(COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "OFFICE", region: SZ } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.agency" });
    // not the recording agency, COMMERCE or the office
    expect(refusal(await p.query(POLICE, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: SZ } }))).toMatchObject({ code: "FORBIDDEN" });
    must(await p.query(COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: SZ } }));
    const routed = must(await p.query(GD_OFFICE, ONE, { id: c.id })).complaint;
    // answering a complaint not handled by you, or not yet decided
    const answer = { complaintId: c.id, answer: "已答复", answeredOn: "2017-10-20" };
    expect(refusal(await p.query(IPO, ANSWER, { input: answer }))).toMatchObject({ code: "FORBIDDEN", field: "input.complaintId" });
    expect(refusal(await p.query(SAIC, ANSWER, { input: answer }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.complaintId" });
    // deciding a complaint not routed to you
    const caseId = await openCase("PATENT_CASE", SZ);
    expect(refusal(await p.query(IPO, DECIDE, { input: { complaintId: c.id, accept: true, resultingCaseType: "PATENT_CASE", resultingCaseId: caseId } })))
      .toMatchObject({ code: "FORBIDDEN", field: "input.complaintId" });
    // accepting with a case the decider cannot see (another city's), or another agency's case
    const elsewhere = await openCase("SAIC_CASE", "440100");
    expect(refusal(await p.query(SAIC, DECIDE, { input: { complaintId: c.id, accept: true, resultingCaseType: "SAIC_CASE", resultingCaseId: elsewhere } })))
      .toMatchObject({ code: "NOT_FOUND", field: "input.resultingCaseId" });
    expect(refusal(await p.query(SAIC, DECIDE, { input: { complaintId: c.id, accept: true, resultingCaseType: "PATENT_CASE", resultingCaseId: caseId } })))
      .toMatchObject({ code: "BAD_USER_INPUT", field: "input.resultingCaseType" });
    expect(must(await p.query(GD_OFFICE, ONE, { id: c.id })).complaint).toEqual(routed);
    expect(before.status).toBe("RECEIVED");
    expect(await count()).toBe(total);
  });

  test("the contact details are shown to COMMERCE and the handling agency only", async () => {
    const c = await file(COMMERCE);
    must(await p.query(COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: SZ } }));
    const contact = async (who: typeof SAIC) => {
      const res = await p.query(who, `query($id: ID!) { complaint(id: $id) { contactName contactPhone } }`, { id: c.id });
      expect(res.errors).toBeUndefined();
      return res.data.complaint;
    };
    expect(await contact(COMMERCE)).toEqual({ contactName: "李四", contactPhone: "13900000000" });
    expect(await contact(SAIC)).toEqual({ contactName: "李四", contactPhone: "13900000000" });
    for (const who of [POLICE, IPO, GD_OFFICE]) expect(await contact(who)).toEqual({ contactName: "李*", contactPhone: "139******00" });
  });

  test("overdue complaints are listed per handling agency and status; lists keep to the caller's region", async () => {
    // received in 2017 and never decided: long past its 7 working days
    const late = await file(COMMERCE);
    must(await p.query(COMMERCE, ROUTE, { input: { complaintId: late.id, agency: "SAIC", region: SZ } }));
    expect(must(await p.query(SAIC, ONE, { id: late.id })).complaint).toMatchObject({ overdue: true, pendingDueAt: endOfDay("2017-10-16") });
    expect(await ids(SAIC, { overdue: true, handlingAgency: "SAIC", status: "ROUTED" })).toContain(late.id);
    expect(await ids(SAIC, { overdue: false })).not.toContain(late.id);
    expect(await ids(GZ_SAIC, {})).not.toContain(late.id);
    expect(refusal(await p.query(GZ_SAIC, LIST, { filter: { region: SZ } }))).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
  });

  test("outreach events: recorded by any member agency inside its region, listed and looked up", async () => {
    const recorded = must(await p.query(COMMERCE, `mutation($input: RecordOutreachEventInput!) { recordOutreachEvent(input: $input) { id organiser topics } }`, {
      input: { title: "外商投资企业知识产权保护座谈会", heldOn: "2017-10-20", region: SZ, audienceKind: "FOREIGN_CHAMBER", audience: "华南美国商会", topics: ["专项行动进展"], typicalCases: ["深圳查处假冒运动鞋案"] },
    })).recordOutreachEvent;
    expect(recorded).toMatchObject({ organiser: "COMMERCE", topics: ["专项行动进展"] });
    expect(must(await p.query(GD_OFFICE, `{ outreachEvents(first: 10) { edges { node { id } } } }`)).outreachEvents.edges.map((e: any) => e.node.id)).toContain(recorded.id);
    expect(must(await p.query(GZ_SAIC, `query($id: ID!) { outreachEvent(id: $id) { id } }`, { id: recorded.id })).outreachEvent).toBeNull();
  });
});

describe("complaints in the inbox", () => {
  const INBOX = `query($agency: Agency, $region: String) { inbox(agency: $agency, region: $region) {
    complaintsToDecide { totalCount items { id kind dueAt counterpart } } complaintsToAnswer { totalCount items { id dueAt overdue } } items { id kind } } }`;
  const inbox = async (who: typeof SAIC) => must(await p.query(who, INBOX, {})).inbox;
  const idsOf = (section: { items: Array<{ id: string }> }) => section.items.map((i) => i.id);

  test("a complaint waits on the agency handling it: to decide by its working-day deadline, then to answer", async () => {
    const c = await file(COMMERCE, { receivedOn: "2017-10-09" });
    expect(idsOf((await inbox(COMMERCE)).complaintsToDecide)).toContain(c.id);
    must(await p.query(COMMERCE, ROUTE, { input: { complaintId: c.id, agency: "SAIC", region: SZ, reason: "商标侵权" } }));
    const saic = await inbox(SAIC);
    expect(saic.complaintsToDecide.items.find((i: any) => i.id === c.id)).toEqual({ id: c.id, kind: "complaintsToDecide", dueAt: c.decisionDueAt, counterpart: "COMMERCE" });
    expect(saic.items.map((i: any) => i.id)).toContain(c.id);
    expect(idsOf((await inbox(COMMERCE)).complaintsToDecide)).not.toContain(c.id);
    expect(idsOf((await inbox(GZ_SAIC)).complaintsToDecide)).not.toContain(c.id);

    must(await p.query(SAIC, DECIDE, { input: { complaintId: c.id, accept: false, reason: "不属于本局管辖" } }));
    const after = await inbox(SAIC);
    expect(idsOf(after.complaintsToDecide)).not.toContain(c.id);
    // received in 2017 and not answered within 60 days: overdue
    expect(after.complaintsToAnswer.items.find((i: any) => i.id === c.id)).toEqual({ id: c.id, dueAt: c.answerDueAt, overdue: true });
  });
});
