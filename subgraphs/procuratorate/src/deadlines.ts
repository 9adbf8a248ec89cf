/**
 * Statutory periods of filing supervision (立案监督): once the procuratorate requires the police to
 * explain why they did not file a case, they explain within 7 days; once it orders them to file,
 * they file within 15 days. A period of N days starts the day after the act and ends at the end of
 * the N-th day, China Standard Time, as Chinese procedural law counts days.
 * (Copied from linkage's deadlines.ts: subgraphs do not import each other.)
 */
export const EXPLANATION_DAYS = 7;
export const FILING_DAYS = 15;

const CST_MS = 8 * 3600_000;

export function endOfDayAfter(start: Date, days: number): Date {
  const local = new Date(start.getTime() + CST_MS);
  const nextMidnightLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days + 1);
  return new Date(nextMidnightLocal - CST_MS - 1);
}

export const isOverdue = (dueAt: Date | null | undefined, now: Date) => !!dueAt && now.getTime() > dueAt.getTime();
