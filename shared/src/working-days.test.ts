import { HOLIDAY_ARRANGEMENTS } from "./calendar";
import { WorkingDayBasis, addWorkingDays, calendarYears, endOfWorkingDaysAfter, isWorkingDay, onOfficialCalendar } from "./working-days";

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const OFFICIAL = WorkingDayBasis.OFFICIAL_CALENDAR;

describe("the official working-day calendar", () => {
  test("the data: every worked day is a Saturday or Sunday, no day is both off and worked, ranges are in order", () => {
    for (const a of HOLIDAY_ARRANGEMENTS) {
      for (const d of a.worked) expect([0, 6]).toContain(weekday(d));
      for (const [, first, last] of a.off) {
        expect(first <= last).toBe(true);
        for (const d of a.worked) expect(d >= first && d <= last).toBe(false);
      }
    }
    expect(calendarYears()).toEqual([2017, 2018, 2026]);
  });

  test("2017: National Day and Mid-Autumn week 1-8 October off, Saturday 30 September worked", () => {
    expect(isWorkingDay("2017-09-29")).toBe(true);
    expect(isWorkingDay("2017-09-30")).toBe(true); // a Saturday, worked
    for (let d = 1; d <= 8; d++) expect(isWorkingDay(`2017-10-0${d}`)).toBe(false);
    expect(isWorkingDay("2017-10-09")).toBe(true);
    // received on Friday 29 September: Sat 30 Sep is the 1st working day, 9-13 Oct the 2nd to 6th, Mon 16 Oct the 7th
    expect(addWorkingDays("2017-09-29", 7)).toEqual({ date: "2017-10-16", basis: OFFICIAL });
    expect(addWorkingDays("2017-09-29", 1).date).toBe("2017-09-30");
    expect(addWorkingDays("2017-09-30", 1).date).toBe("2017-10-09");
    expect(endOfWorkingDaysAfter("2017-09-29", 7).dueAt.toISOString()).toBe(new Date("2017-10-16T23:59:59.999+08:00").toISOString());
  });

  test("2017: the other holidays and their worked weekend days", () => {
    for (const d of ["2017-01-02", "2017-01-27", "2017-02-02", "2017-04-03", "2017-04-04", "2017-05-01", "2017-05-29", "2017-05-30"]) expect([d, isWorkingDay(d)]).toEqual([d, false]);
    for (const d of ["2017-01-22", "2017-02-04", "2017-04-01", "2017-05-27"]) expect([d, isWorkingDay(d)]).toEqual([d, true]);
    expect(isWorkingDay("2017-10-14")).toBe(false); // an ordinary Saturday
    // Spring Festival: received Thursday 26 January, the week off, Saturday 4 February worked
    expect(addWorkingDays("2017-01-26", 1).date).toBe("2017-02-03");
    expect(addWorkingDays("2017-01-26", 2).date).toBe("2017-02-04");
  });

  test("2018: Spring Festival, Qingming, Labour Day, Mid-Autumn, National Day, New Year 2019", () => {
    for (const d of ["2018-01-01", "2018-02-15", "2018-02-21", "2018-04-05", "2018-04-06", "2018-04-30", "2018-05-01", "2018-06-18", "2018-09-24", "2018-10-01", "2018-10-05", "2018-12-31", "2019-01-01"])
      expect([d, isWorkingDay(d)]).toEqual([d, false]);
    for (const d of ["2018-02-11", "2018-02-24", "2018-04-08", "2018-04-28", "2018-09-29", "2018-09-30", "2018-12-29"]) expect([d, isWorkingDay(d)]).toEqual([d, true]);
    // received Friday 28 September: Sat 29 and Sun 30 worked, the week off, Mon 8 October the 3rd
    expect(addWorkingDays("2018-09-28", 3).date).toBe("2018-10-08");
    expect(addWorkingDays("2018-09-28", 7)).toEqual({ date: "2018-10-12", basis: OFFICIAL });
    // received Wednesday 14 February: 15-21 off, Thu 22, Fri 23, Sat 24 worked
    expect(addWorkingDays("2018-02-14", 3).date).toBe("2018-02-24");
  });

  test("2026, the current year", () => {
    for (const d of ["2026-01-02", "2026-02-16", "2026-02-23", "2026-04-06", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-07"])
      expect([d, isWorkingDay(d)]).toEqual([d, false]);
    for (const d of ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]) expect([d, isWorkingDay(d)]).toEqual([d, true]);
    // received Tuesday 29 September 2026: Wed 30 Sep, the week off, Thu 8, Fri 9, Sat 10 (worked), Mon 12, Tue 13, Wed 14 Oct
    expect(addWorkingDays("2026-09-29", 7)).toEqual({ date: "2026-10-14", basis: OFFICIAL });
    // received Friday 13 February 2026: Sat 14 worked, 15-23 off, 24-27, Sat 28 worked
    expect(addWorkingDays("2026-02-13", 6).date).toBe("2026-02-28");
  });

  test("a year without an arrangement counts weekdays only, and says so", () => {
    expect(onOfficialCalendar("2019-01-01")).toBe(true); // named by the 2018 notice
    expect(onOfficialCalendar("2019-01-02")).toBe(false);
    expect(isWorkingDay("2021-10-01")).toBe(true); // a Friday: no calendar held for 2021
    expect(addWorkingDays("2021-09-30", 7)).toEqual({ date: "2021-10-11", basis: WorkingDayBasis.WEEKDAYS_ONLY });
    // a period reaching into an unknown year is not official either
    expect(addWorkingDays("2018-12-28", 7).basis).toBe(WorkingDayBasis.WEEKDAYS_ONLY);
    expect(addWorkingDays("2018-12-20", 3).basis).toBe(OFFICIAL);
  });
});
