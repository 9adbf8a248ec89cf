import pg from "pg";
import { REPORTING_UNITS } from "@ipr/shared";
import { expectedTally } from "./tally-sql";
import { countStatements, startPlatform, type Platform } from "./platform";
import { OPENERS, runFullChain, today } from "./chain";

let p: Platform;
let db: pg.Client;
const THIS_MONTH = today().slice(0, 7);

beforeAll(async () => {
  p = await startPlatform();
  db = new pg.Client({ connectionString: p.databaseUrl });
  await db.connect();
  // every admin type in two provinces, one chain of each in a domestic right holder's name too
  for (const type of Object.keys(OPENERS)) {
    await runFullChain(p, type as keyof typeof OPENERS, "440300");
    await runFullChain(p, type as keyof typeof OPENERS, "310115");
  }
  // the chains open in 2017-10; a domestic (not foreign-invested) SAIC case counts only under ALL
  await db.query(`update saic.saic_case set foreign_invested = false where id = (select id from saic.saic_case where region = '310115' limit 1)`);
});
afterAll(async () => {
  await db?.end();
  await p?.stop();
});

const TABLE = `region period scope regionName dueOn status
  tradeSecretCases { cases amountInvolved } trademarkCases { cases amountInvolved } patentCases { cases amountInvolved }
  copyrightCases { cases amountInvolved } plantVarietyCases { cases amountInvolved }
  police { casesFiled suspectsCaught amountInvolved }
  procuratorate { arrestApprovedCases arrestApprovedPersons prosecutedCases prosecutedPersons }
  customs { seizures goodsValue amountInvolved } postal { interceptions amountInvolved } courts { casesFiled judgments defendantsSentenced }`;

const OFFICE = { agency: "OFFICE", region: "000000" };

describe("the monthly statistics table", () => {
  test.each([["FOREIGN_INVESTED"], ["ALL"]])("every tally of every unit, both months and national totals equals plain SQL (%s)", async (scope) => {
    const res = await p.query(OFFICE, `query($s: ReportScope!, $now: String!) {
      admin: monthlyReports(from: "2017-10", to: "2017-10", scope: $s) { ${TABLE} }
      criminal: monthlyReports(from: $now, to: $now, scope: $s) { ${TABLE} }
      national: monthlyReport(region: "000000", period: "2017-10", scope: $s) { ${TABLE} } }`, { s: scope, now: THIS_MONTH });
    expect(res.errors).toBeUndefined();
    const reports = [...res.data.admin, ...res.data.criminal, res.data.national];
    expect(reports.length).toBe(32 * 2 + 1);
    for (const r of reports) {
      const { region, period, scope: _s, regionName: _n, dueOn: _d, status: _st, ...tallies } = r;
      expect({ region, period, ...tallies }).toEqual({ region, period, ...(await expectedTally(db, region, period, scope)) });
    }
    const gd = reports.find((r: any) => r.region === "440000" && r.period === "2017-10");
    expect(gd.trademarkCases.cases + gd.patentCases.cases).toBeGreaterThan(0); // not a table of zeros
    expect(gd).toMatchObject({ regionName: "广东省", dueOn: "2017-11-15", status: "OVERDUE" });
  });

  test("each agency answers any number of tables with one SQL statement: 1 table and 512 tables cost the same", async () => {
    const ONE = `{ monthlyReport(region: "440000", period: "2017-10") { ${TABLE} } }`;
    const MANY = `{ monthlyReports(from: "2017-09", to: "2018-12") { ${TABLE} } }`;
    let many: any;
    const one = await countStatements(p, () => p.query(OFFICE, ONE));
    const all = await countStatements(p, async () => (many = await p.query(OFFICE, MANY)));
    expect(many.errors).toBeUndefined();
    expect(many.data.monthlyReports).toHaveLength(512);
    expect(all).toEqual(one);
    for (const agency of ["saic", "ipo", "press", "agriculture", "customs", "postal", "police", "procuratorate", "courts"]) expect(all[agency]).toBe(1);
  });

  test("a province sees its own table, not national totals nor another province's", async () => {
    const gd = { agency: "SAIC", region: "440000" };
    expect((await p.query(gd, `{ monthlyReport(region: "440000", period: "2017-10") { trademarkCases { cases } } }`)).errors).toBeUndefined();
    for (const region of ["000000", "310000"]) {
      const res = await p.query(gd, `query($r: String!) { monthlyReport(region: $r, period: "2017-10") { trademarkCases { cases } } }`, { r: region });
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(res.data).toBeNull();
    }
    const list = await p.query(gd, `{ monthlyReports(from: "2017-10", to: "2017-10") { region } }`);
    expect(list.data.monthlyReports).toEqual([{ region: "440000" }]);
  });

  test.each([
    ["period", `{ monthlyReport(region: "440000", period: "2017-13") { region } }`, "BAD_USER_INPUT"],
    ["period", `{ monthlyReport(region: "440000", period: "2099-01") { region } }`, "BAD_USER_INPUT"],
    ["region", `{ monthlyReport(region: "990000", period: "2017-10") { region } }`, "BAD_USER_INPUT"],
    ["to", `{ monthlyReports(from: "2018-01", to: "2017-10") { region } }`, "BAD_USER_INPUT"],
  ])("bad %s is refused", async (field, query, code) => {
    const res = await p.query(OFFICE, query);
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
  });

  test("32 reporting units", () => expect(REPORTING_UNITS).toHaveLength(32));
});
