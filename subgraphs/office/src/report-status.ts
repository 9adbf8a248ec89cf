import { registerEnumType } from "type-graphql";
import { todayIn } from "@ipr/shared";

/** Where a unit's monthly table stands against its deadline (the 15th of the following month). */
export enum ReportStatus {
  /** The month has not ended. */
  NOT_DUE = "NOT_DUE",
  /** The month has ended; the report is due by the 15th of the next month. */
  DUE = "DUE",
  /** Submitted by the 15th (China time). */
  SUBMITTED = "SUBMITTED",
  /** Submitted after the 15th. */
  LATE = "LATE",
  /** Past the 15th and not submitted. */
  OVERDUE = "OVERDUE",
}
registerEnumType(ReportStatus, { name: "ReportStatus", description: "A monthly table against its deadline, the 15th of the following month (China time)" });

/** When a month's report is due: the 15th of the following month (行动方案 三(一)). */
export function dueOn(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-15` : `${y}-${String(m + 1).padStart(2, "0")}-15`;
}

/** The status on the calendar day `today` (YYYY-MM-DD), given the day the report was submitted, if it was. */
export function reportStatus(period: string, today: string, submittedOn: string | null): ReportStatus {
  const due = dueOn(period);
  return statusInWindow({ opensOn: due.slice(0, 8) + "01", dueOn: due }, today, submittedOn);
}

/** When something must be delivered: from `opensOn` (NOT_DUE before it) to `dueOn` included. */
export interface DueWindow {
  opensOn: string;
  dueOn: string;
}

/** The same rule for every deliverable of the office (the monthly table, plans, narratives, the year-end report). */
export function statusInWindow(window: DueWindow, today: string, submittedOn: string | null): ReportStatus {
  if (submittedOn) return submittedOn <= window.dueOn ? ReportStatus.SUBMITTED : ReportStatus.LATE;
  if (today < window.opensOn) return ReportStatus.NOT_DUE;
  return today <= window.dueOn ? ReportStatus.DUE : ReportStatus.OVERDUE;
}

/**
 * The status at the instant `now`, given when the report was submitted: both instants are read as
 * calendar days in China (UTC+8), so a report sent at 23:30 on the 15th in Beijing (15:30 UTC) is on time.
 */
export const reportStatusAt = (period: string, now: Date, submittedAt: Date | null): ReportStatus =>
  reportStatus(period, todayIn(now), submittedAt ? todayIn(submittedAt) : null);

/** Whether the month is over in China at `now`: only then can its table be submitted. */
export const monthHasEnded = (period: string, now: Date): boolean => period < todayIn(now).slice(0, 7);

/** The statuses `lateOrMissingReports` lists. */
export const LATE_OR_MISSING: readonly ReportStatus[] = [ReportStatus.LATE, ReportStatus.OVERDUE];
