/** Calendar helpers on `YYYY-MM-DD` strings and China-time instants, and the period the data set covers. */

/** The data set covers the action plan (from September 2017) and the year after it. */
export const FIRST_MONTH = "2017-09";
export const LAST_MONTH = "2018-12";
/** Nothing happens after this day: a step that would fall later is still pending when the data ends. */
export const END = "2018-12-31";

export const MONTHS: readonly string[] = (() => {
  const months: string[] = [];
  for (let y = 2017, m = 9; `${y}-${String(m).padStart(2, "0")}` <= LAST_MONTH; m === 12 ? ((y += 1), (m = 1)) : (m += 1))
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  return months;
})();

export const daysInMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b`. */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** An instant on a date at a local (UTC+8) hour and minute. */
export const atLocal = (date: string, hour: number, minute = 0) =>
  new Date(`${date}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+08:00`);

/** The China calendar date of an instant. */
export const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const maxDate = (...dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));

/** The 10-year term of a trademark or customs recordation: its last day is the day before the anniversary. */
export function termEnd(start: string, years: number): string {
  const [y, m, d] = start.split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

/** A date `days` after `date` unless that is after the end of the data set (then null: not happened yet). */
export const within = (date: string, days: number): string | null => {
  const d = addDays(date, days);
  return d <= END ? d : null;
};
