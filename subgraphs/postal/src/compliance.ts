import { Agency, assertCanWrite, assertRegion, badInput, requireCreditCode, requireNonNegativeAmount, requirePastDate, requireText, toFen, type Context } from "@ipr/shared";
import type { RecordCourierComplianceCheckInput } from "./schema/inputs";

/** Checks a compliance check (POSTAL only, inside its region) and normalises it: for recordCourierComplianceCheck and its correction. */
export function checkComplianceCheck(ctx: Context, input: RecordCourierComplianceCheckInput) {
  const region = assertRegion(input.region, "input.region");
  assertCanWrite(ctx, Agency.POSTAL, region);
  requirePastDate(input.checkedOn, "input.checkedOn", ctx.now());
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
    region,
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
