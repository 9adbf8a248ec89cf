import { endOfDayAfter, isOverdue } from "./deadlines";

describe("statutory deadlines", () => {
  test("3 days from receipt end at midnight China time of the third day after", () => {
    const sent = new Date("2017-10-10T15:00:00+08:00");
    expect(endOfDayAfter(sent, 3).toISOString()).toBe(new Date("2017-10-13T23:59:59.999+08:00").toISOString());
  });
  test("the day is the China calendar day even when UTC is still on the previous one", () => {
    const sent = new Date("2017-10-10T01:30:00+08:00"); // 2017-10-09 in UTC
    expect(endOfDayAfter(sent, 3).toISOString()).toBe(new Date("2017-10-13T23:59:59.999+08:00").toISOString());
  });
  test("month ends roll over", () => {
    expect(endOfDayAfter(new Date("2017-12-30T09:00:00+08:00"), 3).toISOString()).toBe(new Date("2018-01-02T23:59:59.999+08:00").toISOString());
  });
  test("overdue only strictly after the deadline, never without one", () => {
    const due = new Date("2017-10-13T23:59:59.999+08:00");
    expect(isOverdue(due, new Date("2017-10-13T23:59:59.999+08:00"))).toBe(false);
    expect(isOverdue(due, new Date("2017-10-14T00:00:00+08:00"))).toBe(true);
    expect(isOverdue(null, new Date())).toBe(false);
  });
});
