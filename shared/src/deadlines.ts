/**
 * Statutory periods as Chinese procedural law counts them: a period of N days starts the day after
 * the act and ends at the end of the N-th day, China Standard Time (UTC+8).
 */
const CST_MS = 8 * 3600_000;

export function endOfDayAfter(start: Date, days: number): Date {
  const local = new Date(start.getTime() + CST_MS);
  const nextMidnightLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days + 1);
  return new Date(nextMidnightLocal - CST_MS - 1);
}

/** A pending step is overdue strictly after its deadline; a step with no deadline never is. */
export const isOverdue = (dueAt: Date | null | undefined, now: Date) => !!dueAt && now.getTime() > dueAt.getTime();

/** The end of a calendar day (YYYY-MM-DD) in China: the instant a deadline "by that day" passes. */
export function endOfDate(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1) - CST_MS - 1);
}
