import type { EntityManager } from "@mikro-orm/postgresql";
import { Agency, badInput, checkAdminCaseCorrection, isUuid, notFound, requireNonNegativeAmount, requireText, type Context } from "@ipr/shared";
import { CustomsJointOperation } from "./entities/customs-joint-operation";
import { CustomsRecordation } from "./entities/customs-recordation";
import { CustomsProtectionBasis, CustomsSeizure } from "./entities/customs-seizure";
import type { RecordCustomsSeizureInput } from "./schema/inputs";

/**
 * The recordation a detention relies on: it must exist and belong to the right holder; for ex
 * officio protection (依职权保护) it must also be valid on the day of the detention.
 */
export async function checkRecordation(
  em: EntityManager,
  id: string,
  basis: CustomsProtectionBasis,
  seizedOn: string,
  rightHolderCreditCode: string,
): Promise<CustomsRecordation> {
  const field = "input.recordationId";
  const r = isUuid(id) ? await em.findOne(CustomsRecordation, { id: id.toLowerCase() }) : null;
  if (!r) throw notFound(field, "customs recordation", id);
  if (r.holderCreditCode !== rightHolderCreditCode)
    throw badInput(field, `${r.recordationNumber} is held by ${r.holderCreditCode}, not by the right holder ${rightHolderCreditCode}`);
  if (basis === CustomsProtectionBasis.EX_OFFICIO) {
    if (seizedOn < r.recordedOn) throw badInput(field, `${r.recordationNumber} was recorded on ${r.recordedOn}, after the detention on ${seizedOn}`);
    if (seizedOn > r.validUntil) throw badInput(field, `${r.recordationNumber} expired on ${r.validUntil}, before the detention on ${seizedOn}`);
  }
  return r;
}

/** The joint operation a detention was made in: it must exist and be running on the day of the detention. */
export async function checkJointOperation(em: EntityManager, id: string, seizedOn: string): Promise<CustomsJointOperation> {
  const field = "input.jointOperationId";
  const op = isUuid(id) ? await em.findOne(CustomsJointOperation, { id: id.toLowerCase() }) : null;
  if (!op) throw notFound(field, "customs joint operation", id);
  if (seizedOn < op.startedOn || (op.endedOn && seizedOn > op.endedOn))
    throw badInput(field, `${op.name} ran from ${op.startedOn}${op.endedOn ? ` to ${op.endedOn}` : ""}, not on ${seizedOn}`);
  return op;
}

/** A detention's own facts that need no database. */
export function checkSeizureFacts(input: RecordCustomsSeizureInput) {
  const port = requireText(input.port, "input.port", 100);
  const goods = requireText(input.goods, "input.goods", 500);
  if (!Number.isInteger(input.quantity) || input.quantity <= 0) throw badInput("input.quantity", "must be more than zero");
  requireNonNegativeAmount(input.declaredValue, "input.declaredValue");
  if (input.basis === CustomsProtectionBasis.EX_OFFICIO && !input.recordationId)
    throw badInput("input.recordationId", "ex officio protection (依职权保护) needs a customs recordation of the right holder");
  return { direction: input.direction, port, goods, quantity: input.quantity, declaredValue: input.declaredValue, basis: input.basis };
}

/** The recordation and joint operation a detention names, checked against its date and right holder. */
export async function checkSeizureLinks(em: EntityManager, input: RecordCustomsSeizureInput) {
  const recordation = input.recordationId ? await checkRecordation(em, input.recordationId, input.basis, input.seizedOn, input.rightHolderCreditCode) : null;
  const jointOperation = input.jointOperationId ? await checkJointOperation(em, input.jointOperationId, input.seizedOn) : null;
  return { recordation, jointOperation };
}

/**
 * Every creation check on a detention as corrected: the columns correctCustomsSeizure writes. The
 * stored detention names its recordation and operation as references; the correction by their ids.
 */
export async function checkCorrectedSeizure(ctx: Context, corrected: RecordCustomsSeizureInput & Partial<Pick<CustomsSeizure, "recordation" | "jointOperation">>, row: CustomsSeizure) {
  const input = {
    ...corrected,
    recordationId: corrected.recordationId !== undefined ? corrected.recordationId : (corrected.recordation?.id ?? null),
    jointOperationId: corrected.jointOperationId !== undefined ? corrected.jointOperationId : (corrected.jointOperation?.id ?? null),
  };
  const common = await checkAdminCaseCorrection(ctx, Agency.CUSTOMS, CustomsSeizure, input, row, "seizedOn");
  return { ...common, ...checkSeizureFacts(input), ...(await checkSeizureLinks(ctx.em as EntityManager, input)) };
}
