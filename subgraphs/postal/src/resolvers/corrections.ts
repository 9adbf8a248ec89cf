import { Agency, correctionResolvers } from "@ipr/shared";
import { CourierComplianceCheck } from "../entities/courier-compliance-check";
import { PostalInterception } from "../entities/postal-interception";
import { checkComplianceCheck } from "../compliance";
import { checkCorrectedInterception } from "../parcel";
import { CorrectCourierComplianceCheckInput, CorrectPostalInterceptionInput } from "../schema/inputs";

/**
 * correctPostalInterception, withdrawPostalInterception, PostalInterception.history and postalInterceptionHistory: POSTAL only, inside its region, every
 * creation check again on the interception as corrected, and linkage asked first (a referral relies on
 * some of its fields and forbids withdrawal). See docs/corrections.md.
 */
export const PostalInterceptionCorrections = correctionResolvers({
  typename: "PostalInterception",
  entity: PostalInterception,
  owner: Agency.POSTAL,
  input: CorrectPostalInterceptionInput,
  check: (ctx, corrected, row) => checkCorrectedInterception(ctx, corrected as never, row),
});

/** The same for a courier outlet's compliance check; nothing else depends on one. */
export const CourierComplianceCheckCorrections = correctionResolvers({
  typename: "CourierComplianceCheck",
  entity: CourierComplianceCheck,
  owner: Agency.POSTAL,
  input: CorrectCourierComplianceCheckInput,
  check: (ctx, corrected) => checkComplianceCheck(ctx, corrected as never),
});
