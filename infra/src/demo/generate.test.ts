import { isCreditCode, isIdNumber } from "@ipr/shared";
import { generateDemo } from "./generate";

describe("demo data generator", () => {
  const demo = generateDemo({ scale: 2, seed: 7 });

  test("the same seed gives the same data, another seed other data", () => {
    expect(JSON.stringify(generateDemo({ scale: 2, seed: 7 }))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateDemo({ scale: 2, seed: 8 }))).not.toBe(JSON.stringify(demo));
  });

  test("codes are valid and unique", () => {
    const codes = demo.saic.enterprises.map((e) => e.creditCode);
    expect(codes.every(isCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(demo.police.persons.every((p) => isIdNumber(p.idNumber))).toBe(true);
  });

  test("the chain is consistent: every link points at an existing row, dates in order", () => {
    const cases = new Map(demo.saic.cases.map((c) => [c.id, c]));
    const criminal = new Map(demo.police.criminalCases.map((c) => [c.id, c]));
    for (const r of demo.linkage.referrals) {
      const source = cases.get(r.sourceId as string)!;
      expect(source).toBeDefined();
      expect((r.sentAt as Date).toISOString().slice(0, 10) >= (source.openedOn as string)).toBe(true);
      if (r.status === "FILED") {
        const filed = criminal.get(r.criminalCaseId as string)!;
        expect(filed.filedOn as string >= (r.sentAt as Date).toISOString().slice(0, 10)).toBe(true);
      } else expect(r.criminalCaseId).toBeNull();
    }
    expect(demo.police.persons.every((p) => criminal.has(p.criminalCase as string))).toBe(true);
  });

  test("realistic attrition: most large cases referred, most referrals filed, some declined or pending", () => {
    const statuses = demo.linkage.referrals.map((r) => r.status);
    expect(statuses.filter((s) => s === "FILED").length).toBeGreaterThan(statuses.length / 2);
    expect(statuses).toContain("DECLINED");
    expect(statuses).toContain("SENT");
  });
});
