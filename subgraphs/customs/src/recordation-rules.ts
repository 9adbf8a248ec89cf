import { Agency, assertAgency, badInput, requireCreditCode, requirePastDate, requireText, type Context, type EntityManager } from "@ipr/shared";
import { CustomsRecordation, type CustomsRightType } from "./entities/customs-recordation";
import { recordationValidUntil } from "./dates";
import type { RecordCustomsRecordationInput } from "./schema/inputs";

/** A recordation's facts (CUSTOMS only; national), for its record and its correction: the columns to write. */
export function checkRecordationInput(ctx: Context, input: RecordCustomsRecordationInput) {
  assertAgency(ctx, Agency.CUSTOMS);
  const rightNumber = requireText(input.rightNumber, "input.rightNumber", 50);
  requireCreditCode(input.holderCreditCode, "input.holderCreditCode");
  const holderName = requireText(input.holderName, "input.holderName", 200);
  requirePastDate(input.recordedOn, "input.recordedOn", ctx.now());
  return {
    rightType: input.rightType,
    rightNumber,
    holderCreditCode: input.holderCreditCode,
    holderName,
    foreignInvested: input.foreignInvested,
    recordedOn: input.recordedOn,
    validUntil: recordationValidUntil(input.recordedOn),
  };
}

/** A right has one recordation at a time (extending it is what renewal is for); `except` is the one being corrected. */
export async function assertNoOverlap(
  em: EntityManager, r: { rightType: CustomsRightType; rightNumber: string; recordedOn: string; validUntil: string }, except?: string,
) {
  const overlapping = await em.findOne(CustomsRecordation, {
    rightType: r.rightType,
    rightNumber: r.rightNumber,
    recordedOn: { $lte: r.validUntil },
    validUntil: { $gte: r.recordedOn },
    ...(except ? { id: { $ne: except } } : {}),
  });
  if (overlapping)
    throw badInput("input.rightNumber", `is already recorded as ${overlapping.recordationNumber}, valid ${overlapping.recordedOn} to ${overlapping.validUntil}`);
}

/**
 * Every creation check on a recordation as corrected. Its number, right type and dates are not
 * correctable (renewals extend validUntil, which the recording date would recompute).
 */
export async function checkCorrectedRecordation(ctx: Context, corrected: RecordCustomsRecordationInput, row: CustomsRecordation) {
  const fields = { ...checkRecordationInput(ctx, corrected), validUntil: row.validUntil };
  await assertNoOverlap(ctx.em, fields, row.id);
  return fields;
}
