import { badInput, requireNotBefore, requirePastDate, type Context } from "@ipr/shared";
import { CourtCase } from "./entities/court-case";
import { Judgment, Verdict } from "./entities/judgment";
import { Sentence } from "./entities/sentence";
import type { RecordJudgmentInput } from "./schema/inputs";
import { checkJudgment } from "./rules";

/**
 * recordJudgment's checks on a judgment as corrected: the date against the case's filing, the
 * verdict and amounts against its kind. The sentences stay as recorded, so a correction may not
 * make them wrong: a GUILTY judgment keeps its verdict (withdraw it and record it again).
 */
export async function checkCorrectedJudgment(ctx: Context, corrected: RecordJudgmentInput, row: Judgment) {
  requirePastDate(corrected.decidedOn, "input.decidedOn", ctx.now());
  const courtCase = await ctx.em.fork().findOneOrFail(CourtCase, { id: row.courtCase.id });
  requireNotBefore(corrected.decidedOn, "input.decidedOn", courtCase.filedOn, "the case's filing");
  const sentences = await ctx.em.fork().find(Sentence, { judgment: row.id }, { orderBy: { position: "asc" } });
  if ((corrected.verdict === Verdict.GUILTY) !== sentences.length > 0)
    throw badInput("input.verdict", `the judgment ${sentences.length ? `sentences ${sentences.length} defendant(s)` : "sentences no one"}: withdraw it and record it again`);
  checkJudgment({ ...corrected, sentences: sentences.map(({ personId, prisonMonths, probationMonths, fine }) => ({ personId, prisonMonths, probationMonths, fine })) }, courtCase.kind);
  return { decidedOn: corrected.decidedOn, verdict: corrected.verdict, fine: corrected.fine ?? null, damages: corrected.damages ?? null };
}
