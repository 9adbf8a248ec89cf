import { procuratorate } from "@ipr/procuratorate";
import { makeIdNumber, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, identity } from "@ipr/shared/testing";
import { countStatements, startPlatform, type Platform } from "./platform";
import { M, runChain, today } from "./chain";

/** The procuratorate with the agencies whose facts it checks: police (criminal cases, suspects) and linkage (referrals). */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const procurator = (region: string) => ({ agency: "PROCURATORATE", region });
const ARREST = `mutation($input: RecordArrestReviewInput!) { recordArrestReview(input: $input) { id decision persons { id } } }`;
const PROSECUTE = `mutation($input: RecordProsecutionInput!) { recordProsecution(input: $input) { id decision defendants { id } } }`;
const OPEN = `mutation($input: OpenFilingSupervisionInput!) { openFilingSupervision(input: $input) {
  id status explanationRequiredAt explanationDueAt dueAt overdue } }`;

function must(res: { data?: any; errors?: unknown[] }) {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** The chain's criminal case with its two suspects' ids, read from the police through the gateway. */
async function chainCase(region: string) {
  const chain = await runChain(p, region);
  const { criminalCase } = must(await p.query({ agency: "POLICE", region }, `query($id: ID!) { criminalCase(id: $id) { suspects { id } } }`, { id: chain.criminalCaseId }));
  return { ...chain, suspectIds: criminalCase.suspects.map((s: { id: string }) => s.id) as string[] };
}

/** The chain's police file today (China time), so decisions on its cases are dated today too. */
const yesterday = () => new Date(Date.parse(today()) - 86_400_000).toISOString().slice(0, 10);
const arrestInput = (criminalCaseId: string, personIds: string[], region: string, over: Record<string, unknown> = {}) => ({
  criminalCaseId, personIds, decision: "APPROVED", decidedOn: today(), region, foreignInvested: true, ...over,
});
const prosecutionInput = (criminalCaseId: string, defendantIds: string[], region: string) => ({
  criminalCaseId, defendantIds, decision: "PROSECUTED", decidedOn: today(), region, foreignInvested: true, charges: "假冒注册商标罪",
});

/** Records an arrest approval and a prosecution of both suspects of a fresh chain's case. */
async function decidedCase(region: string) {
  const c = await chainCase(region);
  must(await p.query(procurator(region), ARREST, { input: arrestInput(c.criminalCaseId, c.suspectIds, region) }));
  must(await p.query(procurator(region), PROSECUTE, { input: prosecutionInput(c.criminalCaseId, c.suspectIds, region) }));
  return c;
}

const arrestReviewCount = async () => must(await p.query({ agency: "OFFICE", region: "000000" }, `{ arrestReviews { totalCount } }`)).arrestReviews.totalCount;

describe("the procuratorate on the case chain: arrest approval and prosecution of the police's suspects", () => {
  test("records an arrest review and a prosecution and reads them on the criminal case through the gateway", async () => {
    const c = await chainCase("440300");
    const review = must(await p.query(procurator("440300"), ARREST, { input: arrestInput(c.criminalCaseId, c.suspectIds, "440300") })).recordArrestReview;
    expect(review).toMatchObject({ decision: "APPROVED", persons: c.suspectIds.map((id) => ({ id })) });
    const prosecution = must(await p.query(procurator("440300"), PROSECUTE, { input: prosecutionInput(c.criminalCaseId, [c.suspectIds[1]], "440300") })).recordProsecution;
    expect(prosecution).toMatchObject({ decision: "PROSECUTED", defendants: [{ id: c.suspectIds[1] }] });

    const TRACE = `query($id: ID!) { criminalCase(id: $id) {
      filingNumber arrestReviews { decision persons { name } } prosecutions { decision defendants { id } } } }`;
    const read = must(await p.query(procurator("440000"), TRACE, { id: c.criminalCaseId })).criminalCase;
    expect(read).toMatchObject({
      arrestReviews: [{ decision: "APPROVED", persons: [{ name: "张伟" }, { name: "李娜" }] }],
      prosecutions: [{ decision: "PROSECUTED", defendants: [{ id: c.suspectIds[1] }] }],
    });
    // other agencies read the decisions, with the suspects' names masked by the police
    const saic = must(await p.query({ agency: "SAIC", region: "440300" }, TRACE, { id: c.criminalCaseId })).criminalCase;
    expect(saic.arrestReviews[0].persons).toEqual([{ name: "张*" }, { name: "李*" }]);
    // and the decision leads back to the case and its filing
    const back = must(await p.query(procurator("440300"), `query($id: ID!) { arrestReview(id: $id) { criminalCase { filingNumber } persons { idNumber } } }`, { id: review.id }));
    expect(back.arrestReview.criminalCase.filingNumber).toBe(read.filingNumber);
    expect(back.arrestReview.persons[0].idNumber).toMatch(/^440300/);
  });

  test("persons must be suspects of that case, the case must exist and precede the decision; only the procuratorate decides", async () => {
    const c = await chainCase("440300");
    const other = await chainCase("440300");
    const before = await arrestReviewCount();
    const refuse = async (who: { agency: string; region: string }, input: object) => (await p.query(who, ARREST, { input })).errors?.[0].extensions;

    expect(await refuse(procurator("440300"), arrestInput(c.criminalCaseId, [other.suspectIds[0], c.suspectIds[0]], "440300")))
      .toMatchObject({ code: "BAD_USER_INPUT", field: "input.personIds[0]" });
    expect(await refuse(procurator("440300"), arrestInput("00000000-0000-4000-8000-000000000000", c.suspectIds, "440300")))
      .toMatchObject({ code: "NOT_FOUND", field: "input.criminalCaseId" });
    expect(await refuse(procurator("440300"), arrestInput(c.criminalCaseId, c.suspectIds, "440300", { decidedOn: yesterday() }))) // filed today
      .toMatchObject({ code: "BAD_USER_INPUT", field: "input.decidedOn" });
    expect((await refuse({ agency: "SAIC", region: "440300" }, arrestInput(c.criminalCaseId, c.suspectIds, "440300")))?.code).toBe("FORBIDDEN");
    // a procuratorate elsewhere cannot see the case at all
    expect(await refuse(procurator("310000"), arrestInput(c.criminalCaseId, c.suspectIds, "310000")))
      .toMatchObject({ code: "NOT_FOUND", field: "input.criminalCaseId" });
    const prosecution = await p.query(procurator("440300"), PROSECUTE, { input: prosecutionInput(c.criminalCaseId, [c.suspectIds[0], c.suspectIds[0]], "440300") });
    expect(prosecution.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.defendantIds[1]" });
    expect(await arrestReviewCount()).toBe(before);
  });

  test("SQL statements of criminal cases with their reviews, prosecutions and persons do not grow with the number of cases", async () => {
    await decidedCase("440600");
    for (let i = 0; i < 20; i++) await decidedCase("441900");
    const LIST = `query($region: String!) { criminalCases(first: 50, filter: { region: $region }) { edges { node {
      arrestReviews { persons { name } } prosecutions { defendants { name } } } } } }`;
    const who = procurator("440000");
    let one: any, twenty: any;
    const small = await countStatements(p, async () => (one = await p.query(who, LIST, { region: "440600" })));
    const large = await countStatements(p, async () => (twenty = await p.query(who, LIST, { region: "441900" })));
    expect(one.data.criminalCases.edges).toHaveLength(1);
    expect(twenty.data.criminalCases.edges).toHaveLength(20);
    expect(twenty.data.criminalCases.edges.every((e: any) =>
      e.node.arrestReviews[0].persons.length === 2 && e.node.prosecutions[0].defendants[1].name === "李娜")).toBe(true);
    expect(large).toEqual(small);
    expect(large.procuratorate).toBeLessThanOrEqual(4);
  });
});

describe("filing supervision (立案监督) of a referral the police declined", () => {
  /** A second referral of a chain's SAIC case, declined by the police. */
  async function declinedReferral(region: string) {
    const chain = await runChain(p, region);
    const sent = must(await p.query({ agency: "SAIC", region }, M.refer, { input: { sourceType: "SAIC_CASE", sourceId: chain.saicCaseId, region, reason: "补充移送" } }));
    const decided = must(await p.query({ agency: "POLICE", region }, M.decide, { input: { referralId: sent.sendReferral.id, decision: "DECLINED", reason: "未达立案追诉标准" } }));
    expect(decided.decideReferral.status).toBe("DECLINED");
    return { chain, referralId: sent.sendReferral.id as string };
  }

  test("opening one on a filed referral still within its deadline is refused; on a declined one it starts the 7 days", async () => {
    const { chain, referralId } = await declinedReferral("440300");
    const refused = await p.query(procurator("440300"), OPEN, { input: { referralId: chain.referral.id, region: "440300", reason: "审查" } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });
    const byPolice = await p.query({ agency: "POLICE", region: "440300" }, OPEN, { input: { referralId, region: "440300", reason: "审查" } });
    expect(byPolice.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const opened = must(await p.query(procurator("440300"), OPEN, { input: { referralId, region: "440300", reason: "不立案理由不足" } })).openFilingSupervision;
    expect(opened).toMatchObject({ status: "EXPLANATION_REQUIRED", overdue: false });
    // the 7 days end at midnight China time: 15:59:59.999 UTC, seven China calendar days after the requirement
    const chinaDay = (iso: string) => Date.parse(new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10));
    expect(opened.explanationDueAt).toMatch(/T15:59:59\.999Z$/);
    expect((chinaDay(opened.explanationDueAt) - chinaDay(opened.explanationRequiredAt)) / 86_400_000).toBe(7);
    expect(opened.dueAt).toBe(opened.explanationDueAt);

    const res = must(await p.query({ agency: "OFFICE", region: "000000" }, `query($id: ID!) { referral(id: $id) { status filingSupervisions { id status } } }`, { id: referralId }));
    expect(res.referral).toEqual({ status: "DECLINED", filingSupervisions: [{ id: opened.id, status: "EXPLANATION_REQUIRED" }] });
  });

  describe("through its steps on fixed dates", () => {
    // A second procuratorate instance on the same database with a fixed clock, asking the platform's
    // linkage and police as peers: the deadlines can then be checked against exact instants.
    let clocked: RunningSubgraph;
    let now = new Date("2017-10-20T10:00:00+08:00");
    beforeAll(async () => {
      clocked = await startSubgraph(procuratorate, {
        port: 0, databaseUrl: p.databaseUrl, clock: () => now,
        peers: { linkage: p.subgraphs.linkage.url, police: p.subgraphs.police.url },
      });
    });
    afterAll(() => clocked?.stop());
    const SZ = identity("PROCURATORATE", "440300");
    const FIELDS = `id status explanationDueAt explanationReceivedAt filingOrderedAt filingDueAt filedAt dueAt overdue events { kind at }`;
    const step = async (mutation: string, input: object) => {
      const res = await callSubgraph(clocked.url, SZ, `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${FIELDS} } }`, { input });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data[mutation];
    };

    test("required 2017-10-20: explain by 10-27; explained 10-24; ordered 10-26: file by 11-10; filed; closed", async () => {
      const { referralId, chain } = await declinedReferral("440300");
      // the criminal case the police file under supervision: a fresh one, recorded on the referral (linkage owns the filing)
      const { fileCriminalCase: filed } = must(await p.query({ agency: "POLICE", region: "440300" }, M.file, { input: {
        filingNumber: `公经立-440300-监督-${chain.saicCaseId.slice(0, 8)}`, offence: "COUNTERFEITING_TRADEMARK", region: "440300", filedOn: today(),
        amountInvolved: "86000.00", rightHolderCreditCode: chain.creditCode, foreignInvested: true,
        suspects: [{ name: "张伟", idNumber: makeIdNumber("440300", "1980-05-01", 7001), caughtOn: today() }, { name: "李娜", idNumber: makeIdNumber("440300", "1985-07-21", 7002), caughtOn: today() }],
      } }));
      const opened = await step("openFilingSupervision", { referralId, region: "440300", reason: "不立案理由不足" });
      expect(opened).toMatchObject({ status: "EXPLANATION_REQUIRED", explanationDueAt: "2017-10-27T15:59:59.999Z", dueAt: "2017-10-27T15:59:59.999Z", overdue: false });
      const supervisionId = opened.id;

      now = new Date("2017-10-25T09:00:00+08:00");
      const explained = await step("recordPoliceExplanation", { supervisionId, explanation: "涉案金额未达追诉标准", receivedAt: "2017-10-24T16:30:00+08:00" });
      expect(explained).toMatchObject({ status: "EXPLAINED", explanationReceivedAt: "2017-10-24T08:30:00.000Z", dueAt: null, overdue: false });

      now = new Date("2017-10-26T11:00:00+08:00");
      const ordered = await step("orderFiling", { supervisionId, note: "经审查，不立案理由不能成立" });
      expect(ordered).toMatchObject({ status: "FILING_ORDERED", filingOrderedAt: "2017-10-26T03:00:00.000Z", filingDueAt: "2017-11-10T15:59:59.999Z", dueAt: "2017-11-10T15:59:59.999Z" });

      now = new Date("2017-11-11T00:00:00+08:00");
      const late = await callSubgraph(clocked.url, SZ, `query($id: ID!) { filingSupervision(id: $id) { overdue } }`, { id: supervisionId });
      expect(late.data.filingSupervision.overdue).toBe(true);
      const unknown = await callSubgraph(clocked.url, SZ, `mutation($input: RecordSupervisedFilingInput!) { recordSupervisedFiling(input: $input) { id } }`,
        { input: { supervisionId, criminalCaseId: "00000000-0000-4000-8000-000000000000" } });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.criminalCaseId" });
      // the police have not recorded the filing on linkage yet: refused, nothing written
      const early = await callSubgraph(clocked.url, SZ, `mutation($input: RecordSupervisedFilingInput!) { recordSupervisedFiling(input: $input) { id } }`, { input: { supervisionId } });
      expect(early.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });
      must(await p.query({ agency: "POLICE", region: "440300" }, M.decide, { input: { referralId, decision: "FILED", criminalCaseId: filed.id } }));
      const done = await step("recordSupervisedFiling", { supervisionId, criminalCaseId: filed.id });
      expect(done).toMatchObject({ status: "FILED", filedAt: "2017-11-10T16:00:00.000Z", dueAt: null, overdue: false });

      now = new Date("2017-11-12T09:00:00+08:00");
      const closed = await step("closeFilingSupervision", { supervisionId, reason: "公安机关已立案侦查" });
      expect(closed.events).toEqual([
        { kind: "EXPLANATION_REQUIRED", at: "2017-10-20T02:00:00.000Z" },
        { kind: "EXPLANATION_RECEIVED", at: "2017-10-24T08:30:00.000Z" },
        { kind: "FILING_ORDERED", at: "2017-10-26T03:00:00.000Z" },
        { kind: "FILED", at: "2017-11-10T16:00:00.000Z" },
        { kind: "CLOSED", at: "2017-11-12T01:00:00.000Z" },
      ]);

      // the whole story reads through the gateway: referral → supervision → the criminal case filed
      const res = must(await p.query(procurator("440000"), `query($id: ID!) { referral(id: $id) {
        status filingSupervisions { status explanationDueAt filingDueAt criminalCase { filingNumber suspects { name } } } } }`, { id: referralId }));
      expect(res.referral.filingSupervisions).toEqual([{
        status: "CLOSED", explanationDueAt: "2017-10-27T15:59:59.999Z", filingDueAt: "2017-11-10T15:59:59.999Z",
        criminalCase: { filingNumber: expect.stringMatching(/^公经立-440300-/), suspects: [{ name: "张伟" }, { name: "李娜" }] },
      }]);
    });
  });
});
