import { registerEnumType } from "type-graphql";
import { HOLIDAY_ARRANGEMENTS } from "./calendar";

/**
 * Working days (工作日) as China's official calendar has them: Monday to Friday, less the public
 * holidays, plus the weekend days worked in exchange (调休), from the State Council's yearly notices
 * kept as data in `calendar/`. Periods counted in working days (受理 within 7 working days) use it.
 */
export enum WorkingDayBasis {
  /** Every day counted is covered by the State Council's published arrangement for its year. */
  OFFICIAL_CALENDAR = "OFFICIAL_CALENDAR",
  /** Some day counted falls in a year the platform holds no arrangement for: weekdays only, holidays not known. */
  WEEKDAYS_ONLY = "WEEKDAYS_ONLY",
}
registerEnumType(WorkingDayBasis, {
  name: "WorkingDayBasis",
  description: "How a period in working days was counted: on the official holiday calendar, or on weekdays only for a year the platform has no calendar for",
});

const OFF = new Set<string>();
const WORKED = new Set<string>();
const YEARS = new Set<number>();
const nextDay = (date: string, days = 1) => {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
for (const a of HOLIDAY_ARRANGEMENTS) {
  YEARS.add(a.year);
  for (const [, first, last] of a.off) for (let d = first; d <= last; d = nextDay(d)) OFF.add(d);
  for (const d of a.worked) WORKED.add(d);
}

/** The years whose official arrangement the platform holds. */
export const calendarYears = (): number[] => [...YEARS].sort();

/** Whether `date` is on the official calendar: its year's notice is held, or a held notice names the day. */
export const onOfficialCalendar = (date: string) => YEARS.has(Number(date.slice(0, 4))) || OFF.has(date) || WORKED.has(date);

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export function isWorkingDay(date: string): boolean {
  if (WORKED.has(date)) return true;
  if (OFF.has(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/**
 * The `days`-th working day after `date` (the period starts the day after, as procedural periods do),
 * and whether every day counted was on the official calendar.
 */
export function addWorkingDays(date: string, days: number): { date: string; basis: WorkingDayBasis } {
  let official = true;
  let d = date;
  for (let left = days; left > 0; ) {
    d = nextDay(d);
    if (!onOfficialCalendar(d)) official = false;
    if (isWorkingDay(d)) left--;
  }
  return { date: d, basis: official ? WorkingDayBasis.OFFICIAL_CALENDAR : WorkingDayBasis.WEEKDAYS_ONLY };
}

/** The end of a China calendar day (23:59:59.999 UTC+8), the instant a period ending that day runs out. */
export const endOfChinaDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000 - 1);

/** Deadline of a period of `days` working days from `date`: the end of the last one, China time. */
export function endOfWorkingDaysAfter(date: string, days: number): { dueAt: Date; basis: WorkingDayBasis } {
  const { date: last, basis } = addWorkingDays(date, days);
  return { dueAt: endOfChinaDay(last), basis };
}
