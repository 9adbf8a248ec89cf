import { Agency, type CampaignCode, assertCanWrite, assertRegion, badInput, covers, forbidden, requireNotBefore, requirePastDate, type Context } from "@ipr/shared";
import { distinctIds, policeCase } from "./police";

export interface DecisionInput {
  criminalCaseId: string;
  decidedOn: string;
  region: string;
}

/**
 * The checks an arrest review and a prosecution decision share, in the order a caller fixes them:
 * who may write where, the date, the persons' list, then the police's case (it exists, lies in the
 * caller's region, was filed no later than the decision, and has every person as a suspect).
 * `personsField` is the input list, e.g. `personIds`, so errors read `input.personIds[1]`.
 */
export async function checkDecision(ctx: Context, input: DecisionInput, personIds: string[], personsField: string) {
  const region = assertRegion(input.region, "input.region");
  assertCanWrite(ctx, Agency.PROCURATORATE, region);
  requirePastDate(input.decidedOn, "input.decidedOn", ctx.now());
  const ids = distinctIds(personIds, `input.${personsField}`, "person");
  const found = await caseDecidedOn(ctx, input);
  const suspects = new Set(found.suspects.map((s) => s.id.toLowerCase()));
  ids.forEach((id, i) => {
    if (!suspects.has(id)) throw badInput(`input.${personsField}[${i}]`, `${id} is not a suspect of criminal case ${found.id}`);
  });
  return { region, criminalCaseId: found.id.toLowerCase(), personIds: ids };
}

/** The police's case of a decision: visible, inside the caller's region, filed no later than the decision. */
async function caseDecidedOn(ctx: Context, input: DecisionInput) {
  const found = await policeCase(ctx, input.criminalCaseId, "input.criminalCaseId");
  if (!covers(ctx.identity.region, found.region))
    throw forbidden(`the criminal case's region ${found.region} is outside your region ${ctx.identity.region}`, "input.criminalCaseId");
  requireNotBefore(input.decidedOn, "input.decidedOn", found.filedOn, "the criminal case was filed");
  return found;
}

/** A decision as corrected (its case and persons stay): every creation check but the persons', and the columns to write. */
export async function checkCorrectedDecision<D extends string>(
  ctx: Context, corrected: DecisionInput & { decision: D; foreignInvested: boolean; campaign?: CampaignCode | null },
) {
  const region = assertRegion(corrected.region, "input.region");
  assertCanWrite(ctx, Agency.PROCURATORATE, region);
  requirePastDate(corrected.decidedOn, "input.decidedOn", ctx.now());
  await caseDecidedOn(ctx, corrected);
  return { decision: corrected.decision, decidedOn: corrected.decidedOn, region, foreignInvested: corrected.foreignInvested, campaign: corrected.campaign ?? null };
}
