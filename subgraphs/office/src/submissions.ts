import type { Context, ReportKey } from "@ipr/shared";
import { MonthlyReportSubmission } from "./entities/monthly-report-submission";
import { reportStatusAt, type ReportStatus } from "./report-status";
import { isReportingUnit } from "./report-access";

export const reportId = (key: ReportKey) => JSON.stringify({ region: key.region, period: key.period, scope: key.scope });

/**
 * Every version submitted for a report, oldest first; batched so all the reports of a request cost
 * one SQL statement (regions × periods × scopes of the batch, served by the unique index, then
 * matched exactly in memory).
 */
export function submissionsOf(ctx: Context, key: ReportKey): Promise<MonthlyReportSubmission[]> {
  // national totals and cities are read, never submitted
  if (!isReportingUnit(key.region)) return Promise.resolve([]);
  return ctx.loaders
    .get<string, MonthlyReportSubmission[]>("monthly-report-submissions", async (ids) => {
      const keys = ids.map((id) => JSON.parse(id) as ReportKey);
      const distinct = (pick: (k: ReportKey) => string) => [...new Set(keys.map(pick))];
      const rows = await ctx.em.find(
        MonthlyReportSubmission,
        { region: { $in: distinct((k) => k.region) }, period: { $in: distinct((k) => k.period) }, scope: { $in: distinct((k) => k.scope) as never } },
        { orderBy: { version: "asc" } },
      );
      const groups = new Map<string, MonthlyReportSubmission[]>();
      for (const row of rows) {
        const id = reportId(row);
        groups.set(id, [...(groups.get(id) ?? []), row]);
      }
      return ids.map((id) => groups.get(id) ?? []);
    })
    .load(reportId(key));
}

/** The version in force: the latest amendment, or the submission. */
export const latestSubmission = async (ctx: Context, key: ReportKey) => (await submissionsOf(ctx, key)).at(-1) ?? null;

/**
 * A report's status now. Timeliness is judged on the first submission: an amendment corrects a
 * table that was delivered, it does not make an on-time delivery late.
 */
export async function statusOf(ctx: Context, key: ReportKey): Promise<ReportStatus> {
  const [first] = await submissionsOf(ctx, key);
  return reportStatusAt(key.period, ctx.now(), first?.submittedAt ?? null);
}
