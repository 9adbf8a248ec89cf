import { CopyrightWork } from "../entities/copyright-work";
import { checkCopyrightWork } from "../copyright-work-checks";
import { CorrectCopyrightWorkInput } from "../schema/copyright-work";
import { Agency, correctionResolvers, type Context } from "@ipr/shared";
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
});

/** The same for a software legalisation inspection; nothing else depends on one. */
export const SoftwareLegalisationCheckCorrections = correctionResolvers({
  typename: "SoftwareLegalisationCheck",
  entity: SoftwareLegalisationCheck,
  owner: Agency.PRESS,
  input: CorrectSoftwareLegalisationCheckInput,
  check: (ctx, corrected) => checkSoftwareCheck(ctx, corrected as never),
});

/** PRESS's cases naming the work: checked against its type on the register. */
const casesNaming = async (ctx: Context, w: CopyrightWork) =>
  (await ctx.em.find(CopyrightCase, { registrationNumber: w.registrationNumber }, { orderBy: { openedOn: "asc", id: "asc" } }))
    .map((c) => ({ type: "CopyrightCase", id: c.id, subgraph: "press", region: c.region, relies: ["workType"] }));

/**
 * correctCopyrightWork, withdrawCopyrightWork, CopyrightWork.history, copyrightWorkHistory: PRESS only
 * (the register is national, named by its registration number). Refused while PRESS's cases rely
 * on it, or a customs recordation names it (customs answers).
 */
export const CopyrightWorkCorrections = correctionResolvers({
  typename: "CopyrightWork",
  entity: CopyrightWork,
  owner: Agency.PRESS,
  key: { field: "registrationNumber", parse: (v) => (v.trim().length >= 4 && v.trim().length <= 60 ? v.trim() : null) },
  region: () => null,
  input: CorrectCopyrightWorkInput,
  check: (ctx, corrected) => checkCopyrightWork(ctx, corrected as never),
  ownDependents: casesNaming,
  dependents: ["customs"],
});
