/**
 * Statutory periods of the referral workflow (State Council decree 310, art. 8; police filing rules).
 * A period of N days starts the day after the triggering act and ends at the end of the N-th day,
 * China Standard Time, as Chinese procedural law counts days.
 */
export const DECISION_DAYS = 3;
/** The referring agency may ask for reconsideration within 3 days of a decline … */
export const RECONSIDERATION_REQUEST_DAYS = 3;
/** … and the police answer it within 3 days. */
export const RECONSIDERATION_DECISION_DAYS = 3;

const CST_MS = 8 * 3600_000;

export function endOfDayAfter(start: Date, days: number): Date {
  const local = new Date(start.getTime() + CST_MS);
  const nextMidnightLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days + 1);
  return new Date(nextMidnightLocal - CST_MS - 1);
}

export const isOverdue = (dueAt: Date | null | undefined, now: Date) => !!dueAt && now.getTime() > dueAt.getTime();
