import pg from "pg";
import { makeCreditCode } from "@ipr/shared";
import { countStatements, startPlatform, type Platform } from "./platform";
import { M, runFullChain, today } from "./chain";

/*
 * Submitting the monthly table through the real gateway, with every agency subgraph answering for
 * its own lines. The clock is real: October 2017 is long overdue (so its submissions are LATE), and
 * last month's expected status is computed from today's date, so the assertions hold on any day.
 */

let p: Platform;
let db: pg.Client;
let typicalCaseId: string;

const THIS_MONTH = today().slice(0, 7);
const LAST_MONTH = (() => {
  const [y, m] = THIS_MONTH.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
})();
/** Last month's table is due on the 15th of this month. */
const LAST_MONTH_DUE = `${THIS_MONTH}-15`;

const GD_OFFICE = { agency: "OFFICE", region: "440000", sub: "gd-office-1" };
const XJ_OFFICE = { agency: "OFFICE", region: "650000" };
const SH_OFFICE = { agency: "OFFICE", region: "310000" };
const NATIONAL = { agency: "OFFICE", region: "000000" };

const CASE_TALLY = "{ cases amountInvolved }";
const LINES = `tradeSecretCases ${CASE_TALLY} trademarkCases ${CASE_TALLY} patentCases ${CASE_TALLY} copyrightCases ${CASE_TALLY} plantVarietyCases ${CASE_TALLY}
  police { casesFiled suspectsCaught amountInvolved } procuratorate { arrestApprovedCases arrestApprovedPersons prosecutedCases prosecutedPersons }
  customs { seizures quantity goodsValue amountInvolved } postal { interceptions items crossBorder amountInvolved }
  courts { casesFiled criminalCasesFiled judgments defendantsSentenced }`;
const VERSION = `id region period scope version reason submittedAt submittedOn submittedBy typicalCases { id title } figures { ${LINES} }`;
const SUBMIT = `mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { ${VERSION} report { status dueOn submittedAt ${LINES} differences { line measure submitted live } } } }`;
const AMEND = `mutation($i: AmendMonthlyReportInput!) { amendMonthlyReport(input: $i) { ${VERSION} } }`;
const REPORT = `query($r: String!, $p: String!) { monthlyReport(region: $r, period: $p) {
  status submittedAt ${LINES}
  submission { version figures { ${LINES} } }
  submissions { version reason submittedBy }
  differences { line measure submitted live } } }`;
const LATE = `query($p: String!) { lateOrMissingReports(period: $p) { region status } }`;

const rows = async () => Number((await db.query("select count(*)::int as n from office.monthly_report_submission")).rows[0].n);
function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

beforeAll(async () => {
  p = await startPlatform();
  db = new pg.Client({ connectionString: p.databaseUrl });
  await db.connect();
  // admin cases in 2017-10 in Shenzhen (their criminal chains are dated today)
  await runFullChain(p, "SAIC_CASE", "440300");
  await runFullChain(p, "PATENT_CASE", "440300");
  const tc = must(await p.query(GD_OFFICE, `mutation($i: ReportTypicalCaseInput!) { reportTypicalCase(input: $i) { id } }`, {
    i: { region: "440300", period: "2017-10", agency: "SAIC", campaign: "FOREIGN_INVESTED_IP_2017", title: "深圳查处假冒某外资品牌商品案", summary: "涉案金额26万元，已移送公安机关。" },
  }));
  typicalCaseId = tc.reportTypicalCase.id;
});
afterAll(async () => {
  await db?.end();
  await p?.stop();
});

describe("submitting the monthly table through the gateway", () => {
  let submitted: any;

  test("Guangdong submits October 2017 (late: it was due on 2017-11-15); the snapshot is the live table at submission", async () => {
    const res = await p.query(GD_OFFICE, SUBMIT, { i: { region: "440000", period: "2017-10", typicalCaseIds: [typicalCaseId] } });
    expect(res.errors).toBeUndefined();
    submitted = res.data.submitMonthlyReport;
    const { status, dueOn, submittedAt, differences, ...live } = submitted.report;
    expect(submitted).toMatchObject({ region: "440000", period: "2017-10", scope: "FOREIGN_INVESTED", version: 1, reason: null, submittedBy: "gd-office-1" });
    expect(submitted.typicalCases).toEqual([{ id: typicalCaseId, title: "深圳查处假冒某外资品牌商品案" }]);
    expect([today(), submitted.submittedOn]).toContain(submitted.submittedOn);
    expect({ status, dueOn, submittedAt, differences }).toEqual({ status: "LATE", dueOn: "2017-11-15", submittedAt: submitted.submittedAt, differences: [] });
    expect(submitted.figures).toEqual(live);
    expect(submitted.figures.trademarkCases).toEqual({ cases: 1, amountInvolved: "260000.00" });
    expect(submitted.figures.patentCases).toEqual({ cases: 1, amountInvolved: "260000.00" });
  });

  test("a case opened later changes the live table, not the submitted one; differences names exactly what changed", async () => {
    const saic = { agency: "SAIC", region: "440000" };
    const holder = makeCreditCode("440300", 77_001);
    must(await p.query(saic, M.register, { input: { creditCode: holder, name: "补录外资企业", foreignInvested: true, investorCountry: "JP", region: "440300" } }));
    must(await p.query(saic, M.saicCase, {
      input: { caseNumber: "深市监处字〔2017〕补1号", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn: "2017-10-30",
        rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "50000.00" },
    }));
    const report = must(await p.query(NATIONAL, REPORT, { r: "440000", p: "2017-10" })).monthlyReport;
    expect(report.trademarkCases).toEqual({ cases: 2, amountInvolved: "310000.00" });
    expect(report.submission).toEqual({ version: 1, figures: submitted.figures });
    expect(report.differences).toEqual([
      { line: "trademarkCases", measure: "cases", submitted: "1", live: "2" },
      { line: "trademarkCases", measure: "amountInvolved", submitted: "260000.00", live: "310000.00" },
    ]);
    expect(report.status).toBe("LATE");
  });

  test("a table of zeros is a valid submission (Xinjiang, October 2017)", async () => {
    const res = await p.query(XJ_OFFICE, SUBMIT, { i: { region: "650000", period: "2017-10" } });
    expect(res.errors).toBeUndefined();
    const s = res.data.submitMonthlyReport;
    const { status, dueOn: _d, submittedAt: _s, differences, ...live } = s.report;
    expect(s.figures).toEqual(live);
    expect(s.figures.trademarkCases).toEqual({ cases: 0, amountInvolved: "0.00" });
    expect(s.figures.police).toEqual({ casesFiled: 0, suspectsCaught: 0, amountInvolved: "0.00" });
    expect({ status, differences, typicalCases: s.typicalCases }).toEqual({ status: "LATE", differences: [], typicalCases: [] });
  });

  test("a second submission is refused; an amendment with a reason is version 2, and both versions are listed", async () => {
    const before = await rows();
    const again = await p.query(GD_OFFICE, SUBMIT, { i: { region: "440000", period: "2017-10" } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.period" });
    expect(await rows()).toBe(before);

    const amended = must(await p.query(GD_OFFICE, AMEND, {
      i: { region: "440000", period: "2017-10", reason: "补报10月30日立案的商标案件", typicalCaseIds: [typicalCaseId] },
    })).amendMonthlyReport;
    expect(amended).toMatchObject({ version: 2, reason: "补报10月30日立案的商标案件" });
    expect(amended.figures.trademarkCases).toEqual({ cases: 2, amountInvolved: "310000.00" });
    const report = must(await p.query(NATIONAL, REPORT, { r: "440000", p: "2017-10" })).monthlyReport;
    expect(report.submissions).toEqual([
      { version: 1, reason: null, submittedBy: "gd-office-1" },
      { version: 2, reason: "补报10月30日立案的商标案件", submittedBy: "gd-office-1" },
    ]);
    expect(report.submission.version).toBe(2);
    expect(report.submittedAt).toBe(submitted.submittedAt); // the first submission dates the table
    expect(report.differences).toEqual([]);
    expect(await rows()).toBe(before + 1);
  });

  test("last month can be submitted now; its status follows today's date; this month cannot be submitted yet", async () => {
    const s = must(await p.query(SH_OFFICE, SUBMIT, { i: { region: "310000", period: LAST_MONTH } })).submitMonthlyReport;
    expect(s.report.status).toBe(s.submittedOn <= LAST_MONTH_DUE ? "SUBMITTED" : "LATE");
    expect(s.report.dueOn).toBe(LAST_MONTH_DUE);
    expect(s.figures).toEqual((({ status: _s, dueOn: _d, submittedAt: _a, differences: _x, ...live }) => live)(s.report));
    const before = await rows();
    const current = await p.query(SH_OFFICE, SUBMIT, { i: { region: "310000", period: THIS_MONTH } });
    expect(current.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.period" });
    expect(await rows()).toBe(before);
  });

  test("late or missing: every unit for October 2017; for last month, depending on whether the 15th has passed", async () => {
    const oct = must(await p.query(NATIONAL, LATE, { p: "2017-10" })).lateOrMissingReports;
    expect(oct).toHaveLength(32);
    expect(oct.filter((r: any) => r.status === "LATE").map((r: any) => r.region)).toEqual(["440000", "650000"]);
    const last = must(await p.query(NATIONAL, LATE, { p: LAST_MONTH })).lateOrMissingReports;
    // before or on the 15th: the others are DUE (not listed) and Shanghai's is on time; after it: all OVERDUE, Shanghai LATE
    expect(last).toHaveLength(today() <= LAST_MONTH_DUE ? 0 : 32);
    expect(must(await p.query(GD_OFFICE, LATE, { p: "2017-10" })).lateOrMissingReports).toEqual([{ region: "440000", status: "LATE" }]);
    const saic = await p.query({ agency: "SAIC", region: "000000" }, LATE, { p: "2017-10" });
    expect(saic.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  test.each([
    ["SAIC of the unit", { agency: "SAIC", region: "440000" }, "440000", "FORBIDDEN", undefined],
    ["another province's office", { agency: "OFFICE", region: "330000" }, "440000", "FORBIDDEN", "input.region"],
    ["the national office on a unit's behalf", NATIONAL, "330000", "FORBIDDEN", "input.region"],
    ["an unknown region", { agency: "OFFICE", region: "330000" }, "990000", "BAD_USER_INPUT", "input.region"],
  ])("refused: %s; nothing written", async (_what, who, region, code, field) => {
    const before = await rows();
    const res = await p.query(who, SUBMIT, { i: { region, period: "2017-11" } });
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.errors?.[0].extensions?.field).toBe(field);
    expect(await rows()).toBe(before);
  });

  test("a period not YYYY-MM or in the future is refused", async () => {
    for (const period of ["2017-13", "2099-01"]) {
      const res = await p.query({ agency: "OFFICE", region: "330000" }, SUBMIT, { i: { region: "330000", period } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.period" });
    }
  });

  test("national totals are for the national office only", async () => {
    const q = `{ monthlyReport(region: "000000", period: "2017-10") { status trademarkCases { cases } } }`;
    expect(must(await p.query(NATIONAL, q)).monthlyReport.trademarkCases.cases).toBe(2);
    const res = await p.query({ agency: "SAIC", region: "000000" }, q);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "region" });
    expect(res.data).toBeNull();
  });

  test("differences of any number of tables: one peer call (one SQL statement) per agency, one statement in office", async () => {
    const one = await countStatements(p, async () => must(await p.query(NATIONAL, `{ monthlyReport(region: "440000", period: "2017-10") { differences { line } } }`)));
    let many: any;
    const all = await countStatements(p, async () => (many = must(await p.query(NATIONAL, `{ monthlyReports(from: "2017-10", to: "2017-10") { region status submission { version } differences { line } } }`))));
    expect(many.monthlyReports).toHaveLength(32);
    expect(all).toEqual(one);
    for (const agency of ["saic", "ipo", "press", "agriculture", "customs", "postal", "police", "procuratorate", "courts"]) expect(all[agency]).toBe(1);
    expect(all.office).toBe(1);
  });
});
