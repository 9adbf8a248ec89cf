import { Agency, correctionResolvers, type Context, type RecordDependent } from "@ipr/shared";
import { CustomsJointOperation } from "../entities/customs-joint-operation";
import { CustomsRecordation } from "../entities/customs-recordation";
import { checkJointOperationInput } from "../operation-rules";
import { checkCorrectedRecordation } from "../recordation-rules";
import { CustomsSeizure } from "../entities/customs-seizure";
import { checkCorrectedSeizure } from "../seizure-rules";
import { CorrectCustomsJointOperationInput, CorrectCustomsRecordationInput, CorrectCustomsSeizureInput } from "../schema/inputs";

/**
 * correctCustomsSeizure, withdrawCustomsSeizure, CustomsSeizure.history and customsSeizureHistory: CUSTOMS only, inside its region, every
 * creation check again on the detention as corrected, and linkage asked first (a referral relies on
 * some of its fields and forbids withdrawal). See docs/corrections.md.
 */
export const CustomsSeizureCorrections = correctionResolvers({
  typename: "CustomsSeizure",
  entity: CustomsSeizure,
  owner: Agency.CUSTOMS,
  input: CorrectCustomsSeizureInput,
  check: (ctx, corrected, row) => checkCorrectedSeizure(ctx, corrected as never, row),
});

/** The live detentions naming a recordation or an operation, each relying on `relies` of it. */
const seizuresNaming = (field: "recordation" | "jointOperation", relies: string[]) => async (ctx: Context, row: { id: string }): Promise<RecordDependent[]> =>
  (await ctx.em.find(CustomsSeizure, { [field]: row.id }, { orderBy: { seizedOn: "asc" } })).map((s) => ({ type: "CustomsSeizure", id: s.id, subgraph: "customs", region: s.region, relies }));

/** A recordation (national): detentions made under it rely on its holder, right and validity. */
export const CustomsRecordationCorrections = correctionResolvers({
  typename: "CustomsRecordation",
  entity: CustomsRecordation,
  owner: Agency.CUSTOMS,
  input: CorrectCustomsRecordationInput,
  region: () => null,
  check: (ctx, corrected, row) => checkCorrectedRecordation(ctx, corrected as never, row),
  ownDependents: seizuresNaming("recordation", ["holderCreditCode", "rightType", "rightNumber", "recordedOn", "validUntil"]),
});

/** A joint operation (national): detentions made in it rely on its dates. */
export const CustomsJointOperationCorrections = correctionResolvers({
  typename: "CustomsJointOperation",
  entity: CustomsJointOperation,
  owner: Agency.CUSTOMS,
  input: CorrectCustomsJointOperationInput,
  region: () => null,
  check: (ctx, corrected) => checkJointOperationInput(ctx, corrected as never),
  ownDependents: seizuresNaming("jointOperation", ["startedOn", "endedOn"]),
});
