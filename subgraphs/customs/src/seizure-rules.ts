import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput, isUuid, notFound } from "@ipr/shared";
import { CustomsJointOperation } from "./entities/customs-joint-operation";
import { CustomsRecordation } from "./entities/customs-recordation";
import { CustomsProtectionBasis } from "./entities/customs-seizure";

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
