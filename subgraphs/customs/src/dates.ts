/**
 * Calendar arithmetic on `YYYY-MM-DD` strings (UTC, no time of day), for the ten-year term of a
 * customs recordation (海关知识产权保护条例 art. 10) and its renewal window.
 */
const parts = (date: string) => date.split("-").map(Number) as [number, number, number];
const format = (t: number) => new Date(t).toISOString().slice(0, 10);
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(Date.UTC(y, m - 1, d + days));
}

/** The same day `months` earlier; a day the month lacks becomes its last day (31 Aug − 6 months = 28/29 Feb). */
export function subtractMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month))));
}

/**
 * Last day of a term of `years` starting on `start`: the day before the anniversary. A term starting
 * on 29 February has its anniversary on 1 March of a common year, so it ends on 28 February and no day
 * of the ten years is lost.
 */
export function termEnd(start: string, years: number): string {
  const [y, m, d] = parts(start);
  // Date.UTC rolls 29 Feb of a common year over to 1 Mar
  return format(Date.UTC(y + years, m - 1, d) - 86_400_000);
}

/** A recordation is valid for ten years from the day it is recorded. */
export const RECORDATION_YEARS = 10;
/** Renewal may be applied for within six months before expiry (or, this platform allows, after it). */
export const RENEWAL_WINDOW_MONTHS = 6;

export const recordationValidUntil = (recordedOn: string) => termEnd(recordedOn, RECORDATION_YEARS);
/** A renewal adds a new ten-year term starting the day after the old one ends. */
export const renewedValidUntil = (validUntil: string) => termEnd(addDays(validUntil, 1), RECORDATION_YEARS);
/** First day renewal may be applied for: six months before the day after expiry. */
export const renewalOpensOn = (validUntil: string) => subtractMonths(addDays(validUntil, 1), RENEWAL_WINDOW_MONTHS);
