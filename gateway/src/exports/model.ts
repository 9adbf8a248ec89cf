import { REPORT_LINES } from "@ipr/shared";

/**
 * What the exports read: the federated `MonthlyReport` (never a database), its lines and measures,
 * and the only two kinds of value the table has — counts (plain digits) and amounts (yuan, 2 decimals).
 */

export type Kind = "count" | "amount";

export interface Measure {
  /** GraphQL field of the line, e.g. `cases`, `amountInvolved` */
  measure: string;
  kind: Kind;
}

export interface Line {
  /** The agency that owns (answers) the line in the supergraph */
  agency: string;
  /** GraphQL field of MonthlyReport, e.g. `trademarkCases` */
  line: string;
  measures: Measure[];
}

/** Every numeric line of MonthlyReport, in the paper table's order, then the lines beyond it: from the agencies' manifests. */
export const LINES: Line[] = REPORT_LINES.map((l) => ({ agency: l.agency, line: l.line, measures: l.measures.map(({ measure, kind }) => ({ measure, kind })) }));

export interface TypicalCase {
  title: string;
  summary: string;
  agency: string;
  /** Read from the record the typical case is about (office); null on typical cases without one */
  figures?: { caseNumber: string | null; amountInvolved: string | null; outcome: string | null } | null;
}

const TYPICAL_SELECTION = "typicalCases { title summary agency figures { caseNumber amountInvolved outcome } }";

/** A MonthlyReport as the exports select it: the key, the office's fields, and every line above. */
export interface MonthlyReport {
  region: string;
  period: string;
  scope: string;
  regionName: string;
  dueOn: string;
  status: string;
  typicalCases: TypicalCase[];
  [line: string]: unknown;
}

const LINE_SELECTION = LINES.map((l) => `${l.line} { ${l.measures.map((m) => m.measure).join(" ")} }`).join("\n  ");
const SELECTION = `region period scope regionName dueOn status ${TYPICAL_SELECTION}
  ${LINE_SELECTION}`;

export const ONE_REPORT = `query MonthlyReportExport($region: String!, $period: String!, $scope: ReportScope!) {
  monthlyReport(region: $region, period: $period, scope: $scope) { ${SELECTION} }
}`;

/** A submitted version of the table as the office froze it: its figures have the lines of MonthlyReport. */
export interface SubmittedVersion {
  version: number;
  submittedAt: string;
  reason: string | null;
  typicalCases: TypicalCase[];
  figures: Record<string, unknown>;
}

/** The table with every submitted version (the office's MonthlyReportSubmission), for `?version=`. */
export const VERSIONED_REPORT = `query MonthlyReportVersionsExport($region: String!, $period: String!, $scope: ReportScope!) {
  monthlyReport(region: $region, period: $period, scope: $scope) { ${SELECTION}
    submissions { version submittedAt reason ${TYPICAL_SELECTION} figures { ${LINE_SELECTION} } } }
}`;

/**
 * The report as a submitted version had it: the version's frozen figures and typical cases in place of
 * the live ones; the office's own fields (name, due date, status) stay as they are today.
 */
export function asSubmitted(report: MonthlyReport, version: SubmittedVersion): MonthlyReport {
  const frozen: MonthlyReport = { ...report, typicalCases: version.typicalCases };
  for (const l of LINES) frozen[l.line] = version.figures[l.line];
  return frozen;
}

export const MANY_REPORTS = `query MonthlyReportsExport($regions: [String!], $from: String!, $to: String!, $scope: ReportScope!) {
  monthlyReports(regions: $regions, from: $from, to: $to, scope: $scope) { ${SELECTION} }
}`;

export const SCOPES = ["FOREIGN_INVESTED", "ALL"] as const;

/** A count as plain digits: a non-negative safe integer, never `1e21` nor `3.0`. */
export function formatCount(value: unknown, where: string): string {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) throw new ExportDataError(`${where}: ${JSON.stringify(value)} is not a count`);
  return String(value);
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** An amount as a Decimal string with exactly 2 decimals, by string operations only (no floats). */
export function formatAmount(value: unknown, where: string): string {
  const match = typeof value === "string" ? DECIMAL.exec(value) : null;
  if (!match) throw new ExportDataError(`${where}: ${JSON.stringify(value)} is not a Decimal amount`);
  const [, sign, units, cents = ""] = match;
  return `${sign}${units.replace(/^0+(?=\d)/, "")}.${cents.padEnd(2, "0")}`;
}

export function formatValue(kind: Kind, value: unknown, where: string): string {
  return kind === "count" ? formatCount(value, where) : formatAmount(value, where);
}

/** The value of `line.measure` of a report, formatted by its kind. */
export function valueOf(report: MonthlyReport, line: string, measure: string): string {
  const spec = LINES.find((l) => l.line === line)?.measures.find((m) => m.measure === measure);
  if (!spec) throw new Error(`no measure ${line}.${measure}`);
  const tallies = report[line] as Record<string, unknown> | null | undefined;
  return formatValue(spec.kind, tallies?.[measure], `${report.region} ${report.period} ${line}.${measure}`);
}

/** The gateway answered with something the contract does not allow (HTTP 502). */
export class ExportDataError extends Error {}
