import { Agency, correctionResolvers } from "@ipr/shared";
import { CustomsSeizure } from "../entities/customs-seizure";
import { checkCorrectedSeizure } from "../seizure-rules";
import { CorrectCustomsSeizureInput } from "../schema/inputs";

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
  dependents: ["linkage"],
});
