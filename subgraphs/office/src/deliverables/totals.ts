import { REPORT_LINES, fromFen, toFen } from "@ipr/shared";
import type { Figures } from "../report-lines";

/**
 * The action phase's totals of a report: each measure added up over its months, counts as integers
 * and amounts in exact fen. A measure counted distinct per month (arrest approvals: cases) adds up
 * per month, as the paper tables it is compared with do.
 */
export function sumFigures(months: Figures[]): Figures {
  const out: Figures = {};
  for (const line of REPORT_LINES) {
    out[line.line] = {};
    for (const { measure, kind } of line.measures) {
      const values = months.map((m) => m[line.line]?.[measure]).filter((v) => v !== undefined && v !== null);
      out[line.line][measure] = kind === "count" ? values.reduce<number>((n, v) => n + Number(v), 0) : fromFen(values.reduce<bigint>((n, v) => n + toFen(String(v)), 0n));
    }
  }
  return out;
}
