import {
  Agency, WITH_WITHDRAWN, assertCanWrite, assertRegion, badInput, requireCreditCode, requirePastDate, requirePositiveAmount, requireText,
  type CampaignCode, type Context,
} from "@ipr/shared";
import { CriminalCase, type CriminalOffence } from "./entities/criminal-case";

/** The facts of a filing besides its suspects, as `fileCriminalCase` takes them or a stored case overlaid with a correction gives them. */
export interface CriminalCaseFacts {
  filingNumber: string;
  offence: CriminalOffence;
  region: string;
  filedOn: string;
  amountInvolved: string;
  rightHolderCreditCode: string;
  foreignInvested: boolean;
  campaign?: CampaignCode | null;
}

/** The checks of a criminal case, shared by fileCriminalCase and correctCriminalCase: its columns, suspects aside. */
export function checkCriminalCase(ctx: Context, input: CriminalCaseFacts) {
  const region = assertRegion(input.region, "input.region");
  assertCanWrite(ctx, Agency.POLICE, region);
  const filingNumber = requireText(input.filingNumber, "input.filingNumber", 100);
  requirePastDate(input.filedOn, "input.filedOn", ctx.now());
  requirePositiveAmount(input.amountInvolved, "input.amountInvolved");
  requireCreditCode(input.rightHolderCreditCode, "input.rightHolderCreditCode");
  return {
    filingNumber, offence: input.offence, region, filedOn: input.filedOn, amountInvolved: input.amountInvolved,
    rightHolderCreditCode: input.rightHolderCreditCode, foreignInvested: input.foreignInvested, campaign: input.campaign ?? null,
  };
}

export const filingNumberTaken = (filingNumber: string) => badInput("input.filingNumber", `${filingNumber} already exists`);

/** Every filing check on a case as corrected; a changed filing number must be new (a withdrawn case keeps its number). */
export async function checkCorrectedCriminalCase(ctx: Context, corrected: CriminalCaseFacts, row: CriminalCase) {
  const columns = checkCriminalCase(ctx, corrected);
  if (columns.filingNumber !== row.filingNumber && (await ctx.em.findOne(CriminalCase, { filingNumber: columns.filingNumber }, WITH_WITHDRAWN)))
    throw filingNumberTaken(columns.filingNumber);
  return columns;
}
