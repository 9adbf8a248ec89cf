import { readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { createTestDatabase } from "@ipr/shared/testing";
import { REFERABLE_CASES, REPORT_LINES } from "@ipr/shared";
import { loadDemo } from "@ipr/infra";
import { startPlatform, token, type Platform } from "./platform";
import { closeDuckDb, csvLines, download, duckRows, getFeed, parquetCount, parquetTypes, scratch, totalCount } from "./feeds-support";

/** The generated demo set (scale 1): every feed in CSV and Parquet against what GraphQL gives the same caller. */
let p: Platform;
let db: pg.Client;
let drop: () => Promise<void>;
const files = scratch();
const OFFICE = { agency: "OFFICE", region: "000000" };
const SAIC_GD = { agency: "SAIC", region: "440000" };
const POLICE = { agency: "POLICE", region: "000000" };

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  await loadDemo({ scale: 1, url: () => database.url });
  p = await startPlatform(undefined, { databaseUrl: database.url, subgraphTimeoutMs: 60_000 });
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
}, 180_000);
afterAll(async () => {
  closeDuckDb();
  files.cleanup();
  await db?.end();
  await p?.stop();
  await drop?.();
});

type Who = { agency: string; region: string };

/** Suspects as GraphQL gives them to the caller: every criminal case's suspects, page by page. */
async function suspectCount(who: Who, filter: Record<string, unknown> = {}): Promise<number> {
  let after: string | null = null;
  let n = 0;
  do {
    const res: any = await p.query(who, `query($a: String, $f: CriminalCaseFilter) { criminalCases(first: 100, after: $a, filter: $f) { edges { node { suspects { id } } } pageInfo { hasNextPage endCursor } } }`, { a: after, f: filter });
    const page = res.data.criminalCases;
    n += page.edges.reduce((sum: number, e: any) => sum + e.node.suspects.length, 0);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return n;
}

const MEASURES = REPORT_LINES.reduce((n, l) => n + l.measures.length, 0);

/** The number of rows GraphQL gives `who` for each dataset, counted independently of the feeds' code. */
async function expectedRows(dataset: string, who: Who, filter: Record<string, unknown> = {}): Promise<number> {
  const count = (list: string, type: string, f = filter) => totalCount(p, who, list, type, f);
  switch (dataset) {
    case "admin-cases":
      return (await Promise.all(REFERABLE_CASES.map((c) => count(c.list, `${c.typename}Filter`)))).reduce((a, b) => a + b, 0);
    case "referrals": return count("referrals", "ReferralFilter");
    case "criminal-cases": return count("criminalCases", "CriminalCaseFilter");
    case "suspects": return suspectCount(who, filter);
    case "arrest-reviews": return count("arrestReviews", "ArrestReviewFilter");
    case "prosecutions": return count("prosecutions", "ProsecutionFilter");
    case "court-cases": return count("courtCases", "CourtCaseFilter");
    case "complaints": return count("complaints", "ComplaintFilter");
    case "outreach-events": return count("outreachEvents", "OutreachEventFilter");
    case "monthly": {
      const res = await p.query(who, `{ monthlyReports(from: "2017-09", to: "2018-12") { region } }`);
      return res.data.monthlyReports.length * MEASURES;
    }
    case "withdrawals": {
      const lists: Array<[string, string]> = [...REFERABLE_CASES.map((c) => [c.list, `${c.typename}Filter`] as [string, string]),
        ["criminalCases", "CriminalCaseFilter"], ["arrestReviews", "ArrestReviewFilter"], ["prosecutions", "ProsecutionFilter"], ["courtCases", "CourtCaseFilter"], ["complaints", "ComplaintFilter"]];
      return (await Promise.all(lists.map(([l, t]) => count(l, t, { ...filter, withdrawn: true })))).reduce((a, b) => a + b, 0);
    }
    default: throw new Error(dataset);
  }
}

// outreach-events has no file in gateway/src/feeds/datasets: commerce's manifest declares it and the gateway derives it
const DATASETS = ["admin-cases", "referrals", "criminal-cases", "suspects", "arrest-reviews", "prosecutions", "court-cases", "complaints", "monthly", "outreach-events", "withdrawals"];
const MONTHS = { from: "2017-09", to: "2018-12" };

describe("GET /feeds", () => {
  test("lists every dataset with its columns, types and meaning; admin-cases has exactly the contract's columns", async () => {
    const res = await getFeed(p, OFFICE, "");
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body.datasets.map((d: any) => d.name)).toEqual(DATASETS);
    const admin = body.datasets.find((d: any) => d.name === "admin-cases");
    expect(admin.columns.map((c: any) => c.name)).toEqual(["source_type", "id", "case_number", "region", "opened_on", "amount_involved", "foreign_invested", "right_holder_credit_code", "campaign", "exceeds_criminal_threshold", "referral_status"]);
    expect(admin.columns.find((c: any) => c.name === "amount_involved")).toMatchObject({ type: "decimal", parquet: "DECIMAL(18,2)" });
    for (const d of body.datasets) for (const c of d.columns) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(c.description.length).toBeGreaterThan(3);
    }
  });

  test("refuses a caller without a token (401) and an unknown feed (404)", async () => {
    const url = p.gateway.url.replace(/\/graphql$/, "/feeds/admin-cases.csv");
    expect((await fetch(url)).status).toBe(401);
    const res = await getFeed(p, OFFICE, "cases.xml");
    expect(res.status).toBe(404);
  });

  test.each([
    ["updatedSince", { updatedSince: "yesterday" }],
    ["updatedSince", { updatedSince: "2017-10-01T00:00:00" }],
    ["region", { region: "44" }],
    ["from", { from: "2017-13-01" }],
    ["to", { from: "2017-10-02", to: "2017-10-01" }],
    ["scope", { scope: "ALL" }],
    ["foo", { foo: "1" }],
  ])("a bad %s is a 400 naming the parameter", async (field, query) => {
    const res = await getFeed(p, OFFICE, "admin-cases.csv", query as Record<string, string>);
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  test("HEAD answers the type without running the feed (HTTP readers ask before they read)", async () => {
    const url = p.gateway.url.replace(/\/graphql$/, "/feeds/admin-cases.parquet");
    const before = p.statements().saic;
    const res = await fetch(url, { method: "HEAD", headers: { authorization: `Bearer ${await token("OFFICE", "000000")}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.apache.parquet");
    expect(p.statements().saic).toBe(before);
  });

  test("a derived feed refuses a parameter its list cannot filter by, naming it, rather than ignore it", async () => {
    const res = await getFeed(p, OFFICE, "outreach-events.csv", { updatedSince: "2017-10-01T00:00:00Z" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "updatedSince" });
    const listed: any = await (await getFeed(p, OFFICE, "")).json();
    const outreach = listed.datasets.find((d: any) => d.name === "outreach-events");
    expect(outreach.columns.map((c: any) => c.name)).toEqual(expect.arrayContaining(["id", "region"]));
  });

  test("updatedSince on the monthly table is a 400 naming it", async () => {
    const res = await getFeed(p, OFFICE, "monthly.csv", { updatedSince: "2017-10-01T00:00:00Z" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.field).toBe("updatedSince");
  });
});

describe.each(DATASETS)("the %s feed", (dataset) => {
  const query = dataset === "monthly" ? MONTHS : {};
  test("CSV and Parquet hold every row GraphQL gives the caller, with stable types (DuckDB reads the Parquet)", async () => {
    const expected = await expectedRows(dataset, OFFICE);
    if (dataset !== "withdrawals") expect(expected).toBeGreaterThan(0);

    const csv = await getFeed(p, OFFICE, `${dataset}.csv`, query);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = await csv.text();
    const lines = csvLines(text);
    expect(lines.length - 1).toBe(expected);
    const csvFile = files.file(`${dataset}.csv`);
    writeFileSync(csvFile, text);

    const file = files.file(`${dataset}.parquet`);
    await download(await getFeed(p, OFFICE, `${dataset}.parquet`, query), file);
    expect(readFileSync(file).subarray(0, 4).toString()).toBe("PAR1");
    expect(await parquetCount(file)).toBe(expected);

    const listed: any = await (await getFeed(p, OFFICE, "")).json();
    const columns: Array<{ name: string; type: string }> = listed.datasets.find((d: any) => d.name === dataset).columns;
    expect(lines[0]).toBe(columns.map((c) => c.name).join(","));
    const types = await parquetTypes(file);
    expect(Object.keys(types)).toEqual(columns.map((c) => c.name));
    const DUCK: Record<string, RegExp> = { decimal: /^DECIMAL\(18,2\)$/, date: /^DATE$/, timestamp: /^TIMESTAMP/, string: /^VARCHAR$/, boolean: /^BOOLEAN$/, integer: /^INTEGER$/ };
    for (const c of columns) expect([c.name, types[c.name]]).toEqual([c.name, expect.stringMatching(DUCK[c.type])]);

    // the typed values are the API's exactly: every decimal and date as its text, every time to the millisecond
    for (const c of columns.filter((c) => ["decimal", "date", "timestamp"].includes(c.type))) {
      // (the monthly table's counts are plain digits in the API: as DECIMAL(18,2) they read the same)
      const [fromParquet, fromCsv] = { timestamp: ["epoch_ms(v)", "epoch_ms(v::timestamptz)"], decimal: ["v::varchar", "v::decimal(18,2)::varchar"], date: ["v::varchar", "v"] }[c.type as "date"];
      const [{ values: typed }] = await duckRows(`select list_sort(list(${fromParquet})) as values from (select "${c.name}" as v from read_parquet('${file}'))`);
      const [{ values: text }] = await duckRows(`select list_sort(list(${fromCsv})) as values from (select "${c.name}" as v from read_csv('${csvFile}', all_varchar = true, header = true))`);
      expect([c.name, typed]).toEqual([c.name, text]);
    }
  }, 120_000);
});

describe("access and masks", () => {
  test("a SAIC user of 440000 gets only Guangdong rows, as many as GraphQL gives it", async () => {
    const file = files.file("gd-admin-cases.parquet");
    await download(await getFeed(p, SAIC_GD, "admin-cases.parquet"), file);
    const regions = await duckRows(`select distinct substr(region, 1, 2) as province from read_parquet('${file}')`);
    expect(regions).toEqual([{ province: "44" }]);
    const n = await parquetCount(file);
    expect(n).toBe(await expectedRows("admin-cases", SAIC_GD));
    // the README's DuckDB line, on the file the README's curl line downloads
    const bySource = await duckRows(`SELECT source_type, count(*)::integer AS n, sum(amount_involved) AS total FROM '${file}' GROUP BY ALL`);
    expect(bySource.reduce((sum, r) => sum + r.n, 0)).toBe(n);
    expect(bySource.every((r) => /^\d+\.\d{2}$/.test(r.total))).toBe(true);
    expect(n).toBeLessThan(await expectedRows("admin-cases", OFFICE));
    // the same for a list of another agency: reading is shared, the region is not
    const csv = csvLines(await (await getFeed(p, SAIC_GD, "criminal-cases.csv")).text());
    const region = csv[0].split(",").indexOf("region");
    expect(csv.length - 1).toBeGreaterThan(0);
    expect(csv.slice(1).every((l) => l.split(",")[region].startsWith("44"))).toBe(true);
  }, 120_000);

  test("suspects are masked for a caller outside POLICE, PROCURATORATE, COURTS, and not for the police", async () => {
    const read = async (who: Who, name: string) => {
      const file = files.file(name);
      await download(await getFeed(p, who, "suspects.parquet", { region: "440000" }), file);
      return duckRows(`select id, name, id_number from read_parquet('${file}') order by id`);
    };
    const police = await read({ agency: "POLICE", region: "440000" }, "police-suspects.parquet");
    const saic = await read(SAIC_GD, "saic-suspects.parquet");
    expect(saic.map((r) => r.id)).toEqual(police.map((r) => r.id));
    expect(police.length).toBeGreaterThan(0);
    for (const [i, r] of saic.entries()) {
      expect(r.name).not.toBe(police[i].name);
      expect(r.name).toContain("*");
      if (police[i].id_number) expect(r.id_number).not.toBe(police[i].id_number);
    }
    // exactly what GraphQL gives the same caller
    const gql = await p.query(SAIC_GD, `{ criminalCases(first: 1, filter: { region: "440000" }) { edges { node { suspects { id name idNumber } } } } }`);
    for (const s of gql.data.criminalCases.edges[0].node.suspects) expect(saic.find((r) => r.id === s.id)).toMatchObject({ name: s.name, id_number: s.idNumber });
  }, 120_000);
});

describe("incremental refresh", () => {
  test("after a correction, updatedSince gives just the corrected record; a withdrawal shows in the withdrawals feed", async () => {
    const { rows: [{ now }] } = await db.query("select clock_timestamp() as now");
    const since = (now as Date).toISOString();
    for (const f of ["admin-cases", "criminal-cases", "referrals"]) expect(csvLines(await (await getFeed(p, OFFICE, `${f}.csv`, { updatedSince: since })).text())).toHaveLength(1);

    // two SAIC cases of one region that were never referred: one corrected, one withdrawn
    const list = await p.query(OFFICE, `{ saicCases(first: 100, filter: { region: "440000" }) { edges { node { id region referrals { id } } } } }`);
    const [corrected, withdrawn] = list.data.saicCases.edges.map((e: any) => e.node).filter((n: any) => !n.referrals.length);
    const owner = { agency: "SAIC", region: corrected.region };
    const fix = await p.query(owner, `mutation($i: CorrectSaicCaseInput!) { correctSaicCase(input: $i) { id } }`, { i: { id: corrected.id, reason: "typo", description: "corrected for the feeds test" } });
    expect(fix.errors).toBeUndefined();
    const gone = await p.query({ agency: "SAIC", region: withdrawn.region }, `mutation($i: WithdrawRecordInput!) { withdrawSaicCase(input: $i) { id } }`, { i: { id: withdrawn.id, reason: "entered twice" } });
    expect(gone.errors).toBeUndefined();

    const changed = csvLines(await (await getFeed(p, OFFICE, "admin-cases.csv", { updatedSince: since })).text());
    expect(changed.slice(1).map((l) => l.split(",").slice(0, 2))).toEqual([["SAIC_CASE", corrected.id]]);
    const parquet = files.file("changed.parquet");
    await download(await getFeed(p, OFFICE, "admin-cases.parquet", { updatedSince: since }), parquet);
    expect(await parquetCount(parquet)).toBe(1);

    const deletions = csvLines(await (await getFeed(p, OFFICE, "withdrawals.csv", { updatedSince: since })).text());
    expect(deletions[0]).toBe("dataset,source_type,id,region,withdrawn_at");
    expect(deletions.slice(1).map((l) => l.split(",").slice(0, 3))).toEqual([["admin-cases", "SAIC_CASE", withdrawn.id]]);
    // a full export no longer has it
    const all = csvLines(await (await getFeed(p, OFFICE, "admin-cases.csv")).text());
    expect(all.some((l) => l.includes(withdrawn.id))).toBe(false);
    expect(all.some((l) => l.includes(corrected.id))).toBe(true);
  }, 120_000);

  test("an updatedSince with its zone's + left unencoded is read as meant", async () => {
    // an hour from now, in China Standard Time: nothing changed after it
    const later = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 19) + "+08:00";
    const url = p.gateway.url.replace(/\/graphql$/, `/feeds/referrals.csv?updatedSince=${later}`);
    const res = await fetch(url, { headers: { authorization: `Bearer ${await token("OFFICE", "000000")}` } });
    const text = await res.text();
    expect([res.status, text]).toEqual([200, expect.any(String)]);
    expect(csvLines(text)).toHaveLength(1);
  });

  test("the response says what to pass as updatedSince next time", async () => {
    const res = await getFeed(p, OFFICE, "referrals.csv", { region: "440000", from: "2017-10-01", to: "2017-10-31" });
    expect(res.status).toBe(200);
    await res.text();
    expect(Date.parse(res.headers.get("x-feed-next-since")!)).toBeLessThan(Date.now());
  });
});
