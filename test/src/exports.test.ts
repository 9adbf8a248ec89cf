import { Workbook } from "exceljs";
import { startPlatform, token, type Caller, type Platform } from "./platform";
import { makeCreditCode } from "@ipr/shared";
import { M, OPENERS, runFullChain, today } from "./chain";

// The exports of the monthly table (gateway/src/exports): fetched over HTTP like a person or a BI tool
// would, parsed back, and compared with what `monthlyReport(s)` answers through /graphql.

let p: Platform;
let base: string;
const THIS_MONTH = today().slice(0, 7);
const LAST_MONTH = (() => {
  const [y, m] = THIS_MONTH.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
})();
const GD = { agency: "SAIC", region: "440000" };
const OFFICE = { agency: "OFFICE", region: "000000" };
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const TYPICAL_TITLE = "深圳湾海关查获假冒耳机案";
const TYPICAL_SUMMARY = '深圳某电子公司出口假冒"ACME"牌耳机5,200件, 涉案金额31,000元；\n已移送公安机关。';

const TABLE = `region period scope regionName dueOn status typicalCases { title summary agency }
  tradeSecretCases { cases amountInvolved } trademarkCases { cases amountInvolved } patentCases { cases amountInvolved }
  copyrightCases { cases amountInvolved } plantVarietyCases { cases amountInvolved }
  police { casesFiled suspectsCaught amountInvolved }
  procuratorate { arrestApprovedCases arrestApprovedPersons prosecutedCases prosecutedPersons }
  customs { seizures quantity goodsValue amountInvolved } postal { interceptions items crossBorder amountInvolved }
  courts { casesFiled criminalCasesFiled judgments defendantsSentenced }`;

/** The attachment's rows (and the lines beyond it), written out again here: 项目 → [line, count field, amount field]. */
const PAPER: Record<string, [string, string | null, string | null]> = {
  侵犯商业秘密案件: ["tradeSecretCases", "cases", "amountInvolved"],
  侵犯商标权案件: ["trademarkCases", "cases", "amountInvolved"],
  侵犯专利权案件: ["patentCases", "cases", "amountInvolved"],
  侵犯著作权案件: ["copyrightCases", "cases", "amountInvolved"],
  侵犯植物新品种权案件: ["plantVarietyCases", "cases", "amountInvolved"],
  立案数: ["police", "casesFiled", null],
  抓获犯罪嫌疑人数: ["police", "suspectsCaught", null],
  涉案金额: ["police", null, "amountInvolved"],
  批捕案件数: ["procuratorate", "arrestApprovedCases", null],
  批捕犯罪嫌疑人数: ["procuratorate", "arrestApprovedPersons", null],
  起诉案件数: ["procuratorate", "prosecutedCases", null],
  起诉犯罪嫌疑人数: ["procuratorate", "prosecutedPersons", null],
};
const SUPPLEMENT: Record<string, [string, string | null, string | null]> = {
  扣留侵权货物: ["customs", "seizures", "amountInvolved"],
  "扣留货物数量（件）": ["customs", "quantity", null],
  扣留货物申报价值: ["customs", null, "goodsValue"],
  截获侵权寄递物品: ["postal", "interceptions", "amountInvolved"],
  截获物品件数: ["postal", "items", null],
  其中跨境电商包裹: ["postal", "crossBorder", null],
  受理知识产权案件数: ["courts", "casesFiled", null],
  其中刑事案件数: ["courts", "criminalCasesFiled", null],
  "审结（判决）案件数": ["courts", "judgments", null],
  判处罪犯人数: ["courts", "defendantsSentenced", null],
};

beforeAll(async () => {
  p = await startPlatform();
  base = p.gateway.url.replace(/\/graphql$/, "");
  // every admin type in Shenzhen (cases open in 2017-10, the criminal chain today), one chain in Shanghai
  for (const type of Object.keys(OPENERS)) await runFullChain(p, type as keyof typeof OPENERS, "440300");
  await runFullChain(p, "SAIC_CASE", "310115");
  const reported = await p.query({ agency: "OFFICE", region: "440000" }, `mutation($i: ReportTypicalCaseInput!) { reportTypicalCase(input: $i) { id } }`, {
    i: { region: "440300", period: "2017-10", agency: "CUSTOMS", title: TYPICAL_TITLE, summary: TYPICAL_SUMMARY },
  });
  expect(reported.errors).toBeUndefined();
}, 300_000);
afterAll(async () => {
  await p?.stop();
});

async function get(path: string, who: Caller) {
  const authorization = "authorization" in who ? who.authorization : `Bearer ${await token(who.agency, who.region)}`;
  return fetch(`${base}${path}`, { headers: authorization ? { authorization } : {} });
}

/** RFC 4180, strictly: quotes only around a whole field, records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else if (ch === '"' || ch === "\r" || ch === "\n") throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    else field += ch;
  }
  if (quoted || field || row.length) throw new Error("the last record does not end with CRLF");
  return rows;
}

async function csvOf(res: Response) {
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString("utf8"); // keeps the BOM as U+FEFF, unlike res.text()
  return { bytes, text, rows: parseCsv(text.replace(/^\uFEFF/, "")) };
}

async function report(region: string, period: string, scope = "FOREIGN_INVESTED") {
  const res = await p.query(OFFICE, `query($r: String!, $p: String!, $s: ReportScope!) { monthlyReport(region: $r, period: $p, scope: $s) { ${TABLE} } }`, { r: region, p: period, s: scope });
  expect(res.errors).toBeUndefined();
  return res.data.monthlyReport;
}

/** count and amount cells of a row as the GraphQL report has them (an empty cell where the row has none). */
const expectedCells = (r: any, [line, count, amount]: [string, string | null, string | null]) => [
  count ? String(r[line][count]) : "",
  amount ? r[line][amount] : "",
];

describe("GET /reports/monthly.csv", () => {
  test.each([["2017-10"], [THIS_MONTH]])("the paper table of 440000 for %s: every number equals monthlyReport", async (period) => {
    const res = await get(`/reports/monthly.csv?region=440000&period=${period}`, GD);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="monthly-440000-${period}.csv"`);
    const { bytes, rows } = await csvOf(res);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    expect(rows.every((r) => r.length === 4)).toBe(true);

    const gql = await report("440000", period);
    expect(rows[0][0]).toBe("外商投资企业知识产权保护行动查处案件数据统计表");
    const byLabel = new Map(rows.map((r) => [r[0], r]));
    expect(byLabel.get("报送单位")?.[1]).toBe("广东省");
    expect(byLabel.get("报送时间")?.[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}（导出时间，北京时间）$/);
    expect(byLabel.get("报送状态")?.[1]).toContain(`（${gql.status}），应于 ${gql.dueOn} 前报送`);
    expect(rows).toContainEqual(["部门", "项目", "案件数量/涉案金额", ""]);
    expect(rows).toContainEqual(["", "", "案件数量", "涉案金额（元）"]);
    expect(rows.some((r) => r[0] === "查处典型案例情况简述")).toBe(true);

    const byItem = new Map(rows.map((r) => [r[1], r]));
    for (const [item, spec] of Object.entries({ ...PAPER, ...SUPPLEMENT })) {
      expect({ item, cells: byItem.get(item)?.slice(2) }).toEqual({ item, cells: expectedCells(gql, spec) });
    }
    expect(byItem.get("侵犯商业秘密案件")?.[0]).toBe("行政执法部门");
    expect(byItem.get("立案数")?.[0]).toBe("公安机关");
    expect(byItem.get("批捕案件数")?.[0]).toBe("检察机关");
    // not a table of zeros: admin cases in 2017-10, the criminal chain this month
    if (period === "2017-10") expect(gql.trademarkCases.cases).toBeGreaterThan(0);
    else expect(gql.police.casesFiled).toBeGreaterThan(0);
  });

  test("a typical case summary with commas, quotes and a newline is quoted and reads back whole", async () => {
    const res = await get(`/reports/monthly.csv?region=440000&period=2017-10`, GD);
    const { text, rows } = await csvOf(res);
    const gql = await report("440000", "2017-10");
    expect(gql.typicalCases).toContainEqual({ title: TYPICAL_TITLE, summary: TYPICAL_SUMMARY, agency: "CUSTOMS" });
    expect(text).toContain(`,${TYPICAL_TITLE},"${TYPICAL_SUMMARY.replace(/"/g, '""')}",\r\n`);
    expect(rows).toContainEqual(["海关", TYPICAL_TITLE, TYPICAL_SUMMARY, ""]);
  });

  test("scope ALL names the file and counts as monthlyReport(scope: ALL)", async () => {
    const res = await get(`/reports/monthly.csv?region=440000&period=2017-10&scope=ALL`, GD);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="monthly-440000-2017-10-all.csv"`);
    const byItem = new Map((await csvOf(res)).rows.map((r) => [r[1], r]));
    const gql = await report("440000", "2017-10", "ALL");
    for (const [item, spec] of Object.entries(PAPER)) expect(byItem.get(item)?.slice(2)).toEqual(expectedCells(gql, spec));
  });
});

describe("GET /reports/monthly.xlsx", () => {
  test.each([["2017-10"], [THIS_MONTH]])("the paper table of 440000 for %s reads back with exceljs: every number equals monthlyReport", async (period) => {
    const res = await get(`/reports/monthly.xlsx?region=440000&period=${period}&scope=FOREIGN_INVESTED`, GD);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="monthly-440000-${period}.xlsx"`);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const gql = await report("440000", period);

    const read = (name: string) => {
      const sheet = workbook.getWorksheet(name);
      expect(sheet).toBeDefined();
      const rows: unknown[][] = [];
      sheet!.eachRow((row) => rows.push([1, 2, 3, 4].map((c) => row.getCell(c).value)));
      return rows;
    };
    /** a number cell back as the API writes it: counts as digits, amounts with 2 decimals */
    const cells = (row: unknown[] | undefined) => [
      row?.[2] == null ? "" : String(row[2]),
      row?.[3] == null ? "" : typeof row[3] === "number" ? row[3].toFixed(2) : row[3],
    ];

    const table = read("统计表");
    expect(table[0][0]).toBe("外商投资企业知识产权保护行动查处案件数据统计表");
    const byLabel = new Map(table.map((r) => [r[0], r]));
    expect(byLabel.get("报送单位")?.[1]).toBe("广东省");
    expect(String(byLabel.get("报送时间")?.[1])).toMatch(/（导出时间，北京时间）$/);
    expect(table).toContainEqual(["部门", "项目", "案件数量/涉案金额", "案件数量/涉案金额"]); // C:D merged, as on paper
    expect(table.some((r) => r[2] === "案件数量" && r[3] === "涉案金额（元）")).toBe(true);
    expect(table.some((r) => r[0] === "查处典型案例情况简述：")).toBe(true);
    const byItem = new Map(table.map((r) => [r[1], r]));
    for (const [item, spec] of Object.entries(PAPER)) {
      expect({ item, cells: cells(byItem.get(item)) }).toEqual({ item, cells: expectedCells(gql, spec) });
      for (const v of byItem.get(item)!.slice(2)) if (v != null) expect(typeof v).toBe("number"); // sums work in Excel
    }
    if (period === "2017-10") expect(byItem.get(TYPICAL_TITLE)?.slice(2)).toEqual([TYPICAL_SUMMARY, TYPICAL_SUMMARY]);

    const extra = new Map(read("表外统计").map((r) => [r[1], r]));
    for (const [item, spec] of Object.entries(SUPPLEMENT)) expect({ item, cells: cells(extra.get(item)) }).toEqual({ item, cells: expectedCells(gql, spec) });
  });
});

describe("GET /reports/monthly-long.csv", () => {
  test.each([
    ["2017-10", "2017-11"],
    [LAST_MONTH, THIS_MONTH],
  ])("2 regions × 2 periods (%s to %s): one row per measure, each equal to monthlyReports", async (from, to) => {
    const res = await get(`/reports/monthly-long.csv?regions=440000,310000&from=${from}&to=${to}&scope=ALL`, OFFICE);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="monthly-long-${from}-${to}-all.csv"`);
    const { bytes, rows } = await csvOf(res);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    const [header, ...data] = rows;
    expect(header).toEqual(["region", "region_name", "period", "scope", "agency", "line", "measure", "value"]);

    const gql = await p.query(OFFICE, `query($f: String!, $t: String!) { monthlyReports(regions: ["440000", "310000"], from: $f, to: $t, scope: ALL) { ${TABLE} } }`, { f: from, t: to });
    expect(gql.errors).toBeUndefined();
    const reports: any[] = gql.data.monthlyReports;
    expect(reports).toHaveLength(4);
    // every number of every report, and nothing else
    const expected = reports.flatMap((r) =>
      Object.entries(r)
        .filter(([, v]) => v && typeof v === "object" && !Array.isArray(v))
        .flatMap(([line, tally]) => Object.entries(tally as object).map(([measure, value]) => [r.region, r.regionName, r.period, "ALL", line, measure, String(value)])),
    );
    expect(data.map(([region, name, period, scope, , line, measure, value]) => [region, name, period, scope, line, measure, value]).sort()).toEqual(expected.sort());
    expect(data.every((r) => /^\d+(\.\d{2})?$/.test(r[7]))).toBe(true);
    expect(data.filter((r) => r[6] === "amountInvolved").every((r) => /^\d+\.\d{2}$/.test(r[7]))).toBe(true);
    const agencies = Object.fromEntries(data.map((r) => [r[5], r[4]]));
    expect(agencies).toMatchObject({ trademarkCases: "SAIC", patentCases: "IPO", police: "POLICE", procuratorate: "PROCURATORATE", courts: "COURTS", customs: "CUSTOMS" });
    expect(data.some((r) => r[7] !== "0" && r[7] !== "0.00")).toBe(true);
  });

  test("without regions: every unit the caller covers; bom=0 leaves out the BOM", async () => {
    const res = await get(`/reports/monthly-long.csv?from=2017-10&to=2017-10&bom=0`, GD);
    expect(res.status).toBe(200);
    const { bytes, rows } = await csvOf(res);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(false);
    expect(new Set(rows.slice(1).map((r) => `${r[0]} ${r[1]} ${r[3]}`))).toEqual(new Set(["440000 广东省 FOREIGN_INVESTED"]));
  });
});

describe("refusals, with the /graphql error body", () => {
  const PATHS = ["/reports/monthly.csv?region=440000&period=2017-10", "/reports/monthly.xlsx?region=440000&period=2017-10", "/reports/monthly-long.csv?from=2017-10&to=2017-10"];

  test.each(PATHS)("401 without a token or with a bad one: %s", async (path) => {
    for (const authorization of [undefined, "Bearer x.y.z", "Basic Zm9vOmJhcg=="]) {
      const res = await get(path, { authorization });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const body = (await res.json()) as any;
      expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED" } }] });
    }
  });

  test.each([
    ["/reports/monthly.csv?region=310000&period=2017-10"],
    ["/reports/monthly.csv?region=000000&period=2017-10"],
    ["/reports/monthly.xlsx?region=310000&period=2017-10"],
    ["/reports/monthly.xlsx?region=000000&period=2017-10"],
    ["/reports/monthly-long.csv?regions=440000,310000&from=2017-10&to=2017-10"],
  ])("403 for a SAIC Guangdong user: %s", async (path) => {
    const res = await get(path, GD);
    expect(res.status).toBe(403);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(body.data).toBeUndefined();
  });

  test.each([
    ["/reports/monthly.csv?region=440000&period=2017-13", "period"],
    ["/reports/monthly.xlsx?region=440000&period=2017-13", "period"],
    ["/reports/monthly.csv?period=2017-10", "region"],
    ["/reports/monthly.csv?region=440000&period=2017-10&scope=SOME", "scope"],
    ["/reports/monthly.csv?region=990000&period=2017-10", "region"],
    ["/reports/monthly-long.csv?from=2018-01&to=2017-10", "to"],
    ["/reports/monthly-long.csv?from=2017-13&to=2018-01", "from"],
  ])("400 for %s", async (path, field) => {
    const res = await get(path, GD);
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});

describe("submitted versions: ?version=submitted|<n>", () => {
  // Shanghai's October 2017: submitted, then a case opened later, then amended; each version downloads as frozen
  const SH = { agency: "OFFICE", region: "310000" };
  const SUBMIT = `mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { version figures { ${TABLE.replace(/^.*\n/, "")} } } }`;
  const AMEND = `mutation($i: AmendMonthlyReportInput!) { amendMonthlyReport(input: $i) { version figures { ${TABLE.replace(/^.*\n/, "")} } } }`;
  const REASON = "补报10月30日立案的商标案件, \"ACME\"";
  const must = (res: { data?: any; errors?: unknown[] }) => {
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const cellsOf = (rows: string[][]) => new Map(rows.map((r) => [r[1], r.slice(2)]));
  let v1: any;
  let v2: any;

  test("404 on version before the table is submitted; 400 on a version that is not one", async () => {
    const before = await get(`/reports/monthly.csv?region=310000&period=2017-10&version=submitted`, SH);
    expect(before.status).toBe(404);
    expect(((await before.json()) as any).errors[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "version" });
    for (const bad of ["latest", "0", "-1", "1.5"]) {
      const res = await get(`/reports/monthly.xlsx?region=310000&period=2017-10&version=${bad}`, SH);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "version" });
    }
  });

  test("each version reads back with its frozen figures; without version the table is live", async () => {
    v1 = must(await p.query(SH, SUBMIT, { i: { region: "310000", period: "2017-10" } })).submitMonthlyReport;
    const saic = { agency: "SAIC", region: "310000" };
    const holder = makeCreditCode("310115", 77_002);
    must(await p.query(saic, M.register, { input: { creditCode: holder, name: "补录外资企业", foreignInvested: true, investorCountry: "JP", region: "310115" } }));
    must(await p.query(saic, M.saicCase, {
      input: { caseNumber: "沪市监处字〔2017〕补1号", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "310115", openedOn: "2017-10-30",
        rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "50000.00" },
    }));
    v2 = must(await p.query(SH, AMEND, { i: { region: "310000", period: "2017-10", reason: REASON, typicalCaseIds: [] } })).amendMonthlyReport;
    expect(v2.figures.trademarkCases.cases).toBe(v1.figures.trademarkCases.cases + 1);
    // a later case again: the live table moves on, the versions do not
    must(await p.query(saic, M.saicCase, {
      input: { caseNumber: "沪市监处字〔2017〕补2号", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "310115", openedOn: "2017-10-31",
        rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "7000.00" },
    }));
    const live = await report("310000", "2017-10");
    expect(live.trademarkCases.cases).toBe(v2.figures.trademarkCases.cases + 1);

    for (const [version, frozen, n, label] of [["1", v1, 1, "第1版（报送）"], ["2", v2, 2, `第2版（更正：${REASON}）`], ["submitted", v2, 2, `第2版（更正：${REASON}）`]] as const) {
      const res = await get(`/reports/monthly.csv?region=310000&period=2017-10&version=${version}`, SH);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="monthly-310000-2017-10-v${n}.csv"`);
      const { rows } = await csvOf(res);
      const byLabel = new Map(rows.map((r) => [r[0], r]));
      expect(byLabel.get("报送版本")?.[1]).toBe(label);
      expect(byLabel.get("报送时间")?.[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（第${n}版报送时间，北京时间）$`));
      const byItem = cellsOf(rows);
      for (const [item, spec] of Object.entries({ ...PAPER, ...SUPPLEMENT })) expect({ item, version, cells: byItem.get(item) }).toEqual({ item, version, cells: expectedCells(frozen.figures, spec) });
    }

    const xlsx = await get(`/reports/monthly.xlsx?region=310000&period=2017-10&version=1`, SH);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toBe(`attachment; filename="monthly-310000-2017-10-v1.xlsx"`);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const table: unknown[][] = [];
    workbook.getWorksheet("统计表")!.eachRow((row) => table.push([1, 2, 3, 4].map((c) => row.getCell(c).value)));
    expect(table.find((r) => r[0] === "报送版本")?.[1]).toBe("第1版（报送）");
    const trademark = table.find((r) => r[1] === "侵犯商标权案件")!;
    expect([trademark[2], Number(trademark[3]).toFixed(2)]).toEqual([v1.figures.trademarkCases.cases, v1.figures.trademarkCases.amountInvolved]);

    const now = cellsOf((await csvOf(await get(`/reports/monthly.csv?region=310000&period=2017-10`, SH))).rows);
    expect(now.get("侵犯商标权案件")).toEqual(expectedCells(live, PAPER["侵犯商标权案件"]));
  });

  test("404 for a version the table does not have", async () => {
    const res = await get(`/reports/monthly.csv?region=310000&period=2017-10&version=3`, SH);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "version" });
  });
});
