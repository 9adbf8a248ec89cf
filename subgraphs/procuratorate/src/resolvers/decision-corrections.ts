import { Agency, correctionResolvers, requireText } from "@ipr/shared";
import { ArrestReview, type ArrestDecision } from "../entities/arrest-review";
import { Prosecution, type ProsecutionDecision } from "../entities/prosecution";
import { checkCorrectedDecision } from "../decisions";
import { CorrectArrestReviewInput, CorrectProsecutionInput } from "../schema/decision-inputs";

/**
 * correctArrestReview / withdrawArrestReview and correctProsecution / withdrawProsecution, with their
 * history: PROCURATORATE only, inside its region, the decision's checks again against the police's
 * case (asked before any lock). The case and the persons decided on are not corrected: withdraw and
 * record again. A prosecution is tried by the courts, who are asked first: a court case relies on
 * its decision, date, region and foreign investment, and forbids withdrawal. The office is asked
 * too (the registry's, as for every case record): a typical case about it forbids withdrawal.
 */
export const ArrestReviewCorrections = correctionResolvers({
  typename: "ArrestReview",
  entity: ArrestReview,
  owner: Agency.PROCURATORATE,
  input: CorrectArrestReviewInput,
  check: (ctx, corrected) => checkCorrectedDecision<ArrestDecision>(ctx, corrected as never),
});

export const ProsecutionCorrections = correctionResolvers({
  typename: "Prosecution",
  entity: Prosecution,
  owner: Agency.PROCURATORATE,
  input: CorrectProsecutionInput,
  check: async (ctx, corrected) => ({
    ...(await checkCorrectedDecision<ProsecutionDecision>(ctx, corrected as never)),
    charges: corrected.charges == null ? null : requireText(corrected.charges, "input.charges", 2000),
  }),
  dependents: ["courts"],
});
