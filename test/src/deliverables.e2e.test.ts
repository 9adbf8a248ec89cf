import { Workbook } from "exceljs";
import { makeCreditCode } from "@ipr/shared";
import { startPlatform, token, type Caller, type Platform } from "./platform";
import { SUBGRAPHS } from "@ipr/infra";
import { M } from "./chain";
import { pdfText } from "@ipr/gateway/testing";

/*
 * The campaign's deliverables through the gateway, on the subgraphs' own clock (2017): the
 * implementation plan (due 2017-09-10), the narrative of October (due 2017-11-15) and the year-end
 * special work report (due 2017-12-31) with the monthly table's lines frozen from every agency, then
 * their exports (CSV, XLSX, and the report's PDF read back as text).
 */

let p: Platform;
let base: string;
let now = new Date("2017-09-07T10:00:00+08:00");
const at = (iso: string) => (now = new Date(iso));

const GD = { agency: "OFFICE", region: "440000", sub: "gd-office" };
const ZJ = { agency: "OFFICE", region: "330000" };
const NATIONAL = { agency: "OFFICE", region: "000000" };
const SZ_SAIC = { agency: "SAIC", region: "440300" };

const PLAN = { region: "440000", measures: ["建立外商投资企业投诉快速处理机制", "开展集中执法检查"], responsibleAgencies: ["SAIC", "CUSTOMS", "POLICE"], contacts: [{ name: "王芳", role: "省打假办综合处", phone: "020-83330000" }] };
const SUBMIT_PLAN = `mutation($i: SubmitImplementationPlanInput!) { submitImplementationPlan(input: $i) { version submittedOn } }`;
const AMEND_PLAN = `mutation($i: AmendImplementationPlanInput!) { amendImplementationPlan(input: $i) { version reason } }`;
const SUBMIT_WP = `mutation($i: SubmitWorkProgressInput!) { submitWorkProgress(input: $i) { version } }`;
const AMEND_WP = `mutation($i: AmendWorkProgressInput!) { amendWorkProgress(input: $i) { version } }`;
const SUBMIT_SR = `mutation($i: SubmitSpecialWorkReportInput!) { submitSpecialWorkReport(input: $i) {
  version months { period figures { trademarkCases { cases amountInvolved } } } totals { trademarkCases { cases amountInvolved } } typicalCases { title } } }`;
const AMEND_SR = `mutation($i: AmendSpecialWorkReportInput!) { amendSpecialWorkReport(input: $i) { version totals { trademarkCases { cases amountInvolved } } } }`;
const LATE = `query($d: Deliverable, $p: String) { deliverablesLateOrMissing(deliverable: $d, period: $p) { deliverable region period status } }`;

const must = (res: { errors?: unknown; data?: any }) => {
  expect(res.errors).toBeUndefined();
  return res.data;
};
const refused = (res: { errors?: any[]; data?: any }, code: string, field?: string) => {
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0].extensions?.code).toBe(code);
  if (field !== undefined) expect(res.errors?.[0].extensions?.field).toBe(field);
  return res.errors![0].message as string;
};

async function rows(table: string): Promise<number> {
  const res = await p.subgraphs.office.db.orm.em.getConnection().execute(`select count(*) as n from office.${table}`);
  return Number(res[0].n);
}

async function get(path: string, who: Caller | null) {
  const headers: Record<string, string> = who && !("authorization" in who) ? { authorization: `Bearer ${await token(who.agency, who.region)}` } : {};
  return fetch(`${base}${path}`, { headers });
}

let creditCode: string;
let decemberCase: string;
const openCase = async (n: number, openedOn: string, amountInvolved: string) =>
  must(await p.query(SZ_SAIC, M.saicCase, {
    input: { caseNumber: `深工商-${n}`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn, rightHolderCreditCode: creditCode, foreignInvested: true, amountInvolved },
  }));

beforeAll(async () => {
  p = await startPlatform(SUBGRAPHS, { clock: () => now });
  base = p.gateway.url.replace(/\/graphql$/, "");
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

describe("the implementation plan (due 2017-09-10)", () => {
  test("not before the campaign starts; on time on the 10th; a second submission refused; amended", async () => {
    refused(await p.query(GD, SUBMIT_PLAN, { i: PLAN }), "BAD_USER_INPUT", "input");
    at("2017-09-10T21:00:00+08:00");
    expect(must(await p.query(GD, SUBMIT_PLAN, { i: PLAN })).submitImplementationPlan).toEqual({ version: 1, submittedOn: "2017-09-10" });
    expect(refused(await p.query(GD, SUBMIT_PLAN, { i: PLAN }), "BAD_USER_INPUT", "input.region")).toMatch(/amendImplementationPlan/);
    at("2017-09-20T10:00:00+08:00");
    expect(must(await p.query(GD, AMEND_PLAN, { i: { ...PLAN, measures: [...PLAN.measures, "加强进出口环节监管"], reason: "补充海关措施" } })).amendImplementationPlan)
      .toEqual({ version: 2, reason: "补充海关措施" });
    const plan = must(await p.query(NATIONAL, `{ implementationPlan(region: "440000") { status dueOn current { version measures responsibleAgencies } versions { version } } }`));
    expect(plan.implementationPlan).toEqual({
      status: "SUBMITTED", dueOn: "2017-09-10", current: { version: 2, measures: [...PLAN.measures, "加强进出口环节监管"], responsibleAgencies: PLAN.responsibleAgencies },
      versions: [{ version: 1 }, { version: 2 }],
    });
  });

  test("refusals write nothing: another unit's plan, another agency, a city, a hostile value", async () => {
    const before = await rows("implementation_plan_version");
    refused(await p.query(ZJ, SUBMIT_PLAN, { i: PLAN }), "FORBIDDEN", "input.region");
    refused(await p.query(NATIONAL, SUBMIT_PLAN, { i: PLAN }), "FORBIDDEN", "input.region");
    refused(await p.query({ agency: "SAIC", region: "440000" }, SUBMIT_PLAN, { i: PLAN }), "FORBIDDEN");
    refused(await p.query({ agency: "OFFICE", region: "440300" }, SUBMIT_PLAN, { i: { ...PLAN, region: "440300" } }), "BAD_USER_INPUT", "input.region");
    refused(await p.query(ZJ, SUBMIT_PLAN, { i: { ...PLAN, region: "330000", contacts: [{ name: "李\u0000强", role: "处长", phone: "12345" }] } }), "BAD_USER_INPUT");
    refused(await p.query(ZJ, SUBMIT_PLAN, { i: { ...PLAN, region: "330000", responsibleAgencies: ["SAIC", "SAIC"] } }), "BAD_USER_INPUT", "input.responsibleAgencies[1]");
    expect(await rows("implementation_plan_version")).toBe(before);
  });

  test("the units without a plan are OVERDUE; one sent late is LATE", async () => {
    must(await p.query(ZJ, SUBMIT_PLAN, { i: { ...PLAN, region: "330000" } }));
    const late = must(await p.query(NATIONAL, LATE, { d: "IMPLEMENTATION_PLAN" })).deliverablesLateOrMissing;
    expect(late).toHaveLength(31);
    expect(late.find((r: any) => r.region === "330000")).toEqual({ deliverable: "IMPLEMENTATION_PLAN", region: "330000", period: null, status: "LATE" });
  });
});

describe("the monthly narrative (工作推进情况)", () => {
  test("October's, with the table: on time, second submission refused, amended; shown on the monthly table", async () => {
    at("2017-11-10T10:00:00+08:00");
    refused(await p.query(GD, SUBMIT_WP, { i: { region: "440000", period: "2017-11", narrative: "推进中" } }), "BAD_USER_INPUT", "input.period");
    refused(await p.query(GD, SUBMIT_WP, { i: { region: "440000", period: "2017-10", narrative: "   " } }), "BAD_USER_INPUT", "input.narrative");
    must(await p.query(GD, SUBMIT_WP, { i: { region: "440000", period: "2017-10", narrative: "10月全省开展集中行动。" } }));
    expect(refused(await p.query(GD, SUBMIT_WP, { i: { region: "440000", period: "2017-10", narrative: "又一次" } }), "BAD_USER_INPUT", "input.period")).toMatch(/amendWorkProgress/);
    expect(must(await p.query(GD, AMEND_WP, { i: { region: "440000", period: "2017-10", narrative: "10月全省开展集中行动，查处案件2起。", reason: "补充数字" } })).amendWorkProgress).toEqual({ version: 2 });
    const table = must(await p.query(NATIONAL, `{ monthlyReport(region: "440000", period: "2017-10") { status workProgress { status dueOn current { version narrative } } } }`));
    expect(table.monthlyReport.workProgress).toEqual({ status: "SUBMITTED", dueOn: "2017-11-15", current: { version: 2, narrative: "10月全省开展集中行动，查处案件2起。" } });
    at("2017-11-16T10:00:00+08:00");
    const late = must(await p.query(NATIONAL, LATE, { d: "WORK_PROGRESS", p: "2017-10" })).deliverablesLateOrMissing;
    expect(late.map((r: any) => r.region)).not.toContain("440000");
    expect(late).toHaveLength(31);
  });
});

describe("the year-end special work report (due 2017-12-31)", () => {
  let typicalOct: string;
  let typicalAug: string;

  beforeAll(async () => {
    at("2017-11-16T10:00:00+08:00");
    creditCode = makeCreditCode("440300", 77_001);
    must(await p.query(SZ_SAIC, M.register, { input: { creditCode, name: "深圳某外资电子有限公司", foreignInvested: true, investorCountry: "JP", region: "440300" } }));
    await openCase(1, "2017-10-09", "86000.00");
    const typical = async (period: string, title: string) =>
      must(await p.query(GD, `mutation($i: ReportTypicalCaseInput!) { reportTypicalCase(input: $i) { id } }`, {
        i: { region: "440300", period, agency: "SAIC", title, summary: "查处假冒外资品牌耳机，涉案金额86000元" },
      })).reportTypicalCase.id as string;
    typicalOct = await typical("2017-10", "深圳查处假冒某外资品牌耳机案");
    typicalAug = await typical("2017-08", "八月的案例");
  });

  test("not before the summary phase opens (2017-12-01)", async () => {
    refused(await p.query(GD, SUBMIT_SR, { i: { region: "440000", narrative: "总结" } }), "BAD_USER_INPUT", "input");
  });

  test("submitted on the 28th: every agency's lines of September to December frozen, totals, typical cases", async () => {
    at("2017-12-28T10:00:00+08:00");
    refused(await p.query(GD, SUBMIT_SR, { i: { region: "440000", narrative: "总结", typicalCaseIds: [typicalAug] } }), "BAD_USER_INPUT", "input.typicalCaseIds[0]");
    refused(await p.query(GD, SUBMIT_SR, { i: { region: "440000", narrative: "\u0007" } }), "BAD_USER_INPUT", "input.narrative");
    expect(await rows("special_work_report_version")).toBe(0);
    const v = must(await p.query(GD, SUBMIT_SR, { i: { region: "440000", narrative: "一、组织领导\n广东省全面开展外商投资企业知识产权保护行动。", typicalCaseIds: [typicalOct] } }))
      .submitSpecialWorkReport;
    expect(v.months.map((m: any) => [m.period, m.figures.trademarkCases])).toEqual([
      ["2017-09", { cases: 0, amountInvolved: "0.00" }],
      ["2017-10", { cases: 1, amountInvolved: "86000.00" }],
      ["2017-11", { cases: 0, amountInvolved: "0.00" }],
      ["2017-12", { cases: 0, amountInvolved: "0.00" }],
    ]);
    expect(v).toMatchObject({ version: 1, totals: { trademarkCases: { cases: 1, amountInvolved: "86000.00" } }, typicalCases: [{ title: "深圳查处假冒某外资品牌耳机案" }] });
  });

  test("a second submission is refused; a case opened since changes only the amendment's frozen figures", async () => {
    expect(refused(await p.query(GD, SUBMIT_SR, { i: { region: "440000", narrative: "再交一次" } }), "BAD_USER_INPUT", "input.region")).toMatch(/amendSpecialWorkReport/);
    refused(await p.query(ZJ, AMEND_SR, { i: { region: "440000", narrative: "改", reason: "改" } }), "FORBIDDEN", "input.region");
    decemberCase = (await openCase(2, "2017-12-05", "14000.00")).createSaicCase.id;
    at("2018-01-05T10:00:00+08:00");
    const amended = must(await p.query(GD, AMEND_SR, { i: { region: "440000", narrative: "一、组织领导（更正）", reason: "补充12月案件", typicalCaseIds: [typicalOct] } }));
    expect(amended.amendSpecialWorkReport).toEqual({ version: 2, totals: { trademarkCases: { cases: 2, amountInvolved: "100000.00" } } });
    const report = must(await p.query(NATIONAL, `{ specialWorkReport(region: "440000") { status submittedAt versions { version totals { trademarkCases { cases } } } } }`));
    expect(report.specialWorkReport).toEqual({
      status: "SUBMITTED", submittedAt: "2017-12-28T02:00:00.000Z",
      versions: [{ version: 1, totals: { trademarkCases: { cases: 1 } } }, { version: 2, totals: { trademarkCases: { cases: 2 } } }],
    });
    const late = must(await p.query(NATIONAL, LATE, { d: "SPECIAL_WORK_REPORT" })).deliverablesLateOrMissing;
    expect(late).toHaveLength(31);
    expect(late.every((r: any) => r.status === "OVERDUE")).toBe(true);
    refused(await p.query({ agency: "SAIC", region: "000000" }, LATE, {}), "FORBIDDEN");
  });
});

describe("exports", () => {
  test("the special work report as a PDF in Chinese: headings, unit and frozen figures read back; each version; refusals", async () => {
    const res = await get("/reports/special-work-report.pdf?region=440000", NATIONAL);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="special-work-report-440000-v2.pdf"');
    const text = await pdfText(Buffer.from(await res.arrayBuffer()));
    for (const wanted of ["外商投资企业知识产权保护行动专项工作报告", "一、工作总结", "二、案件查处情况", "三、查处典型案例", "广东省", "一、组织领导（更正）", "侵犯商标权案件（件）", "100000.00", "深圳查处假冒某外资品牌耳机案"])
      expect(text).toContain(wanted);
    const first = await pdfText(Buffer.from(await (await get("/reports/special-work-report.pdf?region=440000&version=1", GD)).arrayBuffer()));
    expect(first).toContain("第1版（报送）");
    expect(first).toContain("86000.00");
    expect(first).not.toContain("100000.00");
    expect((await get("/reports/special-work-report.pdf?region=440000&version=3", NATIONAL)).status).toBe(404);
    expect((await get("/reports/special-work-report.pdf?region=330000", NATIONAL)).status).toBe(404);
    expect((await get("/reports/special-work-report.pdf?region=440000", null)).status).toBe(401);
    expect((await get("/reports/special-work-report.pdf?region=440000", { agency: "SAIC", region: "330000" })).status).toBe(403);
    expect((await get("/reports/special-work-report.csv?region=440000&version=x", NATIONAL)).status).toBe(400);
  }, 60_000);

  test("the special work report as CSV and XLSX", async () => {
    const csv = await (await get("/reports/special-work-report.csv?region=440000", GD)).text();
    expect(csv).toContain("行政执法部门,侵犯商标权案件（件）,0,1,0,1,2\r\n");
    const wb = new Workbook();
    await wb.xlsx.load((await (await get("/reports/special-work-report.xlsx?region=440000", GD)).arrayBuffer()) as never);
    const found: unknown[][] = [];
    wb.getWorksheet("专项工作报告")!.eachRow((row) => {
      if (row.getCell(2).value === "侵犯商标权案件（涉案金额，元）") found.push([3, 4, 5, 6, 7].map((c) => row.getCell(c).value));
    });
    expect(found).toEqual([[0, 86000, 0, 14000, 100000]]);
  });

  test("a correction after submission: differences in both scopes through the gateway and in every export; the frozen figures stay", async () => {
    const DIFF = `{ specialWorkReport(region: "440000") { differences { period scope line measure submitted live } } }`;
    expect(must(await p.query(NATIONAL, DIFF)).specialWorkReport.differences).toEqual([]);
    at("2018-01-08T10:00:00+08:00");
    must(await p.query(SZ_SAIC, `mutation($input: CorrectSaicCaseInput!) { correctSaicCase(input: $input) { id } }`, {
      input: { id: decemberCase, reason: "涉案金额按价格认定结论书更正", amountInvolved: "15000.50" },
    }));
    const changed = [
      { period: "2017-12", scope: "FOREIGN_INVESTED", line: "trademarkCases", measure: "amountInvolved", submitted: "14000.00", live: "15000.50" },
      { period: "2017-12", scope: "ALL", line: "trademarkCases", measure: "amountInvolved", submitted: "14000.00", live: "15000.50" },
    ];
    expect(must(await p.query(NATIONAL, DIFF)).specialWorkReport.differences).toEqual(expect.arrayContaining(changed));
    const csv = await (await get("/reports/special-work-report.csv?region=440000", GD)).text();
    expect(csv).toContain("2017年12月,外商投资企业为权利人的案件,行政执法部门,侵犯商标权案件（涉案金额，元）,14000.00,15000.50\r\n");
    expect(csv).toContain("2017年12月,全部案件,行政执法部门,侵犯商标权案件（涉案金额，元）,14000.00,15000.50\r\n");
    // the frozen figures did not move: both scopes still print what was submitted
    expect(csv.match(/行政执法部门,侵犯商标权案件（涉案金额，元）,0\.00,86000\.00,0\.00,14000\.00,100000\.00\r\n/g)).toHaveLength(2);
    const wb = new Workbook();
    await wb.xlsx.load((await (await get("/reports/special-work-report.xlsx?region=440000", GD)).arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["专项工作报告", "全部案件", "报送后数据变化"]);
    const diff: unknown[][] = [];
    wb.getWorksheet("报送后数据变化")!.eachRow((row) => row.getCell(1).value === "2017年12月" && diff.push([2, 5, 6].map((c) => row.getCell(c).value)));
    expect(diff).toEqual(expect.arrayContaining([["外商投资企业为权利人的案件", 14000, 15000.5], ["全部案件", 14000, 15000.5]]));
    const pdf = await pdfText(Buffer.from(await (await get("/reports/special-work-report.pdf?region=440000", NATIONAL)).arrayBuffer()));
    for (const wanted of ["全部案件，报送时冻结的数据", "四、报送后数据变化", "15000.50"]) expect(pdf).toContain(wanted);
  }, 60_000);

  test("implementation plans and October's narratives as CSV and XLSX, each unit of the caller's region", async () => {
    const plans = await (await get("/reports/implementation-plans.csv", NATIONAL)).text();
    expect(plans).toContain("广东省,已报送（SUBMITTED），应于 2017-09-10 前报送,2017-09-10 21:00,第2版（更正：补充海关措施）");
    expect(plans).toContain("浙江省,逾期报送（LATE）");
    expect(plans).toContain("新疆维吾尔自治区,逾期未报（OVERDUE）");
    const own = await (await get("/reports/implementation-plans.csv", GD)).text();
    expect(own).not.toContain("浙江省");
    const wb = new Workbook();
    await wb.xlsx.load((await (await get("/reports/work-progress.xlsx?period=2017-10", NATIONAL)).arrayBuffer()) as never);
    const narratives = new Map<string, string>();
    wb.getWorksheet("工作推进情况")!.eachRow((row) => narratives.set(String(row.getCell(1).value), String(row.getCell(5).value)));
    expect(narratives.get("广东省")).toBe("10月全省开展集中行动，查处案件2起。");
    expect((await get("/reports/work-progress.csv?period=2018-03", NATIONAL)).status).toBe(400);
  });
});
