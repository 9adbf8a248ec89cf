import { LockMode } from "@mikro-orm/core";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { createUnique, assertAgency, Agency, badInput, isUuid, many, newId, notFound, one, requireNotBefore, requirePastDate, visible, type Context } from "@ipr/shared";
import { CourtCase } from "../entities/court-case";
import { Judgment } from "../entities/judgment";
import { Sentence } from "../entities/sentence";
import { RecordJudgmentInput } from "../schema/inputs";
import { findProsecution } from "../prosecutions";
import { checkJudgment } from "../rules";

const alreadyJudged = (c: CourtCase) => badInput("input.courtCaseId", `${c.caseNumber} already has its judgment`);

@Resolver(() => Judgment)
export class JudgmentResolver {
  @Mutation(() => CourtCase, { description: "Record the judgment of a court case, once (COURTS only, inside its region)" })
  async recordJudgment(@Arg("input", () => RecordJudgmentInput) input: RecordJudgmentInput, @Ctx() ctx: Context) {
    // the agency check comes before any read, so other agencies learn nothing about which cases exist
    assertAgency(ctx, Agency.COURTS);
    if (!isUuid(input.courtCaseId)) throw notFound("input.courtCaseId", "court case", input.courtCaseId);
    requirePastDate(input.decidedOn, "input.decidedOn", ctx.now());
    // checks first, the procuratorate's facts included, with no lock held: a slow peer must not hold the row
    // read in a fork of its own, so the locked read below loads the row afresh
    const seen = visible(ctx, await ctx.em.fork().findOne(CourtCase, { id: input.courtCaseId.toLowerCase() }));
    if (!seen) throw notFound("input.courtCaseId", "court case", input.courtCaseId);
    requireNotBefore(input.decidedOn, "input.decidedOn", seen.filedOn, "the case's filing");
    const sentences = checkJudgment(input, seen.kind);
    if (sentences.length > 0) {
      // only the prosecution's defendants can be sentenced: one call to the procuratorate for all of them
      const prosecution = await findProsecution(ctx, seen.prosecutionId!, "input.courtCaseId");
      const defendants = new Set(prosecution.defendants.map((d) => d.id.toLowerCase()));
      sentences.forEach((s, i) => {
        if (!defendants.has(s.personId)) throw badInput(`input.sentences[${i}].personId`, "is not a defendant of the prosecution this case tries");
      });
    }
    // the unique index on judgment.court_case_id backs the check up
    return createUnique(ctx, () => badInput("input.courtCaseId", "already has its judgment"), async (em) => {
      // then locked: two judgments of the same case at once must not both pass the check below
      const courtCase = await em.findOneOrFail(CourtCase, { id: seen.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (await em.findOne(Judgment, { courtCase })) throw alreadyJudged(courtCase);

      const judgment = em.create(Judgment, {
        id: newId(),
        courtCase,
        region: courtCase.region,
        decidedOn: input.decidedOn,
        verdict: input.verdict,
        fine: input.fine ?? null,
        damages: input.damages ?? null,
      });
      sentences.forEach((s, position) => em.create(Sentence, { id: newId(), judgment, region: courtCase.region, position, ...s }));
      return courtCase;
    });
  }

  @FieldResolver(() => [Sentence], { description: "In the order the judgment lists them; empty unless GUILTY" })
  sentences(@Root() j: Judgment, @Ctx() ctx: Context) {
    return many(ctx, Sentence, "judgment", { position: "asc" }).load(j.id);
  }

  @FieldResolver(() => CourtCase)
  courtCase(@Root() j: Judgment, @Ctx() ctx: Context) {
    return one(ctx, CourtCase).load(j.courtCase.id);
  }
}
