import { creditCodeCheckChar, isCreditCode, makeCreditCode } from "./credit-code";
import { isIdNumber, makeIdNumber, maskIdNumber, maskName } from "./id-number";
import { covers, isRegion, regionName, regionPrefix, REPORTING_UNITS } from "./regions";
import { regionPrefixFilter } from "./policy";

describe("unified social credit code (GB 32100-2015)", () => {
  test("accepts the standard's worked example", () => {
    expect(isCreditCode("91350100M000100Y43")).toBe(true);
  });
  test("a changed character or check digit is refused", () => {
    expect(isCreditCode("91350100M000100Y44")).toBe(false);
    expect(isCreditCode("91350100M000I00Y43")).toBe(false); // I is not in the alphabet
    expect(isCreditCode("91350100M000100Y4")).toBe(false);
    expect(isCreditCode(null)).toBe(false);
  });
  test("generated codes are valid and distinct", () => {
    const codes = Array.from({ length: 2000 }, (_, i) => makeCreditCode("440300", i));
    expect(codes.every(isCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
  });
});

describe("resident ID number (GB 11643)", () => {
  test("accepts the standard's example and generated numbers", () => {
    expect(isIdNumber("11010519491231002X")).toBe(true);
    expect(isIdNumber(makeIdNumber("440300", "1985-06-30", 17))).toBe(true);
  });
  test("refuses a wrong check character or impossible birth date", () => {
    expect(isIdNumber("110105194912310021")).toBe(false);
    expect(isIdNumber(makeIdNumber("440300", "1985-02-30", 1))).toBe(false);
  });
  test("masks keep only what is not personal", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105***********X");
    expect(maskName("张三丰")).toBe("张**");
  });
});

describe("regions (GB/T 2260)", () => {
  test("32 reporting units including the XPCC", () => {
    expect(REPORTING_UNITS).toHaveLength(32);
    expect(REPORTING_UNITS.find((u) => u.code === "660000")?.name).toBe("新疆生产建设兵团");
  });
  test("prefix coverage", () => {
    expect(regionPrefix("000000")).toBe("");
    expect(covers("440000", "440305")).toBe(true);
    expect(covers("440300", "440305")).toBe(true);
    expect(covers("440300", "440105")).toBe(false);
    expect(covers("000000", "650102")).toBe(true);
    expect(covers("440000", "450000")).toBe(false);
  });
  test("validation", () => {
    expect(isRegion("440305")).toBe(true);
    expect(isRegion("990000")).toBe(false);
    expect(isRegion("440005")).toBe(false);
    expect(isRegion("000000")).toBe(false);
    expect(isRegion("000000", { allowNational: true })).toBe(true);
    expect(isRegion("44030")).toBe(false);
    expect(regionName("440000")).toBe("广东省");
  });
  test("prefix filters are index-friendly ranges", () => {
    expect(regionPrefixFilter("440000")).toEqual({ region: { $gte: "44", $lt: "45" } });
    expect(regionPrefixFilter("440900")).toEqual({ region: { $gte: "4409", $lt: "4410" } });
    expect(regionPrefixFilter("000000")).toEqual({});
  });
});
