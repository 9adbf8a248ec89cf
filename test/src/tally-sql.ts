import type pg from "pg";
import { regionPrefix } from "@ipr/shared";

/** The counting rules of DESIGN.md, written again in plain SQL over the agencies' own tables (withdrawn records left out). */
export async function expectedTally(db: pg.Client, region: string, period: string, scope: string) {
  const prefix = regionPrefix(region);
  const inScope = (col: string) => (scope === "ALL" ? "true" : col);
  const q = async (sql: string) => (await db.query(sql, [prefix, period])).rows[0];
  const month = (col: string) => `to_char(${col}, 'YYYY-MM') = $2`;
  const inRegion = (col: string) => `left(${col}, length($1)) = $1`;
  const admin = async (table: string, date: string, extra = "true") => {
    const r = await q(`select count(*)::int as cases, coalesce(sum(amount_involved), 0)::text as amount from ${table} where ${inRegion("region")} and ${month(date)} and ${inScope("foreign_invested")} and withdrawn_at is null and ${extra}`);
    return { cases: r.cases, amountInvolved: Number(r.amount).toFixed(2) };
  };
  const police = await q(`select count(*)::int as n, coalesce(sum(amount_involved),0)::text as amount from police.criminal_case where ${inRegion("region")} and ${month("filed_on")} and ${inScope("foreign_invested")} and withdrawn_at is null`);
  const caught = await q(`select count(*)::int as n from police.person p join police.criminal_case c on c.id = p.criminal_case_id where ${inRegion("p.region")} and ${month("p.caught_on")} and ${inScope("c.foreign_invested")} and c.withdrawn_at is null`);
  const arrest = await q(`select count(distinct r.criminal_case_id)::int as cases, count(distinct x.person_id)::int as persons from procuratorate.arrest_review r join procuratorate.arrest_review_person x on x.arrest_review_id = r.id where r.decision = 'APPROVED' and r.withdrawn_at is null and ${inRegion("r.region")} and ${month("r.decided_on")} and ${inScope("r.foreign_invested")}`);
  const pros = await q(`select count(distinct r.criminal_case_id)::int as cases, count(distinct x.person_id)::int as persons from procuratorate.prosecution r join procuratorate.prosecution_defendant x on x.prosecution_id = r.id where r.decision = 'PROSECUTED' and r.withdrawn_at is null and ${inRegion("r.region")} and ${month("r.decided_on")} and ${inScope("r.foreign_invested")}`);
  const seizures = await q(`select count(*)::int as n, coalesce(sum(declared_value),0)::text as goods, coalesce(sum(amount_involved),0)::text as amount from customs.customs_seizure where ${inRegion("region")} and ${month("seized_on")} and ${inScope("foreign_invested")} and withdrawn_at is null`);
  const parcels = await q(`select count(*)::int as n, coalesce(sum(amount_involved),0)::text as amount from postal.postal_interception where ${inRegion("region")} and ${month("intercepted_on")} and ${inScope("foreign_invested")} and withdrawn_at is null`);
  const filed = await q(`select count(*)::int as n from courts.court_case where ${inRegion("region")} and ${month("filed_on")} and ${inScope("foreign_invested")} and withdrawn_at is null`);
  const judged = await q(`select count(*)::int as n from courts.judgment j join courts.court_case c on c.id = j.court_case_id where ${inRegion("j.region")} and ${month("j.decided_on")} and ${inScope("c.foreign_invested")} and j.withdrawn_at is null and c.withdrawn_at is null`);
  const sentenced = await q(`select count(distinct s.person_id)::int as n from courts.sentence s join courts.judgment j on j.id = s.judgment_id join courts.court_case c on c.id = j.court_case_id where j.verdict = 'GUILTY' and ${inRegion("j.region")} and ${month("j.decided_on")} and ${inScope("c.foreign_invested")} and j.withdrawn_at is null and c.withdrawn_at is null`);
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

