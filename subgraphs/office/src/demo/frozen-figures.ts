import { REPORT_LINES, fromFen, toFen } from "@ipr/shared";
import type { World } from "@ipr/shared/demo";
import type { Figures } from "../report-lines";

type Row = Record<string, any>;

/**
 * A month's lines of a unit's table as the demo world stands when it is generated, by the counting
 * rules of DESIGN.md (foreign-invested scope), counting what had happened by `until`: what a unit's
 * office would have frozen by submitting that day. The live table is each agency's own computation; later corrections may make the two differ,
 * as they would in life.
 */
export function demoFigures(world: World, unit: string, period: string, until: string): Figures {
  const rows = (subgraph: string, collection: string) => (world.data[subgraph]?.[collection] ?? []) as Row[];
  const here = (r: Row) => String(r.region).startsWith(unit.slice(0, 2));
  // what had happened by the day the unit submitted
  const inMonth = (date: unknown) => typeof date === "string" && date.startsWith(period) && date <= until;
  const yuan = (list: Row[], field = "amountInvolved") => fromFen(list.reduce((n, r) => n + toFen(String(r[field] ?? "0")), 0n));
  const sum = (list: Row[], field: string) => list.reduce((n, r) => n + Number(r[field] ?? 0), 0);
  const distinct = (list: Row[], field: string) => new Set(list.map((r) => String(r[field]))).size;
  const pick = (subgraph: string, collection: string, date: string, extra: (r: Row) => boolean = () => true) =>
    rows(subgraph, collection).filter((r) => here(r) && inMonth(r[date]) && r.foreignInvested === true && extra(r));
  const tally = (list: Row[]) => ({ cases: list.length, amountInvolved: yuan(list) });

  const criminal = new Map(rows("police", "criminalCases").map((c) => [c.id, c]));
  const caught = rows("police", "persons").filter((p) => here(p) && inMonth(p.caughtOn) && criminal.get(p.criminalCase)?.foreignInvested === true);
  const personsOf = (decisions: Row[], links: Row[], key: string) => {
    const ids = new Set(decisions.map((d) => d.id));
    return distinct(links.filter((l) => ids.has(l[key])), "personId");
  };
  const approved = pick("procuratorate", "arrestReviews", "decidedOn", (r) => r.decision === "APPROVED");
  const prosecuted = pick("procuratorate", "prosecutions", "decidedOn", (r) => r.decision === "PROSECUTED");
  const seizures = pick("customs", "seizures", "seizedOn");
  const parcels = pick("postal", "interceptions", "interceptedOn");
  const courtCases = new Map(rows("courts", "courtCases").map((c) => [c.id, c]));
  const filed = pick("courts", "courtCases", "filedOn");
  const judged = rows("courts", "judgments").filter((j) => here(j) && inMonth(j.decidedOn) && courtCases.get(j.courtCase)?.foreignInvested === true);
  const guilty = new Set(judged.filter((j) => j.verdict === "GUILTY").map((j) => j.id));

  const known: Figures = {
    tradeSecretCases: tally(pick("saic", "cases", "openedOn", (r) => r.category === "TRADE_SECRET")),
    trademarkCases: tally(pick("saic", "cases", "openedOn", (r) => r.category === "TRADEMARK")),
    patentCases: tally(pick("ipo", "cases", "openedOn")),
    copyrightCases: tally(pick("press", "cases", "openedOn")),
    plantVarietyCases: tally(pick("agriculture", "cases", "openedOn")),
    police: { casesFiled: pick("police", "criminalCases", "filedOn").length, suspectsCaught: caught.length, amountInvolved: yuan(pick("police", "criminalCases", "filedOn")) },
    procuratorate: {
      arrestApprovedCases: distinct(approved, "criminalCaseId"), arrestApprovedPersons: personsOf(approved, rows("procuratorate", "arrestReviewPersons"), "arrestReview"),
      prosecutedCases: distinct(prosecuted, "criminalCaseId"), prosecutedPersons: personsOf(prosecuted, rows("procuratorate", "prosecutionDefendants"), "prosecution"),
    },
    customs: { seizures: seizures.length, quantity: sum(seizures, "quantity"), goodsValue: yuan(seizures, "declaredValue"), amountInvolved: yuan(seizures) },
    postal: { interceptions: parcels.length, items: sum(parcels, "itemCount"), crossBorder: parcels.filter((p) => p.crossBorderECommerce).length, amountInvolved: yuan(parcels) },
    courts: {
      casesFiled: filed.length, criminalCasesFiled: filed.filter((c) => c.kind === "CRIMINAL").length, judgments: judged.length,
      defendantsSentenced: distinct(rows("courts", "sentences").filter((s) => guilty.has(s.judgment)), "personId"),
    },
  };
  // every line the registry declares, so the frozen snapshot always answers the whole table (a line the demo does not know is zero)
  return Object.fromEntries(
    REPORT_LINES.map((l) => [l.line, Object.fromEntries(l.measures.map(({ measure, kind }) => [measure, known[l.line]?.[measure] ?? (kind === "count" ? 0 : "0.00")]))]),
  );
}
