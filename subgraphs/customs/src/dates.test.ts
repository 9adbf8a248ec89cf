import { addDays, recordationValidUntil, renewalOpensOn, renewedValidUntil, subtractMonths, termEnd } from "./dates";

describe("recordation dates", () => {
  test.each([
    ["2017-03-15", "2027-03-14"],
    ["2017-01-01", "2026-12-31"],
    ["2016-02-29", "2026-02-28"], // no 29 Feb in 2026: the anniversary is 1 March
    ["2018-03-01", "2028-02-29"], // the day before a leap-year anniversary is 29 Feb
    ["2017-12-31", "2027-12-30"],
  ])("recorded on %s is valid until %s", (recordedOn, validUntil) => {
    expect(recordationValidUntil(recordedOn)).toBe(validUntil);
  });

  test.each([
    ["2027-03-14", "2037-03-14"],
    ["2026-02-28", "2036-02-29"], // a term from 2016-02-29 continues from 2026-03-01
    ["2018-02-28", "2028-02-29"],
    ["2027-12-30", "2037-12-30"],
  ])("a recordation valid until %s is renewed until %s", (validUntil, renewed) => {
    expect(renewedValidUntil(validUntil)).toBe(renewed);
  });

  test.each([
    ["2027-03-14", "2026-09-15"],
    ["2027-08-30", "2027-02-28"], // 31 August less six months: the last day of February
    ["2028-08-30", "2028-02-29"],
    ["2018-02-28", "2017-09-01"],
    ["2017-05-31", "2016-12-01"],
  ])("renewal of a recordation valid until %s opens on %s", (validUntil, opens) => {
    expect(renewalOpensOn(validUntil)).toBe(opens);
  });

  test("day and month steps cross years", () => {
    expect(addDays("2017-12-31", 1)).toBe("2018-01-01");
    expect(addDays("2016-03-01", -1)).toBe("2016-02-29");
    expect(subtractMonths("2017-03-31", 6)).toBe("2016-09-30");
    expect(subtractMonths("2017-01-15", 13)).toBe("2015-12-15");
    expect(termEnd("2017-06-01", 1)).toBe("2018-05-31");
  });
});
