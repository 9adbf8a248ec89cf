import { MajorCaseReportStatus } from "../entities/major-case-report";
import { MajorCaseRule, MajorCaseRuleKind } from "../entities/major-case-rule";
import { SupervisionOutcome, SupervisionStatus } from "../entities/supervision";
import { close, forward, openSupervision, progressOverdue, report, reportProgress, supervisionOverdue } from "./workflow";
import { groundsOf, reportWithinDays, rulesMet } from "./rules";
import { reportDue } from "./deadlines";

const at = (s: string) => new Date(`${s}+08:00`);
const rule = (over: Partial<MajorCaseRule>): MajorCaseRule => ({ id: "r", kind: MajorCaseRuleKind.AMOUNT_INVOLVED, minimum: "1000000", campaign: null, reportWithinDays: 3, effectiveFrom: "2017-09-01", effectiveTo: null, basis: "", ...over }) as MajorCaseRule;

describe("major-case workflow", () => {
  test("a report waits on the provincial office for 3 days; a national one is passed up already", () => {
    const r = report(at("2017-10-10T09:00:00"), "440000");
    expect(r.changes).toMatchObject({ status: MajorCaseReportStatus.REPORTED, forwardDueAt: at("2017-10-13T23:59:59.999") });
    expect(report(at("2017-10-10T09:00:00"), "000000").changes).toMatchObject({ status: MajorCaseReportStatus.FORWARDED, forwardDueAt: null });
    expect(forward({ status: MajorCaseReportStatus.REPORTED }, at("2017-10-11T09:00:00")).changes).toMatchObject({ status: MajorCaseReportStatus.FORWARDED, forwardDueAt: null });
    expect(() => forward({ status: MajorCaseReportStatus.FORWARDED }, at("2017-10-11T09:00:00"))).toThrow(/already passed up/);
  });

  test("supervision: one open at a time, due after today, progress every 30 days, closed once", () => {
    const now = at("2017-10-10T09:00:00");
    expect(() => openSupervision(1, now, "2017-12-31")).toThrow(/already under supervision/);
    expect(() => openSupervision(0, now, "2017-10-10")).toThrow(/not after today/);
    const opened = openSupervision(0, now, "2017-12-31").changes;
    expect(opened.nextProgressDueAt).toEqual(at("2017-11-09T23:59:59.999"));
    const s = { status: SupervisionStatus.OPEN, dueOn: "2017-12-31", nextProgressDueAt: opened.nextProgressDueAt };
    expect(progressOverdue(s, at("2017-11-09T23:00:00"))).toBe(false);
    expect(progressOverdue(s, at("2017-11-10T00:00:00"))).toBe(true);
    const late = reportProgress(s, at("2017-11-12T10:00:00"));
    expect(late).toMatchObject({ late: true, changes: { nextProgressDueAt: at("2017-12-12T23:59:59.999") } });
    expect(reportProgress(s, at("2017-11-01T10:00:00")).late).toBe(false);
    expect(supervisionOverdue(s, at("2017-12-31T23:59:00"))).toBe(false);
    expect(supervisionOverdue(s, at("2018-01-01T00:00:00"))).toBe(true);
    const closed = close(s, at("2018-01-05T10:00:00"), SupervisionOutcome.CONCLUDED, "已判决").changes;
    expect(closed).toMatchObject({ status: SupervisionStatus.CLOSED, nextProgressDueAt: null });
    const c = { ...s, ...closed };
    expect(supervisionOverdue(c, at("2018-02-01T00:00:00"))).toBe(false);
    expect(() => reportProgress(c, at("2018-01-06T10:00:00"))).toThrow(/closed/);
    expect(() => close(c, at("2018-01-06T10:00:00"), SupervisionOutcome.WITHDRAWN, "x")).toThrow(/already closed/);
  });

  test("rules: in force on the case's date, amount, several provinces, campaign; the shortest deadline wins", () => {
    const rules = [
      rule({ id: "a-old", minimum: "2000000", effectiveTo: "2017-12-31" }),
      rule({ id: "a-new", minimum: "1000000", effectiveFrom: "2018-01-01" }),
      rule({ id: "p", kind: MajorCaseRuleKind.FOREIGN_MULTI_PROVINCE, minimum: "2", reportWithinDays: 5 }),
      rule({ id: "c", kind: MajorCaseRuleKind.CAMPAIGN, minimum: null, campaign: "CLUSTER_CAMPAIGN" as never, reportWithinDays: 2 }),
    ];
    expect(groundsOf(rulesMet(rules, { date: "2017-10-01", amount: "1500000.00" }))).toEqual([]);
    expect(groundsOf(rulesMet(rules, { date: "2018-01-01", amount: "1000000.00" }))).toEqual([MajorCaseRuleKind.AMOUNT_INVOLVED]);
    expect(groundsOf(rulesMet(rules, { date: "2017-08-31", amount: "9000000.00" }))).toEqual([]); // before any rule
    expect(groundsOf(rulesMet(rules, { date: "2017-10-01", foreignInvested: true, provinces: 2 }))).toEqual([MajorCaseRuleKind.FOREIGN_MULTI_PROVINCE]);
    expect(groundsOf(rulesMet(rules, { date: "2017-10-01", foreignInvested: false, provinces: 3 }))).toEqual([]);
    const both = { date: "2017-10-01", foreignInvested: true, provinces: 2, campaign: "CLUSTER_CAMPAIGN" };
    expect(groundsOf(rulesMet(rules, both))).toEqual([MajorCaseRuleKind.FOREIGN_MULTI_PROVINCE, MajorCaseRuleKind.CAMPAIGN]);
    expect(reportWithinDays(rules, both)).toBe(2);
    expect(reportWithinDays(rules, { date: "2017-10-01", foreignInvested: true, provinces: 2 })).toBe(5);
    expect(reportDue("2017-10-09", 3)).toEqual(at("2017-10-12T23:59:59.999"));
  });
});
