import {
  Agency, INBOX_LIMIT, inboxTitle, REPORTING_UNITS, ReportScope, byDueTime, checkInbox, covers, emptyInboxSection, endOfDate, inboxItem, inboxSection, regionName,
  regionPrefixFilter, todayIn, type Context, type InboxKey, type InboxSection, type ReportKey,
} from "@ipr/shared";
import { MajorCaseReport, MajorCaseReportStatus } from "./entities/major-case-report";
import { Supervision, SupervisionStatus } from "./entities/supervision";
import { ReportStatus, dueOn } from "./report-status";
import { statusOf } from "./submissions";

/** How far back the inbox looks for tables never submitted: a year of months. */
export const TABLES_LOOKBACK_MONTHS = 12;

/** The months that have ended in China at `now`, the latest first, `count` of them. */
export function endedMonths(now: Date, count: number): string[] {
  let [y, m] = todayIn(now).slice(0, 7).split("-").map(Number);
  const out: string[] = [];
  while (out.length < count) {
    if (--m === 0) [y, m] = [y - 1, 12];
    out.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return out;
}

const WAITING = [ReportStatus.DUE, ReportStatus.OVERDUE];

/**
 * The office's own section: the action plan's table (FOREIGN_INVESTED) of each reporting unit inside
 * the inbox's region, for each of the last 12 ended months, while it is not submitted. Only an OFFICE
 * inbox has any: the offices submit the tables. All statuses are read in one statement (statusOf is batched).
 */
export async function monthlyTablesDue(ctx: Context, key: InboxKey): Promise<InboxSection> {
  checkInbox(ctx, key);
  if (key.agency !== Agency.OFFICE) return emptyInboxSection();
  const units = REPORTING_UNITS.filter((u) => covers(key.region, u.code));
  const periods = endedMonths(ctx.now(), TABLES_LOOKBACK_MONTHS);
  const reports: ReportKey[] = units.flatMap((u) => periods.map((period) => ({ region: u.code, period, scope: ReportScope.FOREIGN_INVESTED })));
  const statuses = await Promise.all(reports.map((r) => statusOf(ctx, r)));
  const items = reports
    .filter((_r, i) => WAITING.includes(statuses[i]))
    .map((r) =>
      inboxItem(ctx, "monthlyTablesDue", {
        typename: "MonthlyReport", id: `${r.region}/${r.period}/${r.scope}`, region: r.region,
        title: `${regionName(r.region)} monthly table for ${r.period}`, dueAt: endOfDate(dueOn(r.period)),
      }),
    )
    .sort(byDueTime);
  return inboxSection(items.slice(0, INBOX_LIMIT), items.length);
}

/** Open supervisions of cases the inbox's agency handles inside its region, by when their next progress report is due. */
export async function progressReportsDue(ctx: Context, key: InboxKey): Promise<InboxSection> {
  checkInbox(ctx, key);
  const [rows, count] = await ctx.em.findAndCount(
    Supervision,
    { status: SupervisionStatus.OPEN, nextProgressDueAt: { $ne: null }, report: { agency: key.agency }, ...regionPrefixFilter(key.region) },
    { populate: ["report"], orderBy: { nextProgressDueAt: "asc", id: "asc" }, limit: INBOX_LIMIT },
  );
  return inboxSection(
    rows.map((s) =>
      inboxItem(ctx, "progressReportsDue", {
        typename: "Supervision", id: s.id, region: s.region, dueAt: s.nextProgressDueAt!, counterpart: Agency.OFFICE, title: inboxTitle(`督办: ${s.report.summary}`),
      }),
    ),
    count,
  );
}

/**
 * Major-case reports the office of the inbox's region has still to pass up to the national office: those
 * received by a provincial office inside it (`officeRegion`, not the case's region: a city's office
 * receives none, and cannot pass any up).
 */
export async function majorCasesToForward(ctx: Context, key: InboxKey): Promise<InboxSection> {
  checkInbox(ctx, key);
  if (key.agency !== Agency.OFFICE) return emptyInboxSection();
  const [rows, count] = await ctx.em.findAndCount(
    MajorCaseReport,
    { status: MajorCaseReportStatus.REPORTED, forwardDueAt: { $ne: null }, ...regionPrefixFilter(key.region, "officeRegion") },
    { orderBy: { forwardDueAt: "asc", id: "asc" }, limit: INBOX_LIMIT },
  );
  return inboxSection(
    rows.map((r) =>
      inboxItem(ctx, "majorCasesToForward", { typename: "MajorCaseReport", id: r.id, region: r.region, dueAt: r.forwardDueAt!, counterpart: r.agency, title: inboxTitle(r.summary) }),
    ),
    count,
  );
}
