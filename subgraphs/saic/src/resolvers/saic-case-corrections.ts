import { Agency, correctionResolvers } from "@ipr/shared";
import { SaicCase } from "../entities/saic-case";
import { checkCorrectedSaicCase } from "../saic-case-checks";
import { CorrectSaicCaseInput } from "../schema/inputs";

/**
 * correctSaicCase, withdrawSaicCase, SaicCase.history and saicCaseHistory: SAIC only, inside its
 * region, every creation check again, and linkage asked first (a referral relies on the case's
 * region, right holder, foreign investment, date and threshold facts, and forbids withdrawal).
 */
export const SaicCaseCorrections = correctionResolvers({
  typename: "SaicCase",
  entity: SaicCase,
  owner: Agency.SAIC,
  input: CorrectSaicCaseInput,
  check: (ctx, corrected, row) => checkCorrectedSaicCase(ctx, corrected as never, row),
  dependents: ["linkage"],
});

