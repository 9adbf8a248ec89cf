import { Agency, correctionResolvers } from "@ipr/shared";
import { CourtCase } from "../entities/court-case";
import { Judgment } from "../entities/judgment";
import { checkCorrectedCourtCase } from "../court-case-checks";
import { checkCorrectedJudgment } from "../judgment-checks";
import { CorrectCourtCaseInput, CorrectJudgmentInput } from "../schema/inputs";

/** What a judgment relies on in its court case: the region it copies, the filing date it follows, the kind its verdict fits. */
const JUDGMENT_RELIES_ON = ["region", "filedOn", "kind"];

/**
 * correctCourtCase / withdrawCourtCase: COURTS only, inside its region, every filing check again (a
 * criminal case asks the procuratorate about its prosecution). A case with a live judgment keeps
 * what the judgment relies on and cannot be withdrawn: withdraw the judgment first. The office is
 * asked too (the registry's, as for every case record): a major-case report relies on the case's facts.
 */
export const CourtCaseCorrections = correctionResolvers({
  typename: "CourtCase",
  entity: CourtCase,
  owner: Agency.COURTS,
  input: CorrectCourtCaseInput,
  check: (ctx, corrected, row) => checkCorrectedCourtCase(ctx, corrected as never, row),
  ownDependents: async (ctx, row) =>
    (await ctx.em.find(Judgment, { courtCase: row.id })).map((j) => ({ type: "Judgment", id: j.id, subgraph: "courts", region: j.region, relies: JUDGMENT_RELIES_ON })),
});

/**
 * correctJudgment / withdrawJudgment: the date, verdict and amounts, checked as recordJudgment
 * does; its sentences are part of it and leave with it. A withdrawn judgment frees the case for
 * the judgment recorded again.
 */
export const JudgmentCorrections = correctionResolvers({
  typename: "Judgment",
  entity: Judgment,
  owner: Agency.COURTS,
  input: CorrectJudgmentInput,
  check: (ctx, corrected, row) => checkCorrectedJudgment(ctx, corrected as never, row),
});
