import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import { startPlatform, type Caller, type Platform } from "./platform";
import { M } from "./chain";

/**
 * Major-case reports (重大案件报送) and supervision (督办) through the gateway, every step, deadline and
 * refusal, on one clock the test moves forward (deadlines run from 2017 dates).
 */
let p: Platform;
let now = new Date("2017-10-12T10:00:00+08:00");
const at = (s: string) => (now = new Date(`${s}+08:00`));
beforeAll(async () => {
  p = await startPlatform(undefined, { clock: () => now });
});
afterAll(() => p?.stop());

function must(res: { data?: any; errors?: unknown[] }) {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const refused = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions;

const saic = { agency: "SAIC", region: "440300", sub: "saic-sz" };
const saicSh = { agency: "SAIC", region: "310000" };
const police = { agency: "POLICE", region: "440300" };
const courts = { agency: "COURTS", region: "440300" };
const gdOffice = { agency: "OFFICE", region: "440000", sub: "office-gd" };
const szOffice = { agency: "OFFICE", region: "440300" };
const shOffice = { agency: "OFFICE", region: "310000" };
const national = { agency: "OFFICE", region: "000000", sub: "office-national" };

const REPORT = `mutation($input: ReportMajorCaseInput!) { reportMajorCase(input: $input) {
  id status caseType agency region officeRegion grounds reportedAt reportDueAt reportedLate forwardDueAt forwardedAt overdue } }`;
const FORWARD = `mutation($input: ForwardMajorCaseInput!) { forwardMajorCase(input: $input) { id status forwardedAt forwardDueAt overdue } }`;
const INBOX = `query($agency: Agency, $region: String) { inbox(agency: $agency, region: $region) { majorCasesToForward { items { id dueAt overdue counterpart } } progressReportsDue { items { id dueAt overdue } } items { id kind } } }`;
const OPEN = `mutation($input: OpenSupervisionInput!) { openSupervision(input: $input) { id status officeRegion dueOn nextProgressDueAt overdue progressOverdue } }`;
const PROGRESS = `mutation($input: ReportSupervisionProgressInput!) { reportSupervisionProgress(input: $input) {
  id nextProgressDueAt progressOverdue progressReports { progress agency late } } }`;
const CLOSE = `mutation($input: CloseSupervisionInput!) { closeSupervision(input: $input) { id status outcome result closedAt nextProgressDueAt overdue progressOverdue } }`;
const NOT_REPORTED = `query($region: String!, $from: Date!, $to: Date!) { majorCasesNotReported(region: $region, from: $from, to: $to) {
  caseType region caseDate grounds reportDueAt overdue case { ... on SaicCase { id caseNumber } ... on CriminalCase { id filingNumber } } } }`;

const rows = async (table: string) =>
  Number((await p.subgraphs.office.db.orm.em.getConnection().execute(`select count(*) as n from office.${table}`))[0].n);
/** A refusal writes nothing: no report, supervision, progress report or event. */
async function writesNothing(run: () => Promise<unknown>) {
  const tables = ["major_case_report", "supervision", "supervision_progress", "major_case_event"];
  const before = await Promise.all(tables.map(rows));
  await run();
  expect(await Promise.all(tables.map(rows))).toEqual(before);
}

const holder = makeCreditCode("440300", 77_001);
const ids: Record<string, string> = {};

async function saicCase(who: Caller, caseNumber: string, region: string, openedOn: string, amountInvolved: string, campaign?: string) {
  const res = must(await p.query(who, M.saicCase, { input: {
    caseNumber, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region, openedOn, rightHolderCreditCode: holder, foreignInvested: true, amountInvolved,
    ...(campaign ? { campaign } : {}) } }));
  return res.createSaicCase.id as string;
}

describe("major-case reports and supervision", () => {
  test("setup: a foreign-invested right holder's cases in two provinces, a criminal case and a civil suit", async () => {
    must(await p.query(saic, M.register, { input: { creditCode: holder, name: "外资电子有限公司", foreignInvested: true, investorCountry: "JP", region: "440300" } }));
    ids.big = await saicCase(saic, "深市监-重大-1", "440300", "2017-10-10", "1500000.00");
    ids.cluster = await saicCase(saic, "深市监-重大-2", "440300", "2017-10-05", "200000.00", "CLUSTER_CAMPAIGN");
    ids.small = await saicCase(saic, "深市监-重大-3", "440300", "2017-10-06", "80000.00");
    ids.shanghai = await saicCase(saicSh, "沪市监-重大-1", "310000", "2017-10-06", "50000.00");
    ids.criminal = must(await p.query(police, M.file, { input: {
      filingNumber: "深公经立-重大-1", offence: "COUNTERFEITING_TRADEMARK", region: "440300", filedOn: "2017-10-11", amountInvolved: "3000000.00",
      rightHolderCreditCode: holder, foreignInvested: true, suspects: [{ name: "钱明", idNumber: makeIdNumber("440300", "1980-02-02", 7001), caughtOn: "2017-10-11" }] } })).fileCriminalCase.id;
    ids.court = must(await p.query(courts, `mutation($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`, { input: {
      caseNumber: "（2017）粤03民初900号", kind: "CIVIL", region: "440300", filedOn: "2017-10-11", plaintiffCreditCode: holder,
      defendantCreditCode: makeCreditCode("440300", 77_002), ipType: "TRADEMARK", foreignInvested: true } })).fileCourtCase.id;
  });

  test("the rules are data with effective dates", async () => {
    const { majorCaseRules } = must(await p.query(saic, `{ majorCaseRules(on: "2017-10-10") { kind minimum campaign reportWithinDays effectiveFrom effectiveTo } }`));
    expect(majorCaseRules).toEqual(expect.arrayContaining([
      { kind: "AMOUNT_INVOLVED", minimum: "1000000.00", campaign: null, reportWithinDays: 3, effectiveFrom: "2017-09-01", effectiveTo: null },
      { kind: "FOREIGN_MULTI_PROVINCE", minimum: "2.00", campaign: null, reportWithinDays: 3, effectiveFrom: "2017-09-01", effectiveTo: null },
      { kind: "CAMPAIGN", minimum: null, campaign: "CLUSTER_CAMPAIGN", reportWithinDays: 3, effectiveFrom: "2017-09-01", effectiveTo: null },
    ]));
    expect(must(await p.query(saic, `{ majorCaseRules(on: "2017-08-31") { kind } }`)).majorCaseRules).toEqual([]);
  });

  test("cases that meet a rule but were not reported, with their reporting deadline, as each caller can see them", async () => {
    const window = { region: "440000", from: "2017-10-01", to: "2017-10-31" };
    const province = must(await p.query(gdOffice, NOT_REPORTED, window)).majorCasesNotReported;
    const byId = (list: any[]) => Object.fromEntries(list.map((c) => [c.case.id, c]));
    const gd = byId(province);
    expect(Object.keys(gd).sort()).toEqual([ids.big, ids.cluster, ids.criminal].sort());
    expect(gd[ids.cluster]).toMatchObject({ caseType: "SAIC_CASE", grounds: ["CAMPAIGN"], reportDueAt: "2017-10-08T15:59:59.999Z", overdue: true });
    expect(gd[ids.big]).toMatchObject({ grounds: ["AMOUNT_INVOLVED"], reportDueAt: "2017-10-13T15:59:59.999Z", overdue: false, case: { caseNumber: "深市监-重大-1" } });
    expect(gd[ids.criminal]).toMatchObject({ caseType: "CRIMINAL_CASE", grounds: ["AMOUNT_INVOLVED"], case: { filingNumber: "深公经立-重大-1" } });
    // nationally the right holder has cases in two provinces: every one of its foreign-invested cases is major
    const nat = byId(must(await p.query(national, NOT_REPORTED, { ...window, region: "000000" })).majorCasesNotReported);
    expect(nat[ids.shanghai]).toMatchObject({ region: "310000", grounds: ["FOREIGN_MULTI_PROVINCE"] });
    expect(nat[ids.big].grounds).toEqual(["AMOUNT_INVOLVED", "FOREIGN_MULTI_PROVINCE"]);
    expect(nat[ids.small].grounds).toEqual(["FOREIGN_MULTI_PROVINCE"]);
    // bounded: a region outside the caller's, a window over a year
    expect(refused(await p.query(gdOffice, NOT_REPORTED, { ...window, region: "310000" }))).toMatchObject({ code: "FORBIDDEN", field: "region" });
    expect(refused(await p.query(national, NOT_REPORTED, { ...window, to: "2018-12-31" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  test("refusals: not the case's agency, a case outside the caller's region, an unknown case, a ground the case does not meet", async () => {
    await writesNothing(async () => {
      expect(refused(await p.query(police, REPORT, { input: { caseType: "SAIC_CASE", caseId: ids.big, summary: "x" } }))).toMatchObject({ code: "FORBIDDEN" });
      expect(refused(await p.query(saicSh, REPORT, { input: { caseType: "SAIC_CASE", caseId: ids.big, summary: "x" } }))).toMatchObject({ code: "NOT_FOUND", field: "input.caseId" });
      expect(refused(await p.query(saic, REPORT, { input: { caseType: "SAIC_CASE", caseId: ids.criminal, summary: "x" } }))).toMatchObject({ code: "NOT_FOUND", field: "input.caseId" });
      expect(refused(await p.query(saic, REPORT, { input: { caseType: "SAIC_CASE", caseId: ids.big, summary: "x", grounds: ["CAMPAIGN"] } })))
        .toMatchObject({ code: "BAD_USER_INPUT", field: "input.grounds" });
      expect(refused(await p.query(saic, REPORT, { input: { caseType: "SAIC_CASE", caseId: ids.big, summary: " " } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.summary" });
    });
  });

  test("the handling agency reports to its provincial office, with the reporting deadline computed", async () => {
    const big = must(await p.query(saic, REPORT, { input: { caseType: "SAIC_CASE", caseId: ids.big, summary: "涉案金额150万元，外资品牌电子产品" } })).reportMajorCase;
    expect(big).toMatchObject({
      status: "REPORTED", caseType: "SAIC_CASE", agency: "SAIC", region: "440300", officeRegion: "440000", grounds: ["AMOUNT_INVOLVED"],
      reportDueAt: "2017-10-13T15:59:59.999Z", reportedLate: false, forwardDueAt: "2017-10-15T15:59:59.999Z", forwardedAt: null, overdue: false,
    });
    ids.bigReport = big.id;
    // the cluster-campaign case was due on 10-08: reported late
    const cluster = must(await p.query(saic, REPORT, { input: { caseType: "SAIC_CASE", caseId: ids.cluster, summary: "集群战役案件" } })).reportMajorCase;
    expect(cluster).toMatchObject({ grounds: ["CAMPAIGN"], reportDueAt: "2017-10-08T15:59:59.999Z", reportedLate: true });
    ids.clusterReport = cluster.id;
    // several provinces is the reporter's statement, for a foreign-invested right holder
    const criminal = must(await p.query(police, REPORT, { input: { caseType: "CRIMINAL_CASE", caseId: ids.criminal, summary: "跨省制售假冒电子产品", grounds: ["FOREIGN_MULTI_PROVINCE"] } })).reportMajorCase;
    expect(criminal).toMatchObject({ agency: "POLICE", grounds: ["AMOUNT_INVOLVED", "FOREIGN_MULTI_PROVINCE"], reportDueAt: "2017-10-14T15:59:59.999Z" });
    ids.criminalReport = criminal.id;
    // a court case meets no rule, but the court may still report it as major
    const court = must(await p.query(courts, REPORT, { input: { caseType: "COURT_CASE", caseId: ids.court, summary: "外资企业商标侵权纠纷" } })).reportMajorCase;
    expect(court).toMatchObject({ agency: "COURTS", grounds: [], reportedLate: false });
    ids.courtReport = court.id;

    await writesNothing(async () => {
      expect(refused(await p.query(saic, REPORT, { input: { caseType: "SAIC_CASE", caseId: ids.big, summary: "再次" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseId" });
    });
    const left = must(await p.query(gdOffice, NOT_REPORTED, { region: "440000", from: "2017-10-01", to: "2017-10-31" })).majorCasesNotReported;
    expect(left).toEqual([]);
  });

  test("the reports wait in the provincial office's inbox until passed up; none in a city's or a handling agency's", async () => {
    const inbox = async (who: Caller) => must(await p.query(who, INBOX, {})).inbox;
    const gd = await inbox(gdOffice);
    expect(gd.majorCasesToForward.items.find((i: any) => i.id === ids.bigReport)).toEqual({ id: ids.bigReport, dueAt: "2017-10-15T15:59:59.999Z", overdue: false, counterpart: "SAIC" });
    expect(gd.items.map((i: any) => i.id)).toEqual(expect.arrayContaining([ids.bigReport, ids.clusterReport, ids.criminalReport]));
    expect((await inbox(saic)).majorCasesToForward.items).toEqual([]);
    expect((await inbox(shOffice)).majorCasesToForward.items).toEqual([]);
    // the city's office received none of them (the case is Shenzhen's, the report Guangdong's): nothing it could pass up
    expect((await inbox(szOffice)).majorCasesToForward.items).toEqual([]);
    // the national office reads the provinces' follow-up inside its region
    expect((await inbox(national)).majorCasesToForward.items.map((i: any) => i.id)).toContain(ids.bigReport);
  });

  test("the provincial office passes it up to the national office; late forwarding is overdue", async () => {
    at("2017-10-16T09:00:00");
    const overdue = must(await p.query(gdOffice, `{ majorCaseReports(filter: { overdue: true }) { totalCount edges { node { id overdue } } } }`)).majorCaseReports;
    expect(overdue.totalCount).toBe(4);
    await writesNothing(async () => {
      expect(refused(await p.query(saic, FORWARD, { input: { reportId: ids.bigReport } }))).toMatchObject({ code: "FORBIDDEN" });
      expect(refused(await p.query(shOffice, FORWARD, { input: { reportId: ids.bigReport } }))).toMatchObject({ code: "NOT_FOUND", field: "input.reportId" });
      expect(refused(await p.query(national, FORWARD, { input: { reportId: ids.bigReport } }))).toMatchObject({ code: "FORBIDDEN", field: "input.reportId" });
    });
    const forwarded = must(await p.query(gdOffice, FORWARD, { input: { reportId: ids.bigReport, note: "请全国办掌握" } })).forwardMajorCase;
    expect(forwarded).toMatchObject({ status: "FORWARDED", forwardedAt: "2017-10-16T01:00:00.000Z", forwardDueAt: null, overdue: false });
    await writesNothing(async () => {
      expect(refused(await p.query(gdOffice, FORWARD, { input: { reportId: ids.bigReport } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reportId" });
    });
    const lists = must(await p.query(national, `{ forwarded: majorCaseReports(filter: { status: FORWARDED }) { totalCount }
      late: majorCaseReports(filter: { reportedLate: true }) { edges { node { id } } } }`));
    expect(lists.forwarded.totalCount).toBe(1);
    expect(lists.late.edges.map((e: any) => e.node.id)).toEqual([ids.clusterReport]);
  });

  test("supervision: opened by an office only, progress by the handling agency only, every 30 days; overdue progress and overdue supervision", async () => {
    const open = (who: Caller, over = {}) => p.query(who, OPEN, { input: { reportId: ids.bigReport, dueOn: "2017-12-31", instructions: "限期查清上下游，依法移送", ...over } });
    await writesNothing(async () => {
      expect(refused(await open(saic))).toMatchObject({ code: "FORBIDDEN" });
      expect(refused(await open(szOffice))).toMatchObject({ code: "FORBIDDEN" }); // a city office does not supervise
      expect(refused(await open(shOffice))).toMatchObject({ code: "NOT_FOUND", field: "input.reportId" });
      expect(refused(await open(national, { dueOn: "2017-10-16" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.dueOn" });
    });
    const opened = must(await open(national)).openSupervision;
    expect(opened).toMatchObject({ status: "OPEN", officeRegion: "000000", dueOn: "2017-12-31", nextProgressDueAt: "2017-11-15T15:59:59.999Z", overdue: false, progressOverdue: false });
    ids.supervision = opened.id;
    await writesNothing(async () => {
      expect(refused(await open(gdOffice))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reportId" }); // one open at a time
    });

    const progress = (who: Caller, text = "已查明上游工厂两处") => p.query(who, PROGRESS, { input: { supervisionId: ids.supervision, progress: text } });
    await writesNothing(async () => {
      expect(refused(await progress(police))).toMatchObject({ code: "FORBIDDEN", field: "input.supervisionId" }); // not handling it
      expect(refused(await progress(national))).toMatchObject({ code: "FORBIDDEN", field: "input.supervisionId" });
      expect(refused(await progress(saicSh))).toMatchObject({ code: "NOT_FOUND", field: "input.supervisionId" });
    });
    at("2017-11-10T09:00:00");
    const first = must(await progress(saic)).reportSupervisionProgress;
    expect(first).toMatchObject({ nextProgressDueAt: "2017-12-10T15:59:59.999Z", progressOverdue: false, progressReports: [{ agency: "SAIC", late: false }] });

    at("2017-12-11T09:00:00");
    const late = must(await p.query(national, `{ supervisions(filter: { progressOverdue: true }) { edges { node { id progressOverdue overdue } } } }`)).supervisions.edges;
    expect(late).toEqual([{ node: { id: ids.supervision, progressOverdue: true, overdue: false } }]);
    const second = must(await progress(saic, "已移送公安机关")).reportSupervisionProgress;
    expect(second).toMatchObject({ nextProgressDueAt: "2018-01-10T15:59:59.999Z", progressOverdue: false });
    expect(second.progressReports.map((r: any) => r.late)).toEqual([false, true]);

    at("2018-01-01T08:00:00");
    const overdue = must(await p.query(gdOffice, `{ supervisions(filter: { overdue: true }) { totalCount edges { node { id overdue } } } }`)).supervisions;
    expect(overdue).toEqual({ totalCount: 1, edges: [{ node: { id: ids.supervision, overdue: true } }] });
  });

  test("an open supervision waits in the handling agency's inbox for its next progress report", async () => {
    const saicInbox = must(await p.query(saic, INBOX, {})).inbox;
    expect(saicInbox.progressReportsDue.items).toEqual([{ id: ids.supervision, dueAt: "2018-01-10T15:59:59.999Z", overdue: false }]);
    expect(saicInbox.items.map((i: any) => i.kind)).toContain("progressReportsDue");
    expect(must(await p.query(police, INBOX, {})).inbox.progressReportsDue.items).toEqual([]);
  });

  test("the office that opened it (or the national office) closes it with its result", async () => {
    const close = (who: Caller) => p.query(who, CLOSE, { input: { supervisionId: ids.supervision, outcome: "CONCLUDED", result: "已移送并判决，督办结束" } });
    await writesNothing(async () => {
      expect(refused(await close(gdOffice))).toMatchObject({ code: "FORBIDDEN", field: "input.supervisionId" }); // opened nationally
      expect(refused(await close(saic))).toMatchObject({ code: "FORBIDDEN" });
    });
    const closed = must(await close(national)).closeSupervision;
    expect(closed).toMatchObject({ status: "CLOSED", outcome: "CONCLUDED", closedAt: "2018-01-01T00:00:00.000Z", nextProgressDueAt: null, overdue: false, progressOverdue: false });
    await writesNothing(async () => {
      expect(refused(await close(national))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });
      expect(refused(await p.query(saic, PROGRESS, { input: { supervisionId: ids.supervision, progress: "补充" } }))).toMatchObject({ code: "BAD_USER_INPUT" });
    });
    // a provincial office supervises inside its province, before passing the report up, and withdraws it itself
    const provincial = must(await p.query(gdOffice, OPEN, { input: { reportId: ids.clusterReport, dueOn: "2018-03-31", instructions: "省办督办" } })).openSupervision;
    expect(provincial.officeRegion).toBe("440000");
    const withdrawn = must(await p.query(gdOffice, CLOSE, { input: { supervisionId: provincial.id, outcome: "WITHDRAWN", result: "已并入全国督办" } })).closeSupervision;
    expect(withdrawn.status).toBe("CLOSED");
  });

  test("a supervised case traces both ways, with the full history", async () => {
    const fromCase = must(await p.query(national, `query($id: ID!) { saicCase(id: $id) { caseNumber majorCaseReports {
      id status supervisions { status outcome progressReports { progress } } } } }`, { id: ids.big })).saicCase;
    expect(fromCase.majorCaseReports).toEqual([{
      id: ids.bigReport, status: "FORWARDED",
      supervisions: [{ status: "CLOSED", outcome: "CONCLUDED", progressReports: [{ progress: "已查明上游工厂两处" }, { progress: "已移送公安机关" }] }],
    }]);
    const back = must(await p.query(national, `query($id: ID!) { majorCaseReport(id: $id) { underSupervision
      case { ... on SaicCase { id caseNumber amountInvolved majorCaseReports { id } } }
      events { kind agency actorRegion actor note supervisionId } } }`, { id: ids.bigReport })).majorCaseReport;
    expect(back.case).toEqual({ id: ids.big, caseNumber: "深市监-重大-1", amountInvolved: "1500000.00", majorCaseReports: [{ id: ids.bigReport }] });
    expect(back.underSupervision).toBe(false);
    expect(back.events.map((e: any) => [e.kind, e.agency, e.actorRegion, e.actor])).toEqual([
      ["REPORTED", "SAIC", "440300", "saic-sz"],
      ["FORWARDED", "OFFICE", "440000", "office-gd"],
      ["SUPERVISION_OPENED", "OFFICE", "000000", "office-national"],
      ["PROGRESS_REPORTED", "SAIC", "440300", "saic-sz"],
      ["PROGRESS_REPORTED", "SAIC", "440300", "saic-sz"],
      ["SUPERVISION_CLOSED", "OFFICE", "000000", "office-national"],
    ]);
    expect(back.events[1].note).toBe("请全国办掌握");
    expect(back.events[2]).toMatchObject({ note: "限期查清上下游，依法移送", supervisionId: ids.supervision });

    const criminal = must(await p.query(police, `query($id: ID!) { criminalCase(id: $id) { majorCaseReports { id agency case { ... on CriminalCase { id } } } } }`, { id: ids.criminal })).criminalCase;
    expect(criminal.majorCaseReports).toEqual([{ id: ids.criminalReport, agency: "POLICE", case: { id: ids.criminal } }]);
    const court = must(await p.query(courts, `query($id: ID!) { courtCase(id: $id) { majorCaseReports { id } } }`, { id: ids.court })).courtCase;
    expect(court.majorCaseReports).toEqual([{ id: ids.courtReport }]);
    // another province sees neither the reports nor their supervisions
    expect(must(await p.query(shOffice, `{ majorCaseReports { totalCount } supervisions { totalCount } }`))).toEqual({ majorCaseReports: { totalCount: 0 }, supervisions: { totalCount: 0 } });
    expect(must(await p.query(shOffice, `query($id: ID!) { majorCaseReport(id: $id) { id } }`, { id: ids.bigReport })).majorCaseReport).toBeNull();
  });
});
