import { Agency, assertCanWrite, assertRegion, badInput, requireNotBefore, requirePastDate, requireText, type Context } from "@ipr/shared";
import type { RecordSoftwareLegalisationCheckInput } from "./schema/software-legalisation";

/** A rectification date: past, and not before the inspection. */
export const checkRectifiedOn = (value: string, field: string, checkedOn: string, now: Date) => {
  requirePastDate(value, field, now);
  return requireNotBefore(value, field, checkedOn, "the inspection");
};

/** A software legalisation inspection (PRESS only, inside its region), for its record and its correction: the columns to write. */
export function checkSoftwareCheck(ctx: Context, input: RecordSoftwareLegalisationCheckInput) {
  const region = assertRegion(input.region, "input.region");
  assertCanWrite(ctx, Agency.PRESS, region);
  requirePastDate(input.checkedOn, "input.checkedOn", ctx.now());
  const organisationName = requireText(input.organisationName, "input.organisationName");
  if (input.computersChecked <= 0) throw badInput("input.computersChecked", "must be at least 1");
  if (input.unlicensedCopiesFound < 0) throw badInput("input.unlicensedCopiesFound", "must not be negative");
  const rectifiedOn = input.rectifiedOn ?? null;
  if (rectifiedOn !== null) {
    if (input.unlicensedCopiesFound === 0) throw badInput("input.rectifiedOn", "nothing to rectify: no unlicensed copies were found");
    checkRectifiedOn(rectifiedOn, "input.rectifiedOn", input.checkedOn, ctx.now());
  }
  return {
    region,
    checkedOn: input.checkedOn,
    organisationName,
    organisationType: input.organisationType,
    computersChecked: input.computersChecked,
    unlicensedCopiesFound: input.unlicensedCopiesFound,
    rectifiedOn,
  };
}
