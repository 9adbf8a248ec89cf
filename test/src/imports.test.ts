import http from "node:http";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { IMPORTABLE, makeCreditCode, makeIdNumber } from "@ipr/shared";
import { startPlatform, token, type Platform } from "./platform";
import { M } from "./chain";

/** Spreadsheet imports through the running gateway: templates, all-or-nothing uploads, idempotency, access and hostile files. */
let p: Platform;
let base: string;
beforeAll(async () => {
  p = await startPlatform();
  base = p.gateway.url.replace(/\/graphql$/, "");
});
afterAll(() => p?.stop());

type Who = { agency: string; region: string; sub?: string };
const SAIC_GD = { agency: "SAIC", region: "440000" };
const auth = async (who: Who) => ({ authorization: `Bearer ${await token(who.agency, who.region, who.sub)}` });

async function upload(type: string, body: Buffer | string, who: Who, query = "") {
  const res = await fetch(`${base}/imports/${type}${query}`, { method: "POST", headers: { ...(await auth(who)), "content-type": "application/octet-stream" }, body: typeof body === "string" ? body : new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as any };
}

/** Polls the job until it is finished; the job is read by the caller who started it. */
async function finished(id: string, who: Who): Promise<any> {
  for (;;) {
    const res = await fetch(`${base}/imports/jobs/${id}`, { headers: await auth(who) });
    const job = (await res.json()) as any;
    if (res.status !== 200) throw new Error(JSON.stringify(job));
    if (job.status === "DONE" || job.status === "FAILED") return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function imported(type: string, body: Buffer | string, who: Who, query = "") {
  const res = await upload(type, body, who, query);
  expect(res.status).toBe(202);
  return finished(res.body.id, who);
}

async function template(type: string): Promise<ExcelJS.Workbook> {
  const res = await fetch(`${base}/imports/templates/${type}.xlsx`, { headers: await auth(SAIC_GD) });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return book;
}

/** A template's data sheet with `rows` (field → value) filled in from row 3, as the file to upload. */
async function fill(book: ExcelJS.Workbook, rows: Array<Record<string, ExcelJS.CellValue>>): Promise<Buffer> {
  const sheet = book.worksheets[0];
  const fields = (sheet.getRow(2).values as string[]).slice(1);
  rows.forEach((row, r) => fields.forEach((f, c) => row[f] !== undefined && (sheet.getCell(r + 3, c + 1).value = row[f])));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The template of `type` with `rows` filled in. */
const filled = async (type: string, rows: Array<Record<string, ExcelJS.CellValue>>): Promise<Buffer> => fill(await template(type), rows);

/** What a data-sheet cell's dropdown offers: the cells of the hidden lists sheet its validation range names. */
function dropdown(book: ExcelJS.Workbook, cell: ExcelJS.Cell): string[] {
  const formula = cell.dataValidation?.formulae?.[0] as string;
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`not a list range: ${formula}`);
  const sheet = book.getWorksheet(m[1])!;
  return Array.from({ length: Number(m[5]) - Number(m[3]) + 1 }, (_, i) => String(sheet.getCell(`${m[2]}${Number(m[3]) + i}`).value));
}

/** A cell note's text (exceljs reads a note back as rich text). */
const noteText = (note: ExcelJS.Comment | string | undefined): string =>
  typeof note === "string" ? note : (note?.texts ?? []).map((t) => (typeof t === "string" ? t : t.text)).join("");

let serial = 0;
/** A foreign-invested enterprise on SAIC's register in Shenzhen. */
async function enterprise(): Promise<string> {
  const creditCode = makeCreditCode("440300", 90_000 + ++serial);
  const res = await p.query(SAIC_GD, M.register, { input: { creditCode, name: `导入测试企业${serial}`, foreignInvested: true, investorCountry: "DE", region: "440300" } });
  expect(res.errors).toBeUndefined();
  return creditCode;
}

const saicRow = (holder: string, n: number, over: Record<string, ExcelJS.CellValue> = {}) => ({
  caseNumber: `导入-${holder.slice(-6)}-${n}`, region: "440300", openedOn: "2018-03-01", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING",
  rightHolderCreditCode: holder, foreignInvested: "是", amountInvolved: "1200.50", ...over,
});

async function saicCasesOf(holder: string) {
  const res = await p.query(SAIC_GD, `query($h: String!) { saicCases(first: 50, filter: { rightHolderCreditCode: $h }) { totalCount edges { node { caseNumber amountInvolved description } } } }`, { h: holder });
  expect(res.errors).toBeUndefined();
  return res.data.saicCases;
}

describe("templates", () => {
  test.each(IMPORTABLE.map((i) => [i.name, i.agency]))("%s (%s): 中文 headings, field names, validation lists and an example", async (type) => {
    const book = await template(type);
    const [data, lists, example] = [book.worksheets[0], book.getWorksheet("选项 Lists")!, book.getWorksheet("示例 Example")!];
    const headings = (data.getRow(1).values as string[]).slice(1);
    const fields = (data.getRow(2).values as string[]).slice(1);
    expect(headings.length).toBe(fields.length);
    expect(headings.every((h) => /[\u4e00-\u9fff]/.test(h))).toBe(true);
    expect(fields).toEqual(expect.arrayContaining(["region", "amountInvolved", "rightHolderCreditCode", "foreignInvested"]));
    expect(data.getCell(1, 1).note).toBeTruthy();
    // the yes/no column and the region column carry list validation from the hidden lists sheet
    const yesNo = data.getCell(3, fields.indexOf("foreignInvested") + 1).dataValidation;
    expect(yesNo).toMatchObject({ type: "list", formulae: [expect.stringContaining("选项 Lists")] });
    expect(data.getCell(3, fields.indexOf("region") + 1).dataValidation).toMatchObject({ type: "list" });
    expect(lists.state).toBe("hidden");
    expect(lists.getColumn(1).values.filter(Boolean).length).toBeGreaterThan(1);
    const sample = (example.getRow(3).values as string[]).slice(1);
    expect(sample[fields.indexOf("region")]).toBe("440300");
    // every enumeration's dropdown lists 中文 labels, the note pairs each with its value name
    const listing = await fetch(`${base}/imports`, { headers: await auth(SAIC_GD) });
    const columns = ((await listing.json()) as any).imports.find((i: any) => i.type === type).columns as Array<{ path: string; kind: string; values?: string[] }>;
    const enums = columns.filter((c) => c.kind === "enum");
    expect(enums.length).toBeGreaterThan(0);
    for (const c of enums) {
      const col = fields.indexOf(c.path) + 1;
      const offered = dropdown(book, data.getCell(3, col));
      expect(offered).toHaveLength(c.values!.length);
      expect(offered.filter((label) => !/[\u4e00-\u9fff]/.test(label))).toEqual([]);
      expect(noteText(data.getCell(1, col).note)).toContain(`${offered[0]} = ${c.values![0]}`);
    }
  });

  test("an unknown type is 404", async () => {
    const res = await fetch(`${base}/imports/templates/nothing.xlsx`, { headers: await auth(SAIC_GD) });
    expect(res.status).toBe(404);
  });
});

describe("uploads", () => {
  test("a file with good and bad rows writes nothing and names every bad row, column and code", async () => {
    const holder = await enterprise();
    const file = await filled("saic-cases", [
      saicRow(holder, 1),
      saicRow(holder, 2, { rightHolderCreditCode: "91440300000000000X" }),
      saicRow(holder, 3, { region: "110105" }), // Beijing: outside the Guangdong officer's region
      saicRow(holder, 4, { openedOn: "2099-01-01" }),
      saicRow(holder, 5, { category: "SPYING" }),
      saicRow(holder, 6, { amountInvolved: "12.345" }),
      saicRow(holder, 7),
    ]);
    const job = await imported("saic-cases", file, SAIC_GD);
    expect(job).toMatchObject({ status: "DONE", written: false, rowsTotal: 7 });
    const bad = job.errors.map((e: any) => [e.row, e.field, e.code]);
    expect(bad).toEqual([
      [4, "rightHolderCreditCode", "BAD_USER_INPUT"],
      [5, "region", "FORBIDDEN"],
      [6, "openedOn", "BAD_USER_INPUT"],
      [7, "category", "BAD_USER_INPUT"],
      [8, "amountInvolved", "BAD_USER_INPUT"],
    ]);
    expect(job.errors.every((e: any) => /[\u4e00-\u9fff]/.test(e.column))).toBe(true);
    expect((await saicCasesOf(holder)).totalCount).toBe(0);
  });

  test("an all-good file writes every row; the same file again is unchanged; a changed row is a CONFLICT", async () => {
    const holder = await enterprise();
    const rows = [1, 2, 3].map((n) => saicRow(holder, n, { amountInvolved: `${n}000.00` }));
    const first = await imported("saic-cases", await filled("saic-cases", rows), SAIC_GD);
    expect(first).toMatchObject({ status: "DONE", written: true, created: 3, unchanged: 0, errors: [] });
    expect((await saicCasesOf(holder)).totalCount).toBe(3);

    const again = await imported("saic-cases", await filled("saic-cases", rows), SAIC_GD);
    expect(again).toMatchObject({ status: "DONE", written: true, created: 0, unchanged: 3, errors: [] });

    const changed = await imported("saic-cases", await filled("saic-cases", [rows[0], { ...rows[1], amountInvolved: "9.99" }, saicRow(holder, 4)]), SAIC_GD);
    expect(changed).toMatchObject({ status: "DONE", written: false, created: 1, unchanged: 1 });
    expect(changed.errors).toEqual([expect.objectContaining({ row: 4, field: "amountInvolved", code: "CONFLICT" })]);
    expect((await saicCasesOf(holder)).totalCount).toBe(3);
  });

  test("a row filled from the 中文 dropdowns is written with the enum values; value names still read", async () => {
    const book = await template("saic-cases");
    const [data, example] = [book.worksheets[0], book.getWorksheet("示例 Example")!];
    const fields = (data.getRow(2).values as string[]).slice(1);
    const at = (field: string) => fields.indexOf(field) + 1;
    expect(dropdown(book, data.getCell(3, at("category")))).toEqual(["侵犯商业秘密", "商标违法"]);
    expect(dropdown(book, data.getCell(3, at("trademarkViolation")))).toEqual(["假冒注册商标", "傍名牌", "恶意抢注商标", "虚假宣传", "其他商标违法"]);
    expect(dropdown(book, data.getCell(3, at("campaign")))).toContain("外商投资企业知识产权保护行动");
    expect(noteText(data.getCell(1, at("category")).note)).toContain("侵犯商业秘密 = TRADE_SECRET\n商标违法 = TRADEMARK");
    // the example row shows labels too
    expect([example.getCell(3, at("category")).value, example.getCell(3, at("trademarkViolation")).value]).toEqual(["商标违法", "假冒注册商标"]);

    const holder = await enterprise();
    const file = await fill(book, [
      saicRow(holder, 1, { openedOn: "2017-10-09", category: "商标违法", trademarkViolation: "傍名牌", campaign: "外商投资企业知识产权保护行动" }),
      saicRow(holder, 2, { category: "侵犯商业秘密", trademarkViolation: null }),
      saicRow(holder, 3, { trademarkViolation: "MALICIOUS_SQUATTING" }),
    ]);
    const job = await imported("saic-cases", file, SAIC_GD);
    expect(job).toMatchObject({ status: "DONE", written: true, created: 3, errors: [] });
    const res = await p.query(SAIC_GD, `query($h: String!) { saicCases(first: 10, filter: { rightHolderCreditCode: $h }) { edges { node { caseNumber category trademarkViolation campaign } } } }`, { h: holder });
    expect(res.errors).toBeUndefined();
    const written = res.data.saicCases.edges.map((e: any) => e.node).sort((a: any, b: any) => a.caseNumber.localeCompare(b.caseNumber));
    expect(written.map(({ caseNumber: _n, ...enums }: any) => enums)).toEqual([
      { category: "TRADEMARK", trademarkViolation: "BRAND_IMITATION", campaign: "FOREIGN_INVESTED_IP_2017" },
      { category: "TRADE_SECRET", trademarkViolation: null, campaign: null },
      { category: "TRADEMARK", trademarkViolation: "MALICIOUS_SQUATTING", campaign: null },
    ]);
  });

  test("a dry run checks every row and writes nothing", async () => {
    const holder = await enterprise();
    const job = await imported("saic-cases", await filled("saic-cases", [saicRow(holder, 1)]), SAIC_GD, "?dryRun=true");
    expect(job).toMatchObject({ status: "DONE", dryRun: true, written: false, created: 1, errors: [] });
    expect((await saicCasesOf(holder)).totalCount).toBe(0);
  });

  test("the police import criminal cases with their suspects from a CSV with a BOM, 中文 headings and an offence's 中文 label", async () => {
    const who = { agency: "POLICE", region: "440300" };
    const holder = makeCreditCode("440300", 95_001);
    const id = makeIdNumber("440300", "1980-01-02", 77);
    const wrongId = id.slice(0, 17) + (id.endsWith("0") ? "1" : "0");
    const csv = "\uFEFF" + [
      "立案编号,罪名,行政区划代码,立案日期,涉案金额（元）,权利人统一社会信用代码,权利人是否外商投资企业,犯罪嫌疑人姓名1,身份证号1,抓获日期1",
      `深公导入〔2018〕1号,COUNTERFEITING_TRADEMARK,440305,2018-03-01,"380,000.00",${holder},是,李四,${id},2018-03-05`,
      `深公导入〔2018〕2号,生产、销售伪劣产品罪,440305,2018-03-02,5000.00,${holder},否,王五,${wrongId},`,
    ].join("\r\n");
    const job = await imported("criminal-cases", Buffer.from(csv, "utf8"), who);
    // the second suspect's ID has a wrong check character: the whole file waits for the fix
    expect(job).toMatchObject({ status: "DONE", written: false });
    expect(job.errors).toEqual([expect.objectContaining({ row: 3, code: "BAD_USER_INPUT", field: expect.stringMatching(/^suspects/) })]);

    const fixed = csv.replace(wrongId, makeIdNumber("440300", "1981-01-02", 78));
    const ok = await imported("criminal-cases", Buffer.from(fixed, "utf8"), who);
    expect(ok).toMatchObject({ status: "DONE", written: true, created: 2, errors: [] });
    const res = await p.query(who, `{ criminalCases(first: 10, filter: { region: "440305" }) { edges { node { filingNumber offence amountInvolved suspects { name } } } } }`);
    const filed = res.data.criminalCases.edges.map((e: any) => e.node).filter((n: any) => n.filingNumber.startsWith("深公导入"));
    // the offence by its value name (row 2) or its 中文 label (row 3)
    expect(filed).toEqual(expect.arrayContaining([
      { filingNumber: "深公导入〔2018〕1号", offence: "COUNTERFEITING_TRADEMARK", amountInvolved: "380000.00", suspects: [{ name: "李四" }] },
      expect.objectContaining({ filingNumber: "深公导入〔2018〕2号", offence: "COUNTERFEIT_GOODS" }),
    ]));
  });
});

describe("access", () => {
  test("only the owning agency uploads, and a job is read only by whoever started it", async () => {
    const holder = await enterprise();
    const file = await filled("saic-cases", [saicRow(holder, 1)]);
    expect((await upload("saic-cases", file, { agency: "IPO", region: "440000" })).status).toBe(403);
    const started = await upload("saic-cases", file, { ...SAIC_GD, sub: "officer-a" }, "?dryRun=1");
    expect(started.status).toBe(202);
    const other = await fetch(`${base}/imports/jobs/${started.body.id}`, { headers: await auth({ ...SAIC_GD, sub: "officer-b" }) });
    expect(other.status).toBe(404);
    await finished(started.body.id, { ...SAIC_GD, sub: "officer-a" });
    const none = await fetch(`${base}/imports/saic-cases`, { method: "POST", body: new Uint8Array(file) });
    expect(none.status).toBe(401);
  });
});

describe("hostile files", () => {
  test("formulas and external links are stored as their text, never evaluated", async () => {
    const holder = await enterprise();
    const file = await filled("saic-cases", [
      saicRow(holder, 1, { description: { formula: "1+1", result: 2 } }),
      saicRow(holder, 2, { description: { formula: "HYPERLINK(\"http://evil.example/x\",\"点击\")", result: "点击" } }),
    ]);
    const job = await imported("saic-cases", file, SAIC_GD);
    expect(job).toMatchObject({ written: true, created: 2 });
    const descriptions = (await saicCasesOf(holder)).edges.map((e: any) => e.node.description).sort();
    expect(descriptions).toEqual(["=1+1", '=HYPERLINK("http://evil.example/x","点击")']);
  });

  test("a control character in a cell is refused by the agency's input guard, as that row's error", async () => {
    const holder = await enterprise();
    // a CSV (XML cannot carry U+0007), headed with the field names
    const rows = [saicRow(holder, 1), saicRow(holder, 2, { caseNumber: "坏\u0007号" })];
    const csv = [Object.keys(rows[0]).join(","), ...rows.map((r) => Object.values(r).join(","))].join("\n");
    const job = await imported("saic-cases", csv, SAIC_GD);
    expect(job).toMatchObject({ written: false });
    expect(job.errors).toEqual([expect.objectContaining({ row: 3, field: "caseNumber", code: "BAD_USER_INPUT", message: expect.stringContaining("U+0007") })]);
    expect((await saicCasesOf(holder)).totalCount).toBe(0);
  });

  test("a zip bomb is refused before exceljs expands it", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(30 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload("saic-cases", bomb, SAIC_GD);
    expect(res).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: "ZIP_BOMB" } }] } });
  });

  test("a macro workbook (.xlsm) is refused", async () => {
    const zip = await JSZip.loadAsync(await filled("saic-cases", []));
    zip.file("xl/vbaProject.bin", Buffer.from("macro"));
    const res = await upload("saic-cases", await zip.generateAsync({ type: "nodebuffer" }), SAIC_GD);
    expect(res).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: "MACROS_NOT_ALLOWED" } }] } });
  });

  test("a 50 MB file is refused with 413 before it is read", async () => {
    const size = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const { port } = new URL(base);
    const authorization = (await auth(SAIC_GD)).authorization;
    const { status, code, sent } = await new Promise<{ status: number; code: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = http.request({ host: "127.0.0.1", port, path: "/imports/saic-cases", method: "POST", headers: { authorization, "content-length": size } }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode!, code: JSON.parse(body).errors[0].extensions.code, sent }));
      });
      req.on("error", (e) => (sent < size ? undefined : reject(e)));
      // one megabyte at a time, and only when the socket has taken the last one
      const write = () => {
        while (sent < size) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", write);
        }
        req.end();
      };
      write();
    });
    expect(status).toBe(413);
    expect(code).toBe("PAYLOAD_TOO_LARGE");
    // the answer came while most of the body was still unsent
    expect(sent).toBeLessThan(size);
  });
});
