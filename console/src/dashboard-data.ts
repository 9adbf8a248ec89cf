import type { DataTable } from "./csv";
import type { MessageKey } from "./i18n";

export { FOREIGN_VS_ALL_QUERY, LATE_QUERY, REFERRALS_QUERY, TABLES_QUERY } from "./dashboard-documents";

type Tally = { cases?: number; amountInvolved?: string } | null | undefined;
export interface Report {
  region: string;
  regionName: string;
  period: string;
  tradeSecretCases?: Tally;
  trademarkCases?: Tally;
  patentCases?: Tally;
  copyrightCases?: Tally;
  plantVarietyCases?: Tally;
  customs?: { seizures: number; amountInvolved: string } | null;
  postal?: { interceptions: number; amountInvolved: string } | null;
  police?: { casesFiled: number } | null;
  procuratorate?: { arrestApprovedCases: number; prosecutedCases: number } | null;
  courts?: { judgments: number } | null;
}
export interface Referral {
  id: string;
  region: string;
  sentAt: string;
  status: string;
  overdue: boolean;
  decisionDueAt: string | null;
}

/** The admin-case lines of the monthly table: the count and the amount (yuan) each one reads. */
export const ADMIN_LINES: ReadonlyArray<{ key: MessageKey; cases: (r: Report) => number; amount: (r: Report) => number }> = [
  { key: "tradeSecretCases", cases: (r) => r.tradeSecretCases?.cases ?? 0, amount: (r) => Number(r.tradeSecretCases?.amountInvolved ?? 0) },
  { key: "trademarkCases", cases: (r) => r.trademarkCases?.cases ?? 0, amount: (r) => Number(r.trademarkCases?.amountInvolved ?? 0) },
  { key: "patentCases", cases: (r) => r.patentCases?.cases ?? 0, amount: (r) => Number(r.patentCases?.amountInvolved ?? 0) },
  { key: "copyrightCases", cases: (r) => r.copyrightCases?.cases ?? 0, amount: (r) => Number(r.copyrightCases?.amountInvolved ?? 0) },
  { key: "plantVarietyCases", cases: (r) => r.plantVarietyCases?.cases ?? 0, amount: (r) => Number(r.plantVarietyCases?.amountInvolved ?? 0) },
  { key: "customs", cases: (r) => r.customs?.seizures ?? 0, amount: (r) => Number(r.customs?.amountInvolved ?? 0) },
  { key: "postal", cases: (r) => r.postal?.interceptions ?? 0, amount: (r) => Number(r.postal?.amountInvolved ?? 0) },
];

const adminCases = (r: Report) => ADMIN_LINES.reduce((sum, line) => sum + line.cases(r), 0);
const cents = (n: number) => Math.round(n * 100) / 100;

/** A reporting unit covers the regions sharing its code's non-zero prefix (440000 covers 4403xx; 000000 all). */
export const unitPrefix = (unit: string) => unit.replace(/(00)+$/, "");
export function unitOf(region: string, units: readonly string[]): string | undefined {
  return units.filter((u) => region.startsWith(unitPrefix(u))).sort((a, b) => unitPrefix(b).length - unitPrefix(a).length)[0];
}

/** Units in the order of their codes, with their names. */
export function unitsOf(reports: readonly Report[]): Array<{ region: string; regionName: string }> {
  const units = new Map<string, string>();
  for (const r of reports) units.set(r.region, r.regionName);
  return [...units].sort(([a], [b]) => a.localeCompare(b)).map(([region, regionName]) => ({ region, regionName }));
}

type T = (key: MessageKey) => string;

/** Bar chart: each unit's admin cases over the period, by line of the table. */
export function casesByUnit(reports: readonly Report[], t: T): DataTable {
  const rows = unitsOf(reports).map(({ region, regionName }) => {
    const mine = reports.filter((r) => r.region === region);
    return [region, regionName, ...ADMIN_LINES.map((line) => mine.reduce((sum, r) => sum + line.cases(r), 0))];
  });
  return { columns: [t("unit"), t("region"), ...ADMIN_LINES.map((l) => t(l.key))], rows };
}

/** Line chart: the amount involved (yuan) of each admin line per month, over the selected units. */
export function amountByMonth(reports: readonly Report[], months: readonly string[], t: T): DataTable {
  const rows = months.map((period) => {
    const inMonth = reports.filter((r) => r.period === period);
    return [period, ...ADMIN_LINES.map((line) => cents(inMonth.reduce((sum, r) => sum + line.amount(r), 0)))];
  });
  return { columns: [t("period"), ...ADMIN_LINES.map((l) => `${t(l.key)} ${t("amount")}`)], rows };
}

/** Foreign-invested vs all: admin cases per month under each scope. */
export function foreignVsAll(foreign: readonly Report[], all: readonly Report[], months: readonly string[], t: T): DataTable {
  const total = (reports: readonly Report[], period: string) => reports.filter((r) => r.period === period).reduce((sum, r) => sum + adminCases(r), 0);
  return { columns: [t("period"), t("FOREIGN_INVESTED"), t("ALL")], rows: months.map((p) => [p, total(foreign, p), total(all, p)]) };
}

/** The referral funnel per unit: admin cases → referred → filed → arrests approved → prosecuted → judged. */
export function referralFunnel(reports: readonly Report[], referrals: readonly Referral[], from: string, toEnd: string, t: T): DataTable {
  const units = unitsOf(reports);
  const codes = units.map((u) => u.region);
  const referred = new Map<string, number>();
  for (const ref of referrals) {
    const day = ref.sentAt.slice(0, 10);
    const unit = unitOf(ref.region, codes);
    if (unit && day >= `${from}-01` && day <= toEnd) referred.set(unit, (referred.get(unit) ?? 0) + 1);
  }
  const rows = units.map(({ region, regionName }) => {
    const mine = reports.filter((r) => r.region === region);
    const sum = (f: (r: Report) => number) => mine.reduce((s, r) => s + f(r), 0);
    return [
      region,
      regionName,
      sum(adminCases),
      referred.get(region) ?? 0,
      sum((r) => r.police?.casesFiled ?? 0),
      sum((r) => r.procuratorate?.arrestApprovedCases ?? 0),
      sum((r) => r.procuratorate?.prosecutedCases ?? 0),
      sum((r) => r.courts?.judgments ?? 0),
    ];
  });
  return { columns: [t("unit"), t("region"), t("adminCases"), t("referred"), t("filed"), t("arrests"), t("prosecuted"), t("judged")], rows };
}

/** Per unit: referrals overdue for decision now, and tables late or missing over the period. */
export function overdueAndLate(units: ReadonlyArray<{ region: string; regionName: string }>, referrals: readonly Referral[], late: ReadonlyArray<{ region: string }>, t: T): DataTable {
  const codes = units.map((u) => u.region);
  const overdue = new Map<string, number>();
  for (const ref of referrals) {
    const unit = ref.overdue ? unitOf(ref.region, codes) : undefined;
    if (unit) overdue.set(unit, (overdue.get(unit) ?? 0) + 1);
  }
  const lateCount = new Map<string, number>();
  for (const r of late) lateCount.set(r.region, (lateCount.get(r.region) ?? 0) + 1);
  return {
    columns: [t("unit"), t("region"), t("overdueReferrals"), t("lateReports")],
    rows: units.map(({ region, regionName }) => [region, regionName, overdue.get(region) ?? 0, lateCount.get(region) ?? 0]),
  };
}
