import { Agency } from "@ipr/shared";
import { Referral, ReferralStatus } from "./entities/referral";
import { ReferralEventKind } from "./entities/referral-event";
import { EnforcementCaseType } from "./sources";
import { decide, firstDecisionDue, reconsiderationWindowEnd, requestReconsideration } from "./workflow";

const at = (iso: string) => new Date(iso);
function referral(over: Partial<Referral> = {}): Referral {
  return Object.assign(new Referral(), {
    id: "r", sourceType: EnforcementCaseType.SAIC_CASE, sourceId: "s", fromAgency: Agency.SAIC, region: "440300", reason: "x",
    sentAt: at("2017-10-10T10:00:00+08:00"), decisionDueAt: firstDecisionDue(at("2017-10-10T10:00:00+08:00")), ...over,
  });
}

describe("referral workflow", () => {
  test("a sent referral is filed or declined once", () => {
    const filed = decide(referral(), "FILED", at("2017-10-11T09:00:00+08:00"), null, "c1");
    expect(filed.changes).toMatchObject({ status: ReferralStatus.FILED, criminalCaseId: "c1", decisionDueAt: null });
    expect(filed.kind).toBe(ReferralEventKind.FILED);
    expect(() => decide(referral({ status: ReferralStatus.FILED }), "DECLINED", new Date(), "again", null)).toThrow(/already decided/);
  });

  test("a decline may be sent back within 3 days; the police then owe an answer within 3 days", () => {
    const declined = referral({ status: ReferralStatus.DECLINED, decidedAt: at("2017-10-12T16:00:00+08:00"), decisionDueAt: null });
    expect(reconsiderationWindowEnd(declined)?.toISOString()).toBe(at("2017-10-15T23:59:59.999+08:00").toISOString());
    const step = requestReconsideration(declined, at("2017-10-15T20:00:00+08:00"), "金额已达标准");
    expect(step.changes.status).toBe(ReferralStatus.RECONSIDERATION_REQUESTED);
    expect(step.changes.decisionDueAt.toISOString()).toBe(at("2017-10-18T23:59:59.999+08:00").toISOString());
    expect(() => requestReconsideration(declined, at("2017-10-16T00:00:01+08:00"), "late")).toThrow(/window/);
  });

  test("only a declined referral can be sent back", () => {
    for (const status of [ReferralStatus.SENT, ReferralStatus.FILED, ReferralStatus.RECONSIDERATION_REQUESTED, ReferralStatus.RECONSIDERATION_DECLINED])
      expect(() => requestReconsideration(referral({ status, decidedAt: new Date() }), new Date(), "x")).toThrow(/only a declined/);
  });

  test("a declined referral is filed only on the procuratorate's order to file", () => {
    for (const status of [ReferralStatus.DECLINED, ReferralStatus.RECONSIDERATION_DECLINED]) {
      expect(() => decide(referral({ status }), "FILED", new Date(), null, "c4")).toThrow(/procuratorate's order/);
      const step = decide(referral({ status }), "FILED", new Date(), null, "c4", true);
      expect(step).toMatchObject({ changes: { status: ReferralStatus.FILED, criminalCaseId: "c4" }, kind: ReferralEventKind.FILED_UNDER_SUPERVISION });
    }
    expect(() => decide(referral({ status: ReferralStatus.FILED }), "FILED", new Date(), null, "c5", true)).toThrow(/already decided/);
  });

  test("declining on reconsideration is final; filing on reconsideration files", () => {
    const pending = referral({ status: ReferralStatus.RECONSIDERATION_REQUESTED });
    expect(decide(pending, "DECLINED", new Date(), "仍不构成犯罪", null).changes.status).toBe(ReferralStatus.RECONSIDERATION_DECLINED);
    expect(decide(pending, "FILED", new Date(), null, "c2").changes.status).toBe(ReferralStatus.FILED);
    expect(() => decide(referral({ status: ReferralStatus.RECONSIDERATION_DECLINED }), "FILED", new Date(), null, "c3")).toThrow();
  });
});
