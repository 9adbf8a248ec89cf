import {
  Agency, WITH_WITHDRAWN, assertCanWrite, assertRegion, badInput, requireNotBefore, requirePastDate, requireText, type CampaignCode, type Context,
} from "@ipr/shared";
import { CourtCase, CourtCaseKind } from "./entities/court-case";
import type { FileCourtCaseInput } from "./schema/inputs";
import { findProsecution } from "./prosecutions";
import { checkParties } from "./rules";

/**
 * The checks of a court case, shared by fileCourtCase and correctCourtCase (on the case as
 * corrected): who files where, the date, the parties its kind needs and, for a criminal case, the
 * prosecution it tries (asked of the procuratorate, before any lock). Returns the columns.
 */
export async function checkCourtCase(ctx: Context, input: FileCourtCaseInput) {
  const region = assertRegion(input.region, "input.region");
  assertCanWrite(ctx, Agency.COURTS, region);
  const caseNumber = requireText(input.caseNumber, "input.caseNumber", 100);
  requirePastDate(input.filedOn, "input.filedOn", ctx.now());
  const { plaintiff, defendant, prosecutionId } = checkParties(input);

  let trying: string | null = null;
  let foreignInvested = input.foreignInvested ?? false;
  let campaign = input.campaign ?? null;
  if (input.kind === CourtCaseKind.CRIMINAL) {
    // the prosecution is the procuratorate's fact: ask it, once, as the caller
    const prosecution = await findProsecution(ctx, prosecutionId!, "input.prosecutionId");
    if (prosecution.decision !== "PROSECUTED")
      throw badInput("input.prosecutionId", `the procuratorate decided ${prosecution.decision}: there is nothing to try`);
    requireNotBefore(input.filedOn, "input.filedOn", prosecution.decidedOn, "the decision to prosecute");
    trying = prosecution.id;
    // the trial counts under the flag the case was prosecuted under, not a default: one fact, one owner
    if (input.foreignInvested != null && input.foreignInvested !== prosecution.foreignInvested)
      throw badInput("input.foreignInvested", `the prosecution says foreignInvested is ${prosecution.foreignInvested}; leave it out or give the same`);
    foreignInvested = prosecution.foreignInvested;
    // a trial of a campaign's prosecution counts under that campaign unless the court says otherwise
    campaign ??= (prosecution.campaign as CampaignCode | null | undefined) ?? null;
  }
  return {
    caseNumber, kind: input.kind, region, filedOn: input.filedOn, ipType: input.ipType, prosecutionId: trying,
    plaintiffCreditCode: plaintiff, defendantCreditCode: defendant, foreignInvested, campaign,
  };
}

export const caseNumberTaken = (caseNumber: string) => badInput("input.caseNumber", `${caseNumber} already exists`);

/** Every filing check on a case as corrected (its kind and prosecution stay); a changed case number must be new, withdrawn cases' too. */
export async function checkCorrectedCourtCase(ctx: Context, corrected: FileCourtCaseInput, row: CourtCase) {
  const columns = await checkCourtCase(ctx, corrected);
  if (columns.caseNumber !== row.caseNumber && (await ctx.em.findOne(CourtCase, { caseNumber: columns.caseNumber }, WITH_WITHDRAWN)))
    throw caseNumberTaken(columns.caseNumber);
  return columns;
}
