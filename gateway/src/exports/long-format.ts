import { LINES, valueOf, type MonthlyReport } from "./model";
import { toCsv } from "./csv";

export const LONG_COLUMNS = ["region", "region_name", "period", "scope", "agency", "line", "measure", "value"] as const;

/**
 * One row per report × measure, for BI tools: `value` is plain digits for counts and a 2-decimal
 * Decimal for amounts (yuan), straight from the Decimal strings of the API, never through a float.
 */
export function longRows(reports: MonthlyReport[]): string[][] {
  return reports.flatMap((r) =>
    LINES.flatMap((l) => l.measures.map((m) => [r.region, r.regionName, r.period, r.scope, l.agency, l.line, m.measure, valueOf(r, l.line, m.measure)])),
  );
}

export function longFormatCsv(reports: MonthlyReport[], opts: { bom?: boolean } = {}): string {
  return toCsv([[...LONG_COLUMNS], ...longRows(reports)], opts);
}
