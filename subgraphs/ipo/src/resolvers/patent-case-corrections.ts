import { Agency, correctionResolvers } from "@ipr/shared";
import { PatentCase } from "../entities/patent-case";
import { checkCorrectedPatentCase } from "../patent-case-checks";
import { CorrectPatentCaseInput } from "../schema/inputs";

/**
 * correctPatentCase, withdrawPatentCase, PatentCase.history and patentCaseHistory: IPO only, inside its region, every
 * creation check again on the patent case as corrected, and linkage asked first (a referral relies on
 * some of its fields and forbids withdrawal). See docs/corrections.md.
 */
export const PatentCaseCorrections = correctionResolvers({
  typename: "PatentCase",
  entity: PatentCase,
  owner: Agency.IPO,
  input: CorrectPatentCaseInput,
  check: (ctx, corrected, row) => checkCorrectedPatentCase(ctx, corrected as never, row),
});
