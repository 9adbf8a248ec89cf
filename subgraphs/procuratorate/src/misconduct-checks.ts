import { Agency, assertCanWrite, assertRegion, badInput, requirePastDate, requireText, WITH_WITHDRAWN, type Context } from "@ipr/shared";
import { MisconductCase } from "./entities/misconduct-case";
import type { FileMisconductCaseInput } from "./schema/misconduct-inputs";
import { policeCase } from "./police";

/** A duty-crime case's filing checks, for its filing and its correction: the columns to write. */
export async function checkMisconductCase(ctx: Context, input: FileMisconductCaseInput) {
  const region = assertRegion(input.region, "input.region");
  assertCanWrite(ctx, Agency.PROCURATORATE, region, "input.region");
  const caseNumber = requireText(input.caseNumber, "input.caseNumber", 100);
  requirePastDate(input.filedOn, "input.filedOn", ctx.now());
  const officialName = requireText(input.officialName, "input.officialName", 100);
  const officialPosition = requireText(input.officialPosition, "input.officialPosition", 200);
  const description = input.description?.trim() || null;
  // the related criminal case is the police's fact: it must exist and be visible to the caller
  const related = input.relatedCriminalCaseId ? await policeCase(ctx, input.relatedCriminalCaseId, "input.relatedCriminalCaseId") : null;
  return {
    caseNumber, region, filedOn: input.filedOn, offence: input.offence, officialName, officialPosition,
    officialAgency: input.officialAgency ?? null, relatedCriminalCaseId: related?.id.toLowerCase() ?? null, description,
  };
}

/** Every filing check on a duty-crime case as corrected, and its number still its own. */
export async function checkCorrectedMisconductCase(ctx: Context, corrected: FileMisconductCaseInput, row: MisconductCase) {
  const columns = await checkMisconductCase(ctx, corrected);
  if (columns.caseNumber !== row.caseNumber && (await ctx.em.findOne(MisconductCase, { caseNumber: columns.caseNumber }, WITH_WITHDRAWN)))
    throw badInput("input.caseNumber", `${columns.caseNumber} already exists`);
  return columns;
}
