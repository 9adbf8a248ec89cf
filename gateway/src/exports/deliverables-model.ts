import { LINES } from "./model";

/**
 * What the deliverable exports read through the federated schema: the office's implementation plans,
 * work-progress narratives and special work reports, with their versions.
 */

export interface Versioned {
  version: number;
  submittedAt: string;
  reason: string | null;
}

export interface Tracked<V extends Versioned> {
  region: string;
  regionName: string;
  dueOn: string;
  status: string;
  submittedAt: string | null;
  versions: V[];
}

export interface PlanVersion extends Versioned {
  measures: string[];
  responsibleAgencies: string[];
  contacts: Array<{ name: string; role: string; phone: string }>;
}

export interface NarrativeVersion extends Versioned {
  narrative: string;
}

export interface SpecialReportVersion extends Versioned {
  narrative: string;
  /** FOREIGN_INVESTED, the action plan's own scope */
  months: Array<{ period: string; figures: Record<string, unknown> }>;
  totals: Record<string, unknown>;
  /** The same months in scope ALL (empty for a version frozen before both scopes were) */
  allMonths: Array<{ period: string; figures: Record<string, unknown> }>;
  allTotals: Record<string, unknown>;
  typicalCases: Array<{ agency: string; title: string; summary: string }>;
}

/** A frozen measure of the version in force that the live table no longer matches. */
export interface SpecialReportDifference {
  period: string;
  scope: string;
  line: string;
  measure: string;
  submitted: string;
  live: string;
}

export interface SpecialReport extends Tracked<SpecialReportVersion> {
  differences: SpecialReportDifference[];
}

const TRACKED = "region regionName dueOn status submittedAt";
const VERSION = "version submittedAt reason";
const FIGURES = LINES.map((l) => `${l.line} { ${l.measures.map((m) => m.measure).join(" ")} }`).join(" ");

export const PLANS = `query ImplementationPlansExport { implementationPlans { ${TRACKED}
  versions { ${VERSION} measures responsibleAgencies contacts { name role phone } } } }`;

export const NARRATIVES = `query WorkProgressExport($period: String!) { workProgressReports(period: $period) { ${TRACKED} period
  versions { ${VERSION} narrative } } }`;

export const SPECIAL_REPORT = `query SpecialWorkReportExport($region: String!) { specialWorkReport(region: $region) { ${TRACKED}
  differences { period scope line measure submitted live }
  versions { ${VERSION} narrative months { period figures { ${FIGURES} } } totals { ${FIGURES} }
    allMonths: months(scope: ALL) { period figures { ${FIGURES} } } allTotals: totals(scope: ALL) { ${FIGURES} } typicalCases { agency title summary } } } }`;

/** `submitted` (or nothing): the version in force; a number: that version. Null when there is no such version. */
export function pickVersion<V extends Versioned>(versions: V[], wanted: "submitted" | number | undefined): V | null {
  if (wanted === undefined || wanted === "submitted") return versions.at(-1) ?? null;
  return versions.find((v) => v.version === wanted) ?? null;
}
