import { ReportStatus, dueOn, monthHasEnded, reportStatusAt } from "./report-status";

const at = (iso: string) => new Date(iso);
const { NOT_DUE, DUE, SUBMITTED, LATE, OVERDUE } = ReportStatus;

describe("the status of a monthly table against the 15th of the next month (China time)", () => {
  test("due on the 15th of the next month; December's on 15 January of the next year", () => {
    expect(dueOn("2017-10")).toBe("2017-11-15");
    expect(dueOn("2017-12")).toBe("2018-01-15");
    expect(dueOn("2018-01")).toBe("2018-02-15");
  });

  test.each([
    ["2017-10-31T12:00:00+08:00", NOT_DUE],
    ["2017-10-31T23:59:00+08:00", NOT_DUE], // 15:59 UTC: still October in Beijing
    ["2017-11-01T00:05:00+08:00", DUE], // 2017-10-31 16:05 UTC: November in Beijing
    ["2017-11-01T12:00:00+08:00", DUE],
    ["2017-11-15T23:30:00+08:00", DUE],
    ["2017-11-16T00:10:00+08:00", OVERDUE],
    ["2017-11-16T12:00:00+08:00", OVERDUE],
    ["2019-01-01T12:00:00+08:00", OVERDUE],
  ])("unsubmitted 2017-10 at %s is %s", (now, status) => {
    expect(reportStatusAt("2017-10", at(now), null)).toBe(status);
  });

  test.each([
    ["2017-11-01T09:00:00+08:00", SUBMITTED],
    ["2017-11-15T23:30:00+08:00", SUBMITTED], // = 2017-11-15T15:30Z
    ["2017-11-15T15:30:00Z", SUBMITTED],
    ["2017-11-16T00:10:00+08:00", LATE], // = 2017-11-15T16:10Z: the UTC date would wrongly say on time
    ["2017-11-15T16:10:00Z", LATE],
    ["2018-03-02T10:00:00+08:00", LATE],
  ])("2017-10 submitted at %s is %s, whatever the day it is asked", (submitted, status) => {
    for (const now of ["2017-11-20T10:00:00+08:00", "2018-06-01T10:00:00+08:00"]) expect(reportStatusAt("2017-10", at(now), at(submitted))).toBe(status);
  });

  test("December: due 15 January of the next year", () => {
    expect(reportStatusAt("2017-12", at("2017-12-31T20:00:00+08:00"), null)).toBe(NOT_DUE);
    expect(reportStatusAt("2017-12", at("2018-01-01T00:30:00+08:00"), null)).toBe(DUE);
    expect(reportStatusAt("2017-12", at("2018-01-15T23:00:00+08:00"), null)).toBe(DUE);
    expect(reportStatusAt("2017-12", at("2018-01-16T00:00:00+08:00"), null)).toBe(OVERDUE);
    expect(reportStatusAt("2017-12", at("2018-02-01T00:00:00+08:00"), at("2018-01-15T23:59:00+08:00"))).toBe(SUBMITTED);
    expect(reportStatusAt("2017-12", at("2018-02-01T00:00:00+08:00"), at("2018-01-16T08:00:00+08:00"))).toBe(LATE);
  });

  test("a month can be submitted once it has ended in Beijing", () => {
    expect(monthHasEnded("2017-10", at("2017-10-31T23:59:00+08:00"))).toBe(false);
    expect(monthHasEnded("2017-10", at("2017-11-01T00:01:00+08:00"))).toBe(true);
    expect(monthHasEnded("2017-12", at("2018-01-01T00:01:00+08:00"))).toBe(true);
    expect(monthHasEnded("2017-11", at("2017-11-20T10:00:00+08:00"))).toBe(false);
  });
});
