import { newId, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { procuratorate } from "./index";
import { EXPLANATION_DAYS, FILING_DAYS, endOfDayAfter, isOverdue } from "./deadlines";
import { startFakePeers } from "./fake-peers.testing";

const SZ = identity("PROCURATORATE", "440300");
const GD = identity("PROCURATORATE", "440000");
const ZJ = identity("PROCURATORATE", "330000");
const SAIC = identity("SAIC", "440300");
type Who = typeof SZ;

/** The subgraph's clock: tests move it to check deadlines. */
const START = new Date("2017-11-20T10:00:00+08:00");
let now = START;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
let peers: Awaited<ReturnType<typeof startFakePeers>>;
const call = (who: Who, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

/** Two suspects in a Shenzhen case, one in another Shenzhen case, one in a Zhejiang case (police's facts, faked). */
const P1 = newId(), P2 = newId(), P3 = newId(), P4 = newId();
const CASE = newId(), OTHER_CASE = newId(), ZJ_CASE = newId();

beforeAll(async () => {
  peers = await startFakePeers();
  peers.put("CriminalCase", { id: CASE, region: "440305", filedOn: "2017-10-12", suspects: [{ id: P1 }, { id: P2 }] });
  peers.put("CriminalCase", { id: OTHER_CASE, region: "440300", filedOn: "2017-10-01", suspects: [{ id: P3 }] });
  peers.put("CriminalCase", { id: ZJ_CASE, region: "330100", filedOn: "2017-10-01", suspects: [{ id: P4 }] });
  db = await createTestDatabase();
  running = await startSubgraph(procuratorate, { port: 0, databaseUrl: db.url, clock: () => now, peers: { police: peers.url, linkage: peers.url } });
});
afterAll(async () => {
  await running?.stop();
  await peers?.stop();
  await db?.drop();
});
beforeEach(() => void (now = START));

const TABLES = ["arrest_review", "arrest_review_person", "prosecution", "prosecution_defendant", "filing_supervision", "filing_supervision_event", "misconduct_case"];
const rows = async () => {
  const counts: Record<string, number> = {};
  for (const t of TABLES) counts[t] = Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from procuratorate.${t}`))[0].n);
  return counts;
};

const ARREST = `mutation($input: RecordArrestReviewInput!) { recordArrestReview(input: $input) {
  id decision decidedOn region foreignInvested criminalCase { id } persons { id } } }`;
const PROSECUTE = `mutation($input: RecordProsecutionInput!) { recordProsecution(input: $input) {
  id decision decidedOn region foreignInvested charges criminalCase { id } defendants { id } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CriminalCase { arrestReviews { id decision persons { id } } prosecutions { id defendants { id } } misconductCases { caseNumber } }
  ... on ArrestReview { id } ... on Prosecution { id } ... on FilingSupervision { id } ... on MisconductCase { id officialName }
  ... on Referral { filingSupervisions { id status } } } }`;

const arrestInput = (over: Record<string, unknown> = {}) => ({
  criminalCaseId: CASE, personIds: [P1, P2], decision: "APPROVED", decidedOn: "2017-10-20", region: "440300", foreignInvested: true, ...over,
});
const prosecutionInput = (over: Record<string, unknown> = {}) => ({
  criminalCaseId: CASE, defendantIds: [P2, P1], decision: "PROSECUTED", decidedOn: "2017-11-15", region: "440300", foreignInvested: true,
  charges: "假冒注册商标罪", ...over,
});
const arrest = async (who: Who, over: Record<string, unknown> = {}) => {
  const res = await call(who, ARREST, { input: arrestInput(over) });
  expect(res.errors).toBeUndefined();
  return res.data.recordArrestReview;
};
const prosecute = async (who: Who, over: Record<string, unknown> = {}) => {
  const res = await call(who, PROSECUTE, { input: prosecutionInput(over) });
  expect(res.errors).toBeUndefined();
  return res.data.recordProsecution;
};

describe("filing-supervision deadlines", () => {
  test("7 days to explain end at midnight China time of the seventh day after", () => {
    const required = new Date("2017-11-20T15:00:00+08:00");
    expect(endOfDayAfter(required, EXPLANATION_DAYS).toISOString()).toBe(new Date("2017-11-27T23:59:59.999+08:00").toISOString());
  });
  test("15 days to file, counted on the China calendar even when UTC is still on the previous day", () => {
    const ordered = new Date("2017-12-01T01:30:00+08:00"); // 2017-11-30 in UTC
    expect(endOfDayAfter(ordered, FILING_DAYS).toISOString()).toBe(new Date("2017-12-16T23:59:59.999+08:00").toISOString());
  });
  test("month and year ends roll over", () => {
    expect(endOfDayAfter(new Date("2017-12-25T09:00:00+08:00"), EXPLANATION_DAYS).toISOString()).toBe(new Date("2018-01-01T23:59:59.999+08:00").toISOString());
    expect(endOfDayAfter(new Date("2018-02-20T09:00:00+08:00"), FILING_DAYS).toISOString()).toBe(new Date("2018-03-07T23:59:59.999+08:00").toISOString());
  });
  test("overdue only strictly after the deadline, never without one", () => {
    const due = new Date("2017-11-27T23:59:59.999+08:00");
    expect(isOverdue(due, new Date("2017-11-27T23:59:59.999+08:00"))).toBe(false);
    expect(isOverdue(due, new Date("2017-11-28T00:00:00+08:00"))).toBe(true);
    expect(isOverdue(null, new Date())).toBe(false);
  });
});

describe("procuratorate subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  describe("arrest reviews and prosecutions", () => {
    test("records an arrest review and a prosecution of the case's suspects and reads them back", async () => {
      const review = await arrest(SZ);
      expect(review).toMatchObject({
        decision: "APPROVED", decidedOn: "2017-10-20", region: "440300", foreignInvested: true,
        criminalCase: { id: CASE }, persons: [{ id: P1 }, { id: P2 }],
      });
      const prosecution = await prosecute(SZ);
      expect(prosecution).toMatchObject({ decision: "PROSECUTED", charges: "假冒注册商标罪", criminalCase: { id: CASE }, defendants: [{ id: P2 }, { id: P1 }] });
      const read = await call(GD, `query($a: ID!, $p: ID!) { arrestReview(id: $a) { id persons { id } } prosecution(id: $p) { id decidedOn } }`, { a: review.id, p: prosecution.id });
      expect(read.data).toEqual({ arrestReview: { id: review.id, persons: [{ id: P1 }, { id: P2 }] }, prosecution: { id: prosecution.id, decidedOn: "2017-11-15" } });
      // ids are normalised: the police issue lower-case UUIDs
      const upper = await arrest(SZ, { criminalCaseId: CASE.toUpperCase(), personIds: [P2.toUpperCase()], decision: "DISAPPROVED" });
      expect(upper).toMatchObject({ criminalCase: { id: CASE }, persons: [{ id: P2 }] });
    });

    test("adds the case's reviews and prosecutions to CriminalCase, in the caller's region", async () => {
      const review = await arrest(SZ, { criminalCaseId: OTHER_CASE, personIds: [P3] });
      const prosecution = await prosecute(SZ, { criminalCaseId: OTHER_CASE, defendantIds: [P3] });
      const ask = (who: Who) => call(who, ENTITIES, { r: [{ __typename: "CriminalCase", id: OTHER_CASE }] });
      expect((await ask(GD)).data._entities).toEqual([{
        arrestReviews: [{ id: review.id, decision: "APPROVED", persons: [{ id: P3 }] }],
        prosecutions: [{ id: prosecution.id, defendants: [{ id: P3 }] }],
        misconductCases: [],
      }]);
      expect((await ask(ZJ)).data._entities).toEqual([{ arrestReviews: [], prosecutions: [], misconductCases: [] }]);
    });

    test.each([
      ["input.region", { region: "990000" }, "BAD_USER_INPUT"],
      ["input.decidedOn", { decidedOn: "2017-11-21" }, "BAD_USER_INPUT"], // tomorrow in China
      ["input.decidedOn", { decidedOn: "2017-10-11" }, "BAD_USER_INPUT"], // the day before the case was filed
      ["input.personIds", { personIds: [] }, "BAD_USER_INPUT"],
      ["input.personIds[1]", { personIds: [P1, P1.toUpperCase()] }, "BAD_USER_INPUT"],
      ["input.personIds[0]", { personIds: [P3] }, "BAD_USER_INPUT"], // a suspect of another case
      ["input.personIds[1]", { personIds: [P1, "not-a-person"] }, "BAD_USER_INPUT"],
      ["input.criminalCaseId", { criminalCaseId: newId() }, "NOT_FOUND"],
      ["input.criminalCaseId", { criminalCaseId: "42" }, "NOT_FOUND"],
      ["input.criminalCaseId", { criminalCaseId: ZJ_CASE, personIds: [P4] }, "NOT_FOUND"], // outside the caller's region: the police answer null
    ])("an arrest review with bad %s is refused and writes nothing", async (field, over, code) => {
      const before = await rows();
      const res = await call(SZ, ARREST, { input: arrestInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
      expect(await rows()).toEqual(before);
    });

    test.each([
      ["input.defendantIds", { defendantIds: [] }],
      ["input.defendantIds[2]", { defendantIds: [P1, P2, P1] }],
      ["input.defendantIds[0]", { defendantIds: [P4] }],
      ["input.charges", { charges: "  " }],
      ["input.decidedOn", { decidedOn: "2017-10-01" }],
    ])("a prosecution with bad %s is refused and writes nothing", async (field, over) => {
      const before = await rows();
      const res = await call(SZ, PROSECUTE, { input: prosecutionInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test.each([["decidedOn", "2017-02-30"], ["decision", "MAYBE"], ["foreignInvested", "yes"]])("a malformed %s = %p is bad input", async (field, value) => {
      const res = await call(SZ, ARREST, { input: arrestInput({ [field]: value }) });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toContain(field);
    });

    test("only the PROCURATORATE writes, only inside its region", async () => {
      const before = await rows();
      const refused = [
        [SAIC, {}], [identity("POLICE", "440300"), {}], [identity("COURTS", "440000"), {}], [identity("OFFICE", "000000"), {}],
        [identity("PROCURATORATE", "440100"), {}], // Guangzhou for a Shenzhen region
        [ZJ, {}],
      ] as const;
      for (const [who, over] of refused) {
        expect((await call(who, ARREST, { input: arrestInput(over) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
        expect((await call(who, PROSECUTE, { input: prosecutionInput(over) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      }
      expect(await rows()).toEqual(before);
    });

    test("lists filter and page inside the caller's region only", async () => {
      const GZ = identity("PROCURATORATE", "440100");
      const gzCase = newId(), gzSuspect = newId();
      peers.put("CriminalCase", { id: gzCase, region: "440106", filedOn: "2017-03-01", suspects: [{ id: gzSuspect }] });
      const gz = { criminalCaseId: gzCase, personIds: [gzSuspect], region: "440100" };
      await arrest(GZ, { ...gz, decidedOn: "2017-03-10", decision: "DISAPPROVED", foreignInvested: false });
      for (let day = 1; day <= 4; day++) await arrest(GZ, { ...gz, decidedOn: `2017-04-0${day}` });
      const total = (f: object, who: Who = GZ) =>
        call(who, `query($f: ArrestReviewFilter) { arrestReviews(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.arrestReviews.totalCount ?? r.errors);
      expect(await total({})).toBe(5);
      expect(await total({ decision: "DISAPPROVED" })).toBe(1);
      expect(await total({ foreignInvested: false })).toBe(1);
      expect(await total({ from: "2017-04-02", to: "2017-04-03" })).toBe(2);
      expect(await total({ criminalCaseId: gzCase.toUpperCase() })).toBe(5);
      expect(await total({ criminalCaseId: "garbage" })).toBe(0);
      expect(await total({ region: "440100" }, GD)).toBe(5);
      expect(await total({}, ZJ)).toBe(0);
      expect((await total({ region: "440300" }))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      expect((await total({ from: "2017-05-01", to: "2017-04-01" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(GZ, `query($after: String) { arrestReviews(first: 2, after: $after) { edges { node { decidedOn } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...res.data.arrestReviews.edges.map((e: any) => e.node.decidedOn));
        if (!res.data.arrestReviews.pageInfo.hasNextPage) break;
        after = res.data.arrestReviews.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2017-04-04", "2017-04-03", "2017-04-02", "2017-04-01", "2017-03-10"]);

      await prosecute(GZ, { criminalCaseId: gzCase, defendantIds: [gzSuspect], region: "440100", decidedOn: "2017-05-01", decision: "NOT_PROSECUTED", charges: null });
      const prosecutions = (f: object) => call(GZ, `query($f: ProsecutionFilter) { prosecutions(filter: $f) { totalCount edges { node { charges } } } }`, { f });
      expect((await prosecutions({ decision: "NOT_PROSECUTED" })).data.prosecutions).toEqual({ totalCount: 1, edges: [{ node: { charges: null } }] });
      expect((await prosecutions({ decision: "PROSECUTED" })).data.prosecutions.totalCount).toBe(0);
    });

    test("lookups and references answer null outside the caller's region", async () => {
      const review = await arrest(SZ);
      const prosecution = await prosecute(SZ);
      const ask = (who: Who) => call(who, `query($a: ID!, $p: ID!) { arrestReview(id: $a) { id } prosecution(id: $p) { id } }`, { a: review.id, p: prosecution.id });
      expect((await ask(SAIC)).data).toEqual({ arrestReview: { id: review.id }, prosecution: { id: prosecution.id } }); // other agencies read
      expect((await ask(ZJ)).data).toEqual({ arrestReview: null, prosecution: null });
      const refs = [{ __typename: "ArrestReview", id: review.id }, { __typename: "Prosecution", id: prosecution.id }];
      expect((await call(GD, ENTITIES, { r: refs })).data._entities).toEqual([{ id: review.id }, { id: prosecution.id }]);
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null, null]);
      const malformed = await call(GD, `{ arrestReview(id: "nope") { id } prosecution(id: "42") { id } }`);
      expect(malformed).toMatchObject({ data: { arrestReview: null, prosecution: null } });
      expect(malformed.errors).toBeUndefined();
    });

    test("a case's reviews, prosecutions and their persons cost the same statements for 1 case as for 30", async () => {
      const JS = identity("PROCURATORATE", "320000");
      const cases: string[] = [];
      const addCase = async () => {
        const id = newId(), a = newId(), b = newId();
        peers.put("CriminalCase", { id, region: "320500", filedOn: "2017-09-01", suspects: [{ id: a }, { id: b }] });
        await arrest(JS, { criminalCaseId: id, personIds: [a, b], region: "320500" });
        await prosecute(JS, { criminalCaseId: id, defendantIds: [a, b], region: "320500" });
        cases.push(id);
      };
      const measure = async () => {
        const before = running.db.statements();
        const res = await call(JS, ENTITIES, { r: cases.map((id) => ({ __typename: "CriminalCase", id })) });
        expect(res.errors).toBeUndefined();
        expect(res.data._entities.every((c: any) => c.arrestReviews[0].persons.length === 2 && c.prosecutions[0].defendants.length === 2)).toBe(true);
        const list = await call(JS, `{ arrestReviews(first: 50) { edges { node { persons { id } } } } prosecutions(first: 50) { edges { node { defendants { id } } } } }`);
        expect(list.data.arrestReviews.edges).toHaveLength(cases.length);
        return running.db.statements() - before;
      };
      await addCase();
      const single = await measure();
      for (let i = 0; i < 29; i++) await addCase();
      expect(await measure()).toBe(single);
    });
  });

  describe("filing supervision", () => {
    const OPEN = `mutation($input: OpenFilingSupervisionInput!) { openFilingSupervision(input: $input) {
      id status openedOn explanationRequiredAt explanationDueAt dueAt overdue referral { id } } }`;
    const FIELDS = `id status explanationReceivedAt explanation filingOrderedAt filingDueAt filedAt closedAt dueAt overdue criminalCase { id } events { kind at actor }`;
    const EXPLAIN = `mutation($input: RecordPoliceExplanationInput!) { recordPoliceExplanation(input: $input) { ${FIELDS} } }`;
    const ORDER = `mutation($input: OrderFilingInput!) { orderFiling(input: $input) { ${FIELDS} } }`;
    const FILED = `mutation($input: RecordSupervisedFilingInput!) { recordSupervisedFiling(input: $input) { ${FIELDS} } }`;
    const CLOSE = `mutation($input: CloseFilingSupervisionInput!) { closeFilingSupervision(input: $input) { ${FIELDS} } }`;
    const referral = (status: string, overdue = false, region = "440300") => peers.put("Referral", { id: newId(), status, overdue, region }).id;
    const open = async (referralId: string, who: Who = SZ, region = "440300") => {
      const res = await call(who, OPEN, { input: { referralId, region, reason: "公安机关对涉嫌犯罪案件不予立案，理由不足" } });
      expect(res.errors).toBeUndefined();
      return res.data.openFilingSupervision;
    };
    const fail = async (who: Who, mutation: string, input: object) => (await call(who, mutation, { input })).errors?.[0].extensions;

    test("a declined referral: explanation required, received, filing ordered, filed, closed, with deadlines on fixed dates", async () => {
      const referralId = referral("DECLINED");
      const opened = await open(referralId);
      expect(opened).toMatchObject({
        status: "EXPLANATION_REQUIRED", openedOn: "2017-11-20", referral: { id: referralId }, overdue: false,
        explanationRequiredAt: "2017-11-20T02:00:00.000Z",
        explanationDueAt: "2017-11-27T15:59:59.999Z", // end of 2017-11-27 in China
        dueAt: "2017-11-27T15:59:59.999Z",
      });
      const supervisionId = opened.id;

      now = new Date("2017-11-24T16:00:00+08:00");
      expect(await fail(SZ, EXPLAIN, { supervisionId, explanation: "x", receivedAt: "2017-11-24T17:00:00+08:00" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.receivedAt" });
      expect(await fail(SZ, EXPLAIN, { supervisionId, explanation: "x", receivedAt: "2017-11-19T17:00:00+08:00" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.receivedAt" });
      expect(await fail(SZ, EXPLAIN, { supervisionId, explanation: " " })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.explanation" });
      const explained = (await call(SZ, EXPLAIN, { input: { supervisionId, explanation: "涉案金额未达立案追诉标准", receivedAt: "2017-11-23T09:00:00+08:00" } })).data.recordPoliceExplanation;
      expect(explained).toMatchObject({ status: "EXPLAINED", explanationReceivedAt: "2017-11-23T01:00:00.000Z", dueAt: null, overdue: false });
      expect(await fail(SZ, EXPLAIN, { supervisionId, explanation: "again" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });

      now = new Date("2017-11-25T11:00:00+08:00");
      const ordered = (await call(SZ, ORDER, { input: { supervisionId, note: "经审查，不立案理由不能成立" } })).data.orderFiling;
      expect(ordered).toMatchObject({
        status: "FILING_ORDERED", filingOrderedAt: "2017-11-25T03:00:00.000Z",
        filingDueAt: "2017-12-10T15:59:59.999Z", dueAt: "2017-12-10T15:59:59.999Z", overdue: false,
      });
      expect(await fail(SZ, ORDER, { supervisionId })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });

      now = new Date("2017-12-11T00:00:00+08:00");
      const late = await call(GD, `query($id: ID!) { filingSupervision(id: $id) { overdue } }`, { id: supervisionId });
      expect(late.data.filingSupervision.overdue).toBe(true);
      expect(await fail(SZ, FILED, { supervisionId, criminalCaseId: newId() })).toMatchObject({ code: "NOT_FOUND", field: "input.criminalCaseId" });
      // not yet recorded by the police on linkage (the filing's owner): refused
      expect(await fail(SZ, FILED, { supervisionId, criminalCaseId: OTHER_CASE })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });
      peers.put("Referral", { id: referralId, status: "FILED", overdue: false, region: "440300", criminalCase: { id: OTHER_CASE } });
      const filed = (await call(SZ, FILED, { input: { supervisionId, criminalCaseId: OTHER_CASE } })).data.recordSupervisedFiling;
      expect(filed).toMatchObject({ status: "FILED", filedAt: "2017-12-10T16:00:00.000Z", criminalCase: { id: OTHER_CASE }, dueAt: null, overdue: false });

      const closed = (await call(SZ, CLOSE, { input: { supervisionId, reason: "公安机关已立案侦查" } })).data.closeFilingSupervision;
      expect(closed.status).toBe("CLOSED");
      expect(closed.events.map((e: any) => e.kind)).toEqual(["EXPLANATION_REQUIRED", "EXPLANATION_RECEIVED", "FILING_ORDERED", "FILED", "CLOSED"]);
      expect(closed.events[1]).toMatchObject({ at: "2017-11-23T01:00:00.000Z", actor: SZ.sub });
      expect(await fail(SZ, CLOSE, { supervisionId, reason: "again" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });
      // closed, but the referral is now filed (linkage): nothing is left to supervise
      expect(await fail(SZ, OPEN, { referralId, region: "440300", reason: "再次监督" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });
    });

    test("the filing is the referral's: once the police decided it FILED (linkage), another case is refused and nothing is written", async () => {
      const referralId = referral("DECLINED");
      const { id: supervisionId } = await open(referralId);
      now = new Date("2017-11-28T00:00:00+08:00");
      await call(SZ, ORDER, { input: { supervisionId } });
      peers.put("Referral", { id: referralId, status: "FILED", overdue: false, region: "440300", criminalCase: { id: CASE } });
      expect(await fail(SZ, FILED, { supervisionId, criminalCaseId: OTHER_CASE })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.criminalCaseId" });
      const unchanged = await call(SZ, `query($id: ID!) { filingSupervision(id: $id) { status filedAt criminalCase { id } } }`, { id: supervisionId });
      // the case is read from the referral, whatever the supervision's own step
      expect(unchanged.data.filingSupervision).toEqual({ status: "FILING_ORDERED", filedAt: null, criminalCase: { id: CASE } });
      // the case need not be named again: it is the referral's
      const filed = (await call(SZ, FILED, { input: { supervisionId } })).data.recordSupervisedFiling;
      expect(filed).toMatchObject({ status: "FILED", criminalCase: { id: CASE } });
    });

    test("filing is ordered only after the explanation, or once the 7 days have passed", async () => {
      const { id: supervisionId } = await open(referral("DECLINED"));
      now = new Date("2017-11-27T23:59:59.999+08:00");
      expect(await fail(SZ, ORDER, { supervisionId })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });
      now = new Date("2017-11-28T00:00:00+08:00");
      const overdue = await call(SZ, `query($id: ID!) { filingSupervision(id: $id) { status overdue } }`, { id: supervisionId });
      expect(overdue.data.filingSupervision).toEqual({ status: "EXPLANATION_REQUIRED", overdue: true });
      const ordered = (await call(SZ, ORDER, { input: { supervisionId } })).data.orderFiling;
      expect(ordered).toMatchObject({ status: "FILING_ORDERED", explanationReceivedAt: null, filingDueAt: "2017-12-13T15:59:59.999Z" });
      expect(ordered.events.map((e: any) => e.kind)).toEqual(["EXPLANATION_REQUIRED", "FILING_ORDERED"]);
    });

    test("only a declined or overdue referral is supervised, once at a time", async () => {
      const before = await rows();
      const input = (referralId: string, over = {}) => ({ referralId, region: "440300", reason: "理由", ...over });
      expect(await fail(SZ, OPEN, input(referral("FILED")))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });
      expect(await fail(SZ, OPEN, input(referral("SENT")))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });
      expect(await fail(SZ, OPEN, input(newId()))).toMatchObject({ code: "NOT_FOUND", field: "input.referralId" });
      expect(await fail(SZ, OPEN, input("r-1"))).toMatchObject({ code: "NOT_FOUND", field: "input.referralId" });
      expect(await fail(SZ, OPEN, input(referral("DECLINED", false, "330100")))).toMatchObject({ code: "NOT_FOUND", field: "input.referralId" });
      expect(await fail(SZ, OPEN, input(referral("DECLINED"), { reason: "" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
      expect(await fail(SZ, OPEN, input(referral("DECLINED"), { region: "330100" }))).toMatchObject({ code: "FORBIDDEN", field: "input.region" });
      expect((await fail(identity("POLICE", "440300"), OPEN, input(referral("DECLINED"))))?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);

      const overdue = referral("SENT", true);
      expect((await open(overdue)).status).toBe("EXPLANATION_REQUIRED");
      expect((await open(referral("RECONSIDERATION_DECLINED"))).status).toBe("EXPLANATION_REQUIRED");
      expect((await open(referral("RECONSIDERATION_REQUESTED", true))).status).toBe("EXPLANATION_REQUIRED");
      expect(await fail(SZ, OPEN, input(referral("RECONSIDERATION_REQUESTED")))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });
      expect(await fail(SZ, OPEN, input(overdue))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });
    });

    test("steps are the supervising procuratorate's: others are FORBIDDEN, other regions NOT_FOUND", async () => {
      const { id: supervisionId } = await open(referral("DECLINED"));
      const before = await rows();
      expect((await fail(identity("POLICE", "440300"), EXPLAIN, { supervisionId, explanation: "由公安录入" }))?.code).toBe("FORBIDDEN");
      expect(await fail(ZJ, CLOSE, { supervisionId, reason: "x" })).toMatchObject({ code: "NOT_FOUND", field: "input.supervisionId" });
      expect(await fail(SZ, CLOSE, { supervisionId: "nope", reason: "x" })).toMatchObject({ code: "NOT_FOUND", field: "input.supervisionId" });
      expect(await rows()).toEqual(before);
    });

    test("lists filter by status and overdue inside the caller's region; Referral carries its supervisions", async () => {
      const HZ = identity("PROCURATORATE", "330100");
      const pending = referral("DECLINED", false, "330100");
      const first = await open(pending, HZ, "330100");
      now = new Date("2017-11-21T10:00:00+08:00");
      const second = await open(referral("DECLINED", false, "330100"), HZ, "330100");
      await call(HZ, EXPLAIN, { input: { supervisionId: second.id, explanation: "已说明" } });
      const list = (f: object, who: Who = HZ) =>
        call(who, `query($f: FilingSupervisionFilter) { filingSupervisions(filter: $f) { totalCount edges { node { id } } } }`, { f })
          .then((r) => r.data?.filingSupervisions.edges.map((e: any) => e.node.id) ?? r.errors);
      expect(await list({})).toEqual([second.id, first.id]);
      expect(await list({ status: "EXPLAINED" })).toEqual([second.id]);
      expect(await list({ overdue: true })).toEqual([]);
      now = new Date("2017-11-28T00:00:00+08:00"); // the first one's 7 days are over; the second is explained
      expect(await list({ overdue: true })).toEqual([first.id]);
      expect(await list({ overdue: false })).toEqual([second.id]);
      expect(await list({ overdue: true, status: "EXPLAINED" })).toEqual([]);
      expect(await list({}, SZ)).not.toContain(first.id);
      expect((await list({ region: "440000" }))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });

      const refs = [{ __typename: "Referral", id: pending }, { __typename: "FilingSupervision", id: first.id }];
      expect((await call(HZ, ENTITIES, { r: refs })).data._entities).toEqual([{ filingSupervisions: [{ id: first.id, status: "EXPLANATION_REQUIRED" }] }, { id: first.id }]);
      expect((await call(SZ, ENTITIES, { r: refs })).data._entities).toEqual([{ filingSupervisions: [] }, null]);
      expect((await call(SZ, `query($id: ID!) { filingSupervision(id: $id) { id } }`, { id: first.id })).data.filingSupervision).toBeNull();
    });
  });

  describe("misconduct cases", () => {
    const FILE = `mutation($input: FileMisconductCaseInput!) { fileMisconductCase(input: $input) {
      id caseNumber region filedOn offence officialName officialPosition officialAgency relatedCriminalCase { id } } }`;
    let serial = 0;
    const input = (over: Record<string, unknown> = {}) => ({
      caseNumber: `深检反渎立〔2017〕${++serial}号`, region: "440300", filedOn: "2017-11-01", offence: "CONNIVING_AT_COUNTERFEITING",
      officialName: "王建国", officialPosition: "某区市场监督管理局稽查科科长", officialAgency: "SAIC", ...over,
    });
    const file = async (over: Record<string, unknown> = {}) => {
      const res = await call(SZ, FILE, { input: input(over) });
      expect(res.errors).toBeUndefined();
      return res.data.fileMisconductCase;
    };

    test("the official's name is masked outside criminal justice, with or without a related criminal case", async () => {
      const filed = await file();
      expect(filed).toMatchObject({ officialName: "王建国", officialAgency: "SAIC", relatedCriminalCase: null, offence: "CONNIVING_AT_COUNTERFEITING" });
      const ask = (who: Who) => call(who, `query($id: ID!) { misconductCase(id: $id) { officialName officialPosition } }`, { id: filed.id });
      for (const who of [GD, identity("POLICE", "440000"), identity("COURTS", "440300")])
        expect((await ask(who)).data.misconductCase.officialName).toBe("王建国");
      for (const who of [SAIC, identity("OFFICE", "000000")])
        expect((await ask(who)).data.misconductCase).toEqual({ officialName: "王**", officialPosition: "某区市场监督管理局稽查科科长" });
      const viaEntities = await call(SAIC, ENTITIES, { r: [{ __typename: "MisconductCase", id: filed.id }] });
      expect(viaEntities.data._entities).toEqual([{ id: filed.id, officialName: "王**" }]);
      expect((await ask(ZJ)).data.misconductCase).toBeNull();
    });

    test("a related criminal case must exist in police; the case then lists it", async () => {
      const filed = await file({ relatedCriminalCaseId: CASE, offence: "BRIBERY", officialAgency: null });
      expect(filed).toMatchObject({ relatedCriminalCase: { id: CASE }, officialAgency: null });
      const res = await call(SZ, ENTITIES, { r: [{ __typename: "CriminalCase", id: CASE }] });
      expect(res.data._entities[0].misconductCases).toEqual([{ caseNumber: filed.caseNumber }]);
    });

    test.each([
      ["input.relatedCriminalCaseId", { relatedCriminalCaseId: newId() }, "NOT_FOUND"],
      ["input.relatedCriminalCaseId", { relatedCriminalCaseId: ZJ_CASE }, "NOT_FOUND"],
      ["input.filedOn", { filedOn: "2017-12-01" }, "BAD_USER_INPUT"],
      ["input.officialName", { officialName: " " }, "BAD_USER_INPUT"],
      ["input.officialPosition", { officialPosition: "" }, "BAD_USER_INPUT"],
      ["input.caseNumber", { caseNumber: "" }, "BAD_USER_INPUT"],
      ["input.region", { region: "12345" }, "BAD_USER_INPUT"],
      ["input.region", { region: "330100" }, "FORBIDDEN"],
    ])("bad %s is refused and writes nothing", async (field, over, code) => {
      const before = await rows();
      expect((await call(SZ, FILE, { input: input(over) })).errors?.[0].extensions).toMatchObject({ code, field });
      expect(await rows()).toEqual(before);
    });

    test("a case number is used once; only the PROCURATORATE files", async () => {
      const first = await file();
      expect((await call(SZ, FILE, { input: input({ caseNumber: first.caseNumber }) })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect((await call(SAIC, FILE, { input: input() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });

    test("lists filter by offence, agency and date inside the caller's region", async () => {
      const NB = identity("PROCURATORATE", "330200");
      const fileNb = (over: Record<string, unknown>) => call(NB, FILE, { input: input({ region: "330200", ...over }) });
      await fileNb({ filedOn: "2017-06-01", offence: "DERELICTION_OF_DUTY", officialAgency: "CUSTOMS" });
      await fileNb({ filedOn: "2017-07-01", offence: "BRIBERY", officialAgency: "POLICE" });
      await fileNb({ filedOn: "2017-08-01", offence: "BRIBERY", officialAgency: null });
      const list = (f: object, who: Who = NB) =>
        call(who, `query($f: MisconductCaseFilter) { misconductCases(filter: $f) { totalCount edges { node { filedOn } } } }`, { f }).then((r) => r.data.misconductCases);
      expect((await list({})).edges.map((e: any) => e.node.filedOn)).toEqual(["2017-08-01", "2017-07-01", "2017-06-01"]);
      expect((await list({ offence: "BRIBERY" })).totalCount).toBe(2);
      expect((await list({ officialAgency: "CUSTOMS" })).totalCount).toBe(1);
      expect((await list({ from: "2017-06-15", to: "2017-07-31" })).totalCount).toBe(1);
      expect((await list({ region: "330200" }, ZJ)).totalCount).toBe(3);
      expect((await list({}, SZ)).edges.map((e: any) => e.node.filedOn)).not.toContain("2017-06-01");
    });
  });

  test("refuses unsigned requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ arrestReviews { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
