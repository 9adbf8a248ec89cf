import { REPORT_LINES as REGISTERED_LINES, type SubgraphName } from "@ipr/shared";

/** One agency's lines of the monthly table: line name → its measures, exactly as it contributes them to MonthlyReport. */
export type ReportLines = Readonly<Record<string, readonly string[]>>;

/**
 * Who answers for which lines of the table, from the agencies' manifests (the registry), one entry per
 * subgraph in table order. The office asks each of these subgraphs for its lines when a unit submits
 * (the frozen snapshot) and when a submitted report is compared with the live figures.
 */
export const REPORT_LINES: ReadonlyArray<{ subgraph: SubgraphName; lines: ReportLines }> = [...new Set(REGISTERED_LINES.map((l) => l.subgraph))].map(
  (subgraph) => ({
    subgraph,
    lines: Object.fromEntries(REGISTERED_LINES.filter((l) => l.subgraph === subgraph).map((l) => [l.line, l.measures.map((m) => m.measure)])),
  }),
);

/** The GraphQL selection that asks a subgraph for its lines, e.g. `patentCases { cases amountInvolved }`. */
export const selectionOf = (lines: ReportLines): string =>
  Object.entries(lines).map(([line, measures]) => `${line} { ${measures.join(" ")} }`).join(" ");

/** Every agency's lines of one table, as the agencies answered: Int measures as numbers, Decimal ones as strings. */
export type Figures = Record<string, Record<string, number | string>>;

/** One measure whose live value is no longer what was submitted. */
export interface FigureDifference {
  line: string;
  measure: string;
  submitted: string;
  live: string;
}

/**
 * The measures of a snapshot that the live figures no longer match, in table order. Only measures the
 * snapshot holds are compared: one added to the table after the submission was never submitted.
 */
export function compareFigures(submitted: Figures, live: Figures): FigureDifference[] {
  const out: FigureDifference[] = [];
  for (const { lines } of REPORT_LINES)
    for (const [line, measures] of Object.entries(lines))
      for (const measure of measures) {
        const was = submitted[line]?.[measure];
        if (was === undefined || was === null) continue;
        const now = live[line]?.[measure];
        if (String(was) !== String(now ?? "")) out.push({ line, measure, submitted: String(was), live: now === undefined || now === null ? "" : String(now) });
      }
  return out;
}
