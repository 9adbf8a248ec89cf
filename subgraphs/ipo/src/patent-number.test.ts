import { PatentKind, makePatentNumber, normalizePatentNumber, parsePatentNumber, patentCheckChar } from "./patent-number";

describe("patent numbers", () => {
  // weights 2,3,4,5,6,7,8,9,2,3,4,5; the weighted sum mod 11, 10 written as X
  test.each([
    ["201710123456", "0"], // 4+0+4+35+6+0+8+18+6+12+20+30 = 143 = 13·11
    ["200310000001", "8"], // 4+15+6+5 = 30 ≡ 8
    ["201620567890", "9"],
    ["201830123456", "6"],
    ["201880001234", "4"],
    ["201590000007", "1"],
    ["201710123401", "X"], // 4+0+4+35+6+0+8+18+6+12+0+5 = 98 ≡ 10
  ])("the check character of %s is %s", (digits, check) => {
    expect(patentCheckChar(digits)).toBe(check);
  });

  test("accepts the number with or without ZL and normalises it", () => {
    const expected = { patentNumber: "ZL201710123456.0", year: 2017, kind: PatentKind.INVENTION };
    expect(parsePatentNumber("ZL201710123456.0")).toEqual(expected);
    expect(parsePatentNumber("201710123456.0")).toEqual(expected);
    expect(parsePatentNumber(" zl 201710123456.0 ")).toEqual(expected);
    expect(parsePatentNumber("ZL201710123401.x")).toMatchObject({ patentNumber: "ZL201710123401.X" });
    expect(normalizePatentNumber("201710123456.0")).toBe("ZL201710123456.0");
  });

  test.each([
    ["1", PatentKind.INVENTION],
    ["2", PatentKind.UTILITY_MODEL],
    ["3", PatentKind.DESIGN],
    ["8", PatentKind.INVENTION],
    ["9", PatentKind.UTILITY_MODEL],
  ] as const)("type digit %s is a %s patent", (digit, kind) => {
    expect(parsePatentNumber(makePatentNumber(2017, Number(digit) as 1, 42))).toMatchObject({ kind });
  });

  test.each([
    ["a wrong check character", "ZL201710123456.1", /check character 1 is wrong .*expected 0/],
    ["X where a digit is due", "ZL201710123456.X", /check character X is wrong/],
    ["an unknown type digit", `ZL201740123456.${patentCheckChar("201740123456")}`, /type digit 4/],
    ["a year before 12-digit numbers", `ZL200210123456.${patentCheckChar("200210123456")}`, /application year 2002/],
    ["too few digits", "ZL20171012345.6", /not a patent number/],
    ["letters", "ZL2017101234AB.0", /not a patent number/],
    ["an old 8-digit number", "ZL98123456.7", /not a patent number/],
  ])("refuses %s", (_what, value, reason) => {
    expect(parsePatentNumber(value)).toMatch(reason);
    expect(normalizePatentNumber(value)).toBeNull();
  });

  test("refuses an application year after today's", () => {
    const number = makePatentNumber(2018, 1, 1);
    expect(parsePatentNumber(number, "2017-12-31")).toMatch(/application year 2018/);
    expect(parsePatentNumber(number, "2018-01-01")).toMatchObject({ patentNumber: number });
  });
});
