import { adminCases } from "./generate";
import { demo, recs } from "./demo.testing";

/** The office's major-case reports and supervisions in the demo set: every state, some overdue, some cases left unreported. */
describe("the demo set's major cases", () => {
  const data = demo(1);
  const reports = recs(data.office.majorCaseReports);
  const supervisions = recs(data.office.supervisions);
  const progress = recs(data.office.supervisionProgress);
  const now = new Date();

  test("reports in every state: passed up, and still waiting on the province past their deadline; a few reported late", () => {
    expect(reports.length).toBeGreaterThan(10);
    const states = new Set(reports.map((r) => r.status));
    expect([...states].sort()).toEqual(["FORWARDED", "REPORTED"]);
    expect(reports.filter((r) => r.status === "REPORTED").every((r) => r.forwardDueAt < now)).toBe(true);
    expect(reports.some((r) => r.reportedLate)).toBe(true);
    expect(reports.some((r) => !r.reportedLate)).toBe(true);
  });

  test("supervisions open (overdue) and closed, national and provincial, with progress reports, a few late", () => {
    expect(new Set(supervisions.map((s) => s.status))).toEqual(new Set(["OPEN", "CLOSED"]));
    expect(supervisions.filter((s) => s.status === "OPEN").every((s) => s.nextProgressDueAt < now)).toBe(true);
    expect(new Set(supervisions.map((s) => s.officeRegion === "000000"))).toEqual(new Set([true, false]));
    expect(progress.length).toBeGreaterThan(supervisions.length / 2);
    expect(progress.some((p) => p.late)).toBe(true);
    // every event belongs to a report, every report is about a generated case
    const cases = new Set([...recs(adminCases(data)), ...recs(data.police.criminalCases)].map((c) => c.id));
    expect(reports.every((r) => cases.has(r.caseId))).toBe(true);
  });

  test("some major cases are left unreported", () => {
    const reported = new Set(reports.map((r) => r.caseId));
    const major = recs(adminCases(data)).filter((c) => Number(c.amountInvolved) >= 1_000_000 && !reported.has(c.id));
    expect(major.length).toBeGreaterThan(0);
  });
});
