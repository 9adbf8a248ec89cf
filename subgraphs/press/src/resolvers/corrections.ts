import { Agency, correctionResolvers } from "@ipr/shared";
import { CopyrightCase } from "../entities/copyright-case";
import { SoftwareLegalisationCheck } from "../entities/software-legalisation-check";
import { checkSoftwareCheck } from "../software-check-rules";
import { CorrectSoftwareLegalisationCheckInput } from "../schema/software-legalisation";
import { checkCorrectedCopyrightCase } from "../case-rules";
import { CorrectCopyrightCaseInput } from "../schema/copyright-case";

/**
 * correctCopyrightCase, withdrawCopyrightCase, CopyrightCase.history and copyrightCaseHistory: PRESS only, inside its region, every
 * creation check again on the copyright case as corrected, and linkage asked first (a referral relies on
 * some of its fields and forbids withdrawal). See docs/corrections.md.
 */
export const CopyrightCaseCorrections = correctionResolvers({
  typename: "CopyrightCase",
  entity: CopyrightCase,
  owner: Agency.PRESS,
  input: CorrectCopyrightCaseInput,
  check: (ctx, corrected, row) => checkCorrectedCopyrightCase(ctx, corrected as never, row),
  dependents: ["linkage"],
});

/** The same for a software legalisation inspection; nothing else depends on one. */
export const SoftwareLegalisationCheckCorrections = correctionResolvers({
  typename: "SoftwareLegalisationCheck",
  entity: SoftwareLegalisationCheck,
  owner: Agency.PRESS,
  input: CorrectSoftwareLegalisationCheckInput,
  check: (ctx, corrected) => checkSoftwareCheck(ctx, corrected as never),
});
