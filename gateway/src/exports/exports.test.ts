import { Workbook } from "exceljs";
import { BOM, csvField, inertText, paperTableCsv, toCsv } from "./csv";
import { LONG_COLUMNS, longRows } from "./long-format";
import { ExportDataError, LINES, asSubmitted, formatAmount, formatCount, type MonthlyReport } from "./model";
import { TITLE, chinaTime, exportFileName, paperTable } from "./paper-table";
import { SHEET_NAMES, paperTableXlsx } from "./xlsx";

const tally = (cases: number, amountInvolved: string) => ({ cases, amountInvolved });
const REPORT: MonthlyReport = {
  region: "440000", period: "2017-10", scope: "FOREIGN_INVESTED", regionName: "广东省", dueOn: "2017-11-15", status: "OVERDUE",
  typicalCases: [{ agency: "SAIC", title: "=HYPERLINK(\"x\")", summary: "销售假冒\"ACME\"耳机, 5200件\n已移送" }],
  tradeSecretCases: tally(1, "500000.5"), trademarkCases: tally(2, "172000.00"), patentCases: tally(0, "0"),
  copyrightCases: tally(3, "12345678901234567.89"), plantVarietyCases: tally(0, "0.00"),
  police: { casesFiled: 2, suspectsCaught: 4, amountInvolved: "520000.00" },
  procuratorate: { arrestApprovedCases: 2, arrestApprovedPersons: 4, prosecutedCases: 1, prosecutedPersons: 2 },
  customs: { seizures: 1, quantity: 5200, goodsValue: "31000.00", amountInvolved: "260000.00" },
  postal: { interceptions: 1, items: 40, crossBorder: 1, amountInvolved: "260000.00" },
  courts: { casesFiled: 1, criminalCasesFiled: 1, judgments: 1, defendantsSentenced: 2 },
};
const AT = new Date("2024-05-31T16:30:00Z"); // 2024-06-01 00:30 in Beijing

describe("CSV", () => {
  test("RFC 4180 quoting, CRLF records, UTF-8 BOM", () => {
    expect(csvField("广东省")).toBe("广东省");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(toCsv([["a", "b,c"], ["d", ""]])).toBe(`${BOM}a,"b,c"\r\nd,\r\n`);
    expect(toCsv([["a"]], { bom: false })).toBe("a\r\n");
  });
  test("user text cannot become a formula", () => {
    expect(inertText("=1+1")).toBe("'=1+1");
    expect(inertText("-5")).toBe("'-5");
    expect(inertText("深圳某公司")).toBe("深圳某公司");
  });
});

describe("values", () => {
  test("amounts keep every digit and get exactly two decimals, without floats", () => {
    expect(formatAmount("0", "x")).toBe("0.00");
    expect(formatAmount("500000.5", "x")).toBe("500000.50");
    expect(formatAmount("12345678901234567.89", "x")).toBe("12345678901234567.89");
    expect(formatAmount("007.10", "x")).toBe("7.10");
    expect(() => formatAmount(1.5, "x")).toThrow(ExportDataError);
    expect(() => formatAmount("1e5", "x")).toThrow(ExportDataError);
  });
  test("counts are plain digits", () => {
    expect(formatCount(5200, "x")).toBe("5200");
    expect(() => formatCount(1.5, "x")).toThrow(ExportDataError);
    expect(() => formatCount("3", "x")).toThrow(ExportDataError);
  });
  test("Beijing time and file names", () => {
    expect(chinaTime(AT)).toBe("2024-06-01 00:30");
    expect(exportFileName("monthly", ["440000", "2017-10"], "FOREIGN_INVESTED", "csv")).toBe("monthly-440000-2017-10.csv");
    expect(exportFileName("monthly", ["440000", "2017-10"], "ALL", "xlsx")).toBe("monthly-440000-2017-10-all.xlsx");
    expect(exportFileName("monthly-long", ['2017-09"; x', "2017-10"], "ALL", "csv")).toBe("monthly-long-2017-09___x-2017-10-all.csv");
  });
});

describe("paper table", () => {
  const table = paperTable(REPORT, AT);
  test("the rows of the attachment, admin lines with count and amount", () => {
    expect(table.title).toBe(TITLE);
    expect(table.meta[0]).toEqual(["报送单位", "广东省"]);
    expect(table.meta[1]).toEqual(["报送时间", "2024-06-01 00:30（导出时间，北京时间）"]);
    expect(table.lines.map((l) => l.item)).toEqual([
      "侵犯商业秘密案件", "侵犯商标权案件", "侵犯专利权案件", "侵犯著作权案件", "侵犯植物新品种权案件",
      "立案数", "抓获犯罪嫌疑人数", "涉案金额", "批捕案件数", "批捕犯罪嫌疑人数", "起诉案件数", "起诉犯罪嫌疑人数",
    ]);
    expect(table.lines[0]).toEqual({ department: "行政执法部门", item: "侵犯商业秘密案件", count: "1", amount: "500000.50" });
    expect(table.lines[7]).toEqual({ department: "公安机关", item: "涉案金额", amount: "520000.00" });
    expect(table.typicalCases[0].department).toBe("工商行政管理部门");
  });
  test("a typical case about a record shows the record's figures after its summary", () => {
    const withRecord = paperTable({ ...REPORT, typicalCases: [{ agency: "SAIC", title: "t", summary: "s", figures: { caseNumber: "深市监立字〔2017〕1号", amountInvolved: "80000.00", outcome: "PENALISED" } }] }, AT);
    expect(withRecord.typicalCases[0].summary).toBe("s\n（案号：深市监立字〔2017〕1号；涉案金额：80000.00元；已作出行政处罚）");
    const prosecution = paperTable({ ...REPORT, typicalCases: [{ agency: "PROCURATORATE", title: "t", summary: "s", figures: { caseNumber: null, amountInvolved: null, outcome: "PROSECUTED" } }] }, AT);
    expect(prosecution.typicalCases[0].summary).toBe("s\n（已提起公诉）");
    expect(paperTable({ ...REPORT, typicalCases: [{ agency: "SAIC", title: "t", summary: "s", figures: null }] }, AT).typicalCases[0].summary).toBe("s");
  });
  test("CSV: four columns, quoted summary, inert title", () => {
    const csv = paperTableCsv(table);
    expect(csv.startsWith(`${BOM}${TITLE},,,\r\n报送单位,广东省,,\r\n`)).toBe(true);
    expect(csv).toContain("部门,项目,案件数量/涉案金额,\r\n,,案件数量,涉案金额（元）\r\n");
    expect(csv).toContain("行政执法部门,侵犯著作权案件,3,12345678901234567.89\r\n");
    expect(csv).toContain(`工商行政管理部门,"'=HYPERLINK(""x"")","销售假冒""ACME""耳机, 5200件\n已移送",\r\n`);
  });
  test("XLSX: numbers as numbers, an amount a float cannot hold as text", async () => {
    const wb = new Workbook();
    await wb.xlsx.load((await paperTableXlsx(table, AT)) as never);
    const sheet = wb.getWorksheet(SHEET_NAMES.table)!;
    const rows = new Map<string, [unknown, unknown]>();
    sheet.eachRow((row) => rows.set(String(row.getCell(2).value), [row.getCell(3).value, row.getCell(4).value]));
    expect(sheet.getCell("A1").value).toBe(TITLE);
    expect(rows.get("侵犯商业秘密案件")).toEqual([1, 500000.5]);
    expect(rows.get("侵犯著作权案件")).toEqual([3, "12345678901234567.89"]);
    expect(rows.get("涉案金额")).toEqual([null, 520000]);
    expect(wb.getWorksheet(SHEET_NAMES.supplement)!.getCell("C3").value).toBe(1);
  });
});

describe("a submitted version", () => {
  const figures = Object.fromEntries(LINES.map((l) => [l.line, REPORT[l.line]]));
  const version = {
    version: 2, submittedAt: "2017-11-20T02:00:00.000Z", reason: "补报商标案件",
    typicalCases: [], figures: { ...figures, trademarkCases: tally(3, "180000") },
  };
  test("its frozen figures and typical cases, its own submission time, and which version it is", () => {
    const table = paperTable(asSubmitted(REPORT, version), AT, version);
    expect(table.meta.slice(1, 3)).toEqual([["报送时间", "2017-11-20 10:00（第2版报送时间，北京时间）"], ["报送版本", "第2版（更正：补报商标案件）"]]);
    expect(table.lines[1]).toEqual({ department: "行政执法部门", item: "侵犯商标权案件", count: "3", amount: "180000.00" });
    expect(table.lines[0]).toEqual({ department: "行政执法部门", item: "侵犯商业秘密案件", count: "1", amount: "500000.50" });
    expect(table.typicalCases).toEqual([]);
    expect(paperTable(asSubmitted(REPORT, { ...version, version: 1, reason: null }), AT, { ...version, version: 1, reason: null }).meta[2]).toEqual(["报送版本", "第1版（报送）"]);
  });
});

describe("long format", () => {
  test("one row per measure of every line", () => {
    const rows = longRows([REPORT]);
    expect(rows).toHaveLength(LINES.reduce((n, l) => n + l.measures.length, 0));
    expect(rows.every((r) => r.length === LONG_COLUMNS.length)).toBe(true);
    expect(rows).toContainEqual(["440000", "广东省", "2017-10", "FOREIGN_INVESTED", "CUSTOMS", "customs", "goodsValue", "31000.00"]);
    expect(rows).toContainEqual(["440000", "广东省", "2017-10", "FOREIGN_INVESTED", "SAIC", "tradeSecretCases", "amountInvolved", "500000.50"]);
  });
});
