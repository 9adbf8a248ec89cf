import { badInput, requireCreditCode, requireNonNegativeAmount, requirePastDate, requireText, toFen } from "@ipr/shared";
import type { RecordCourierComplianceCheckInput } from "./schema/inputs";

/** Checks a compliance check's own fields (region and writer are checked by the resolver) and normalises them. */
export function checkComplianceCheck(input: RecordCourierComplianceCheckInput, now: Date) {
  requirePastDate(input.checkedOn, "input.checkedOn", now);
  requireCreditCode(input.courierCreditCode, "input.courierCreditCode");
  const courierName = requireText(input.courierName, "input.courierName");
  const outletName = requireText(input.outletName, "input.outletName");
  const violations = input.violations?.trim() || null;
  if (violations !== null) requireText(violations, "input.violations", 2000);
  const penaltyAmount = input.penaltyAmount ?? null;
  if (penaltyAmount !== null) requireNonNegativeAmount(penaltyAmount, "input.penaltyAmount");
  // a penalty decision states what it punishes
  if (penaltyAmount !== null && toFen(penaltyAmount) > 0n && violations === null)
    throw badInput("input.violations", "must say what was violated when a penalty is imposed");
  return {
    checkedOn: input.checkedOn,
    courierCreditCode: input.courierCreditCode,
    courierName,
    outletName,
    inspectionOnReceipt: input.inspectionOnReceipt,
    realName: input.realName,
    xray: input.xray,
    violations,
    penaltyAmount,
  };
}
