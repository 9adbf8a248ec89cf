import { GraphQLError } from "graphql";
import { CaseOutcome, checkOutcome, type CloseAdminCaseInput } from "./case-outcome";

const NOW = new Date("2017-12-01T04:00:00Z");
const input = (over: Partial<CloseAdminCaseInput> = {}): CloseAdminCaseInput => ({
  caseId: "00000000-0000-4000-8000-000000000001",
  closedOn: "2017-11-20",
  outcome: CaseOutcome.PENALISED,
  penaltyDecisionNumber: "深市监罚字〔2017〕12号",
  fine: "50000",
  confiscatedGains: "1200.5",
  ...over,
});
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as GraphQLError).extensions;
  }
  throw new Error("not refused");
};

describe("checkOutcome", () => {
  test("a penalised case keeps its decision number, fine and confiscation", () => {
    expect(checkOutcome(input({ goodsDestroyed: " 假冒运动鞋 320 双 " }), "2017-10-09", NOW)).toEqual({
      closedOn: "2017-11-20",
      outcome: "PENALISED",
      penaltyDecisionNumber: "深市监罚字〔2017〕12号",
      fine: "50000",
      confiscatedGains: "1200.5",
      goodsConfiscated: null,
      goodsDestroyed: "假冒运动鞋 320 双",
      outcomeReason: null,
    });
  });

  test("closing on the day the case was opened is fine", () => {
    expect(checkOutcome(input({ closedOn: "2017-10-09" }), "2017-10-09", NOW).closedOn).toBe("2017-10-09");
  });

  test("a not-penalised case with a reason and no money", () => {
    const cols = checkOutcome(input({ outcome: CaseOutcome.NOT_PENALISED, penaltyDecisionNumber: null, fine: null, confiscatedGains: null, outcomeReason: "违法行为轻微并及时纠正" }), "2017-10-09", NOW);
    expect(cols).toMatchObject({ outcome: "NOT_PENALISED", fine: null, outcomeReason: "违法行为轻微并及时纠正" });
  });

  test.each<[string, Partial<CloseAdminCaseInput>]>([
    ["input.closedOn", { closedOn: "2017-10-08" }],
    ["input.closedOn", { closedOn: "2017-12-02" }],
    ["input.penaltyDecisionNumber", { penaltyDecisionNumber: " " }],
    ["input.fine", { fine: "-1" }],
    ["input.confiscatedGains", { confiscatedGains: "-0.01" }],
    ["input.fine", { outcome: CaseOutcome.NOT_PENALISED, penaltyDecisionNumber: null, outcomeReason: "情节轻微" }],
    ["input.confiscatedGains", { outcome: CaseOutcome.NOT_PENALISED, penaltyDecisionNumber: null, fine: null, outcomeReason: "情节轻微" }],
    ["input.penaltyDecisionNumber", { outcome: CaseOutcome.NOT_PENALISED, fine: null, confiscatedGains: null, outcomeReason: "情节轻微" }],
    ["input.outcomeReason", { outcome: CaseOutcome.NOT_PENALISED, penaltyDecisionNumber: null, fine: null, confiscatedGains: null }],
  ])("refuses %s (%o)", (field, over) => {
    expect(refusal(() => checkOutcome(input(over), "2017-10-09", NOW))).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  test("a case referred to the police needs no decision number", () => {
    expect(checkOutcome(input({ outcome: CaseOutcome.REFERRED_TO_POLICE, penaltyDecisionNumber: null, fine: null, confiscatedGains: null }), "2017-10-09", NOW).outcome).toBe("REFERRED_TO_POLICE");
  });
});
