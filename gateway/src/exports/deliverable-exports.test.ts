import { Workbook } from "exceljs";
import { BOM } from "./csv";
import { HEADINGS, PLANS_TITLE, SHEETS, SPECIAL_REPORT_TITLE, plansDocument, specialReportDocument } from "./deliverable-documents";
import { documentCsv, documentXlsx } from "./deliverable-files";
import { documentPdf } from "./special-report-pdf";
import { pickVersion, type PlanVersion, type SpecialReport, type SpecialReportVersion } from "./deliverables-model";
import { LINES } from "./model";
import { pdfText } from "../testing";


const zero = () => Object.fromEntries(LINES.map((l) => [l.line, Object.fromEntries(l.measures.map((m) => [m.measure, m.kind === "count" ? 0 : "0.00"]))]));
const month = (period: string, cases: number, amountInvolved = "1000.50") => ({ period, figures: { ...zero(), trademarkCases: { cases, amountInvolved } } });
const VERSION: SpecialReportVersion = {
  version: 2, submittedAt: "2018-01-05T02:00:00.000Z", reason: "补充12月数据",
  narrative: "一、加强组织领导。\n二、=严厉打击侵权假冒。",
  months: [month("2017-09", 9), month("2017-10", 10), month("2017-11", 11), month("2017-12", 12)],
  totals: { ...zero(), trademarkCases: { cases: 42, amountInvolved: "4002.00" } },
  allMonths: [month("2017-09", 19, "2000.00"), month("2017-10", 20, "2000.00"), month("2017-11", 21, "2000.00"), month("2017-12", 22, "2000.00")],
  allTotals: { ...zero(), trademarkCases: { cases: 82, amountInvolved: "8000.00" } },
  typicalCases: [{ agency: "SAIC", title: "广州查处假冒某外资品牌化妆品案", summary: "涉案金额86000元" }],
};
const REPORT: SpecialReport = {
  region: "440000", regionName: "广东省", dueOn: "2017-12-31", status: "SUBMITTED", submittedAt: "2017-12-28T02:00:00.000Z",
  // version 1 was frozen before both scopes were
  versions: [{ ...VERSION, version: 1, reason: null, allMonths: [], allTotals: zero() }, VERSION],
  differences: [
    { period: "2017-10", scope: "FOREIGN_INVESTED", line: "trademarkCases", measure: "cases", submitted: "10", live: "9" },
    { period: "2017-10", scope: "ALL", line: "trademarkCases", measure: "amountInvolved", submitted: "2000", live: "1500.5" },
  ],
};
const AT = new Date("2018-01-06T02:00:00Z");

describe("the special work report", () => {
  const doc = specialReportDocument(REPORT, VERSION);

  test("which version: the one in force, or a numbered one", () => {
    expect(pickVersion(REPORT.versions, undefined)?.version).toBe(2);
    expect(pickVersion(REPORT.versions, "submitted")?.version).toBe(2);
    expect(pickVersion(REPORT.versions, 1)?.version).toBe(1);
    expect(pickVersion(REPORT.versions, 3)).toBeNull();
  });

  test("CSV: headings, a row per measure with the four months and the total, inert user text", () => {
    const csv = documentCsv(doc);
    expect(csv.startsWith(`${BOM}${SPECIAL_REPORT_TITLE}\r\n报送单位,广东省\r\n`)).toBe(true);
    expect(csv).toContain("报送版本,第2版（更正：补充12月数据）\r\n");
    expect(csv).toContain(`${HEADINGS.narrative}\r\n"一、加强组织领导。\n二、=严厉打击侵权假冒。"\r\n`);
    expect(csv).toContain("部门,项目,9月,10月,11月,12月,合计\r\n");
    expect(csv).toContain("行政执法部门,侵犯商标权案件（件）,9,10,11,12,42\r\n");
    expect(csv).toContain("行政执法部门,侵犯商标权案件（涉案金额，元）,1000.50,1000.50,1000.50,1000.50,4002.00\r\n");
    expect(csv).toContain("工商行政管理部门,广州查处假冒某外资品牌化妆品案,涉案金额86000元\r\n");
  });

  test("CSV: both scopes, every case after the foreign-invested ones; the differences of the version in force", () => {
    const csv = documentCsv(doc);
    const foreign = csv.indexOf("外商投资企业为权利人的案件，报送时冻结的数据");
    const all = csv.indexOf("全部案件，报送时冻结的数据");
    expect(foreign).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(foreign);
    expect(csv.slice(all)).toContain("行政执法部门,侵犯商标权案件（件）,19,20,21,22,82\r\n");
    expect(csv.indexOf(HEADINGS.cases)).toBeGreaterThan(all);
    expect(csv).toContain("月份,统计范围,部门,项目,报送数,实时数\r\n");
    expect(csv).toContain("2017年10月,外商投资企业为权利人的案件,行政执法部门,侵犯商标权案件（件）,10,9\r\n");
    expect(csv).toContain("2017年10月,全部案件,行政执法部门,侵犯商标权案件（涉案金额，元）,2000.00,1500.50\r\n");
    // an earlier version: frozen in one scope only, and the differences belong to the version in force
    const first = documentCsv(specialReportDocument(REPORT, REPORT.versions[0]));
    expect(first).toContain("（该版本报送时仅冻结外商投资企业为权利人的案件）");
    expect(first).toContain("（仅列出现行版本第2版的差异）");
    expect(first).not.toContain("1500.50");
    const same = documentCsv(specialReportDocument({ ...REPORT, differences: [] }, VERSION));
    expect(same).toContain("（无：报送时冻结的数据与实时数据一致）");
  });

  test("XLSX read back: figures as numbers, text as text", async () => {
    const wb = new Workbook();
    await wb.xlsx.load((await documentXlsx(doc, "专项工作报告", AT)) as never);
    const sheet = wb.getWorksheet("专项工作报告")!;
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row) => rows.set(String(row.getCell(2).value), [3, 4, 5, 6, 7].map((c) => row.getCell(c).value)));
    expect(sheet.getCell("A1").value).toBe(SPECIAL_REPORT_TITLE);
    expect(rows.get("侵犯商标权案件（件）")).toEqual([9, 10, 11, 12, 42]);
    expect(rows.get("侵犯商标权案件（涉案金额，元）")).toEqual([1000.5, 1000.5, 1000.5, 1000.5, 4002]);
    // every case on its own sheet, the differences on theirs
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.report, SHEETS.all, SHEETS.differences]);
    const all = new Map<string, unknown[]>();
    wb.getWorksheet(SHEETS.all)!.eachRow((row) => all.set(String(row.getCell(2).value), [3, 4, 5, 6, 7].map((c) => row.getCell(c).value)));
    expect(wb.getWorksheet(SHEETS.all)!.getCell("A1").value).toBe(SPECIAL_REPORT_TITLE);
    expect(all.get("侵犯商标权案件（件）")).toEqual([19, 20, 21, 22, 82]);
    const changed: unknown[][] = [];
    wb.getWorksheet(SHEETS.differences)!.eachRow((row) => row.getCell(1).value === "2017年10月" && changed.push([2, 4, 5, 6].map((c) => row.getCell(c).value)));
    expect(changed).toEqual([["外商投资企业为权利人的案件", "侵犯商标权案件（件）", 10, 9], ["全部案件", "侵犯商标权案件（涉案金额，元）", 2000, 1500.5]]);
  });

  test("PDF in Chinese with the bundled font: the headings, the unit, the figures and the cases read back", async () => {
    const pdf = await documentPdf(doc, AT);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const wanted of [SPECIAL_REPORT_TITLE, HEADINGS.narrative, HEADINGS.figures, HEADINGS.cases, "广东省", "第2版（更正：补充12月数据）", "侵犯商标权案件（件）", "4002.00", "广州查处假冒某外资品牌化妆品案", "严厉打击侵权假冒",
      "全部案件，报送时冻结的数据", "8000.00", HEADINGS.differences, "1500.50"])
      expect(text).toContain(wanted);
  });
});

describe("implementation plans", () => {
  test("one row per unit: the version in force, or 未报送", async () => {
    const plan: PlanVersion = { version: 1, submittedAt: "2017-09-10T02:00:00.000Z", reason: null, measures: ["开展集中检查", "+建立联络机制"], responsibleAgencies: ["SAIC", "POLICE"], contacts: [{ name: "张伟", role: "处长", phone: "020-83331234" }] };
    const doc = plansDocument([
      { region: "440000", regionName: "广东省", dueOn: "2017-09-10", status: "SUBMITTED", submittedAt: plan.submittedAt, versions: [plan] },
      { region: "650000", regionName: "新疆维吾尔自治区", dueOn: "2017-09-10", status: "OVERDUE", submittedAt: null, versions: [] },
    ], AT);
    const csv = documentCsv(doc);
    expect(csv).toContain(PLANS_TITLE);
    expect(csv).toContain(`广东省,已报送（SUBMITTED），应于 2017-09-10 前报送,2017-09-10 10:00,第1版（报送）,"1. 开展集中检查\n2. +建立联络机制",工商行政管理部门、公安机关,张伟（处长）020-83331234\r\n`);
    expect(csv).toContain("新疆维吾尔自治区,逾期未报（OVERDUE），应于 2017-09-10 前报送,未报送,,,,\r\n");
    const wb = new Workbook();
    await wb.xlsx.load((await documentXlsx(doc, "实施方案", AT)) as never);
    const values: string[] = [];
    wb.getWorksheet("实施方案")!.eachRow((row) => values.push(String(row.getCell(1).value)));
    expect(values).toEqual(expect.arrayContaining(["广东省", "新疆维吾尔自治区"]));
  });
});
