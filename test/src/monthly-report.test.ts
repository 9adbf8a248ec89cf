import pg from "pg";
import { REPORTING_UNITS, regionPrefix } from "@ipr/shared";
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

/** The counting rules of DESIGN.md, written again in plain SQL over the agencies' own tables. */
async function expected(region: string, period: string, scope: string) {
  const prefix = regionPrefix(region);
  const inScope = (col: string) => (scope === "ALL" ? "true" : col);
  const q = async (sql: string) => (await db.query(sql, [prefix, period])).rows[0];
  const month = (col: string) => `to_char(${col}, 'YYYY-MM') = $2`;
  const inRegion = (col: string) => `left(${col}, length($1)) = $1`;
  const admin = async (table: string, date: string, extra = "true") => {
    const r = await q(`select count(*)::int as cases, coalesce(sum(amount_involved), 0)::text as amount from ${table} where ${inRegion("region")} and ${month(date)} and ${inScope("foreign_invested")} and ${extra}`);
    return { cases: r.cases, amountInvolved: Number(r.amount).toFixed(2) };
  };
  const police = await q(`select count(*)::int as n, coalesce(sum(amount_involved),0)::text as amount from police.criminal_case where ${inRegion("region")} and ${month("filed_on")} and ${inScope("foreign_invested")}`);
  const caught = await q(`select count(*)::int as n from police.person p join police.criminal_case c on c.id = p.criminal_case_id where ${inRegion("p.region")} and ${month("p.caught_on")} and ${inScope("c.foreign_invested")}`);
  const arrest = await q(`select count(distinct r.criminal_case_id)::int as cases, count(distinct x.person_id)::int as persons from procuratorate.arrest_review r join procuratorate.arrest_review_person x on x.arrest_review_id = r.id where r.decision = 'APPROVED' and ${inRegion("r.region")} and ${month("r.decided_on")} and ${inScope("r.foreign_invested")}`);
  const pros = await q(`select count(distinct r.criminal_case_id)::int as cases, count(distinct x.person_id)::int as persons from procuratorate.prosecution r join procuratorate.prosecution_defendant x on x.prosecution_id = r.id where r.decision = 'PROSECUTED' and ${inRegion("r.region")} and ${month("r.decided_on")} and ${inScope("r.foreign_invested")}`);
  const seizures = await q(`select count(*)::int as n, coalesce(sum(declared_value),0)::text as goods, coalesce(sum(amount_involved),0)::text as amount from customs.customs_seizure where ${inRegion("region")} and ${month("seized_on")} and ${inScope("foreign_invested")}`);
  const parcels = await q(`select count(*)::int as n, coalesce(sum(amount_involved),0)::text as amount from postal.postal_interception where ${inRegion("region")} and ${month("intercepted_on")} and ${inScope("foreign_invested")}`);
  const filed = await q(`select count(*)::int as n from courts.court_case where ${inRegion("region")} and ${month("filed_on")} and ${inScope("foreign_invested")}`);
  const judged = await q(`select count(*)::int as n from courts.judgment j join courts.court_case c on c.id = j.court_case_id where ${inRegion("j.region")} and ${month("j.decided_on")} and ${inScope("c.foreign_invested")}`);
  const sentenced = await q(`select count(distinct s.person_id)::int as n from courts.sentence s join courts.judgment j on j.id = s.judgment_id join courts.court_case c on c.id = j.court_case_id where j.verdict = 'GUILTY' and ${inRegion("j.region")} and ${month("j.decided_on")} and ${inScope("c.foreign_invested")}`);
  const money = (s: string) => Number(s).toFixed(2);
  return {
    tradeSecretCases: await admin("saic.saic_case", "opened_on", "category = 'TRADE_SECRET'"),
    trademarkCases: await admin("saic.saic_case", "opened_on", "category = 'TRADEMARK'"),
    patentCases: await admin("ipo.patent_case", "opened_on"),
    copyrightCases: await admin("press.copyright_case", "opened_on"),
    plantVarietyCases: await admin("agriculture.plant_variety_case", "opened_on"),
    police: { casesFiled: police.n, suspectsCaught: caught.n, amountInvolved: money(police.amount) },
    procuratorate: { arrestApprovedCases: arrest.cases, arrestApprovedPersons: arrest.persons, prosecutedCases: pros.cases, prosecutedPersons: pros.persons },
    customs: { seizures: seizures.n, goodsValue: money(seizures.goods), amountInvolved: money(seizures.amount) },
    postal: { interceptions: parcels.n, amountInvolved: money(parcels.amount) },
    courts: { casesFiled: filed.n, judgments: judged.n, defendantsSentenced: sentenced.n },
  };
}

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
      expect({ region, period, ...tallies }).toEqual({ region, period, ...(await expected(region, period, scope)) });
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
