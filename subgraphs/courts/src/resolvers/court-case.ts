import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  scopedList, createUnique, Agency, CampaignCode, Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, newId, one, paginate,
  requireNotBefore, requirePastDate, requireText, type Context, type Where,
} from "@ipr/shared";
import { CourtCase, CourtCaseKind } from "../entities/court-case";
import { Enterprise, Prosecution } from "../entities/foreign";
import { Judgment } from "../entities/judgment";
import { CourtCaseFilter, FileCourtCaseInput } from "../schema/inputs";
import { findCourtCase } from "../lookups";
import { findProsecution } from "../prosecutions";
import { checkParties } from "../rules";

@ObjectType()
class CourtCaseConnection extends Connection(CourtCase) {}

/** Cases with (or without) a judgment, as a subquery on the judgment table: one statement, no join fan-out. */
function judgedWhere(ctx: Context, hasJudgment: boolean | null | undefined): Where {
  if (hasJudgment == null) return {};
  const judged = ctx.em.createQueryBuilder(Judgment, "j").select("j.court_case_id").getKnexQuery();
  return { id: { [hasJudgment ? "$in" : "$nin"]: judged } };
}

@Resolver(() => CourtCase)
export class CourtCaseResolver {
  @Query(() => CourtCase, { nullable: true })
  courtCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findCourtCase(ctx, id);
  }

  @Query(() => CourtCaseConnection, { description: "Court cases in your region, newest filed first" })
  courtCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CourtCaseFilter, { nullable: true }) filter: CourtCaseFilter | null,
    @Ctx() ctx: Context,
  ) {
    const where = scopedList(ctx, filter, {
      dates: "filedOn",
      equal: ["kind", "ipType", "foreignInvested", "campaign"],
      where: judgedWhere(ctx, filter?.hasJudgment),
    });
    return paginate(ctx.em, CourtCase, where, page, "filedOn");
  }

  @Mutation(() => CourtCase, {
    description: "File a civil, criminal or administrative IP case (COURTS only, inside its region); a criminal case tries a PROSECUTED prosecution",
  })
  async fileCourtCase(@Arg("input", () => FileCourtCaseInput) input: FileCourtCaseInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, Agency.COURTS, region);
    const caseNumber = requireText(input.caseNumber, "input.caseNumber", 100);
    requirePastDate(input.filedOn, "input.filedOn", ctx.now());
    const { plaintiff, defendant, prosecutionId } = checkParties(input);

    let trying: string | null = null;
    let foreignInvested = input.foreignInvested ?? false;
    let campaign = input.campaign ?? null;
    if (input.kind === CourtCaseKind.CRIMINAL) {
      // the prosecution is the procuratorate's fact: ask it, once, as the caller
      const prosecution = await findProsecution(ctx, prosecutionId!, "input.prosecutionId");
      if (prosecution.decision !== "PROSECUTED")
        throw badInput("input.prosecutionId", `the procuratorate decided ${prosecution.decision}: there is nothing to try`);
      requireNotBefore(input.filedOn, "input.filedOn", prosecution.decidedOn, "the decision to prosecute");
      trying = prosecution.id;
      // the trial counts under the flag the case was prosecuted under, not a default: one fact, one owner
      if (input.foreignInvested != null && input.foreignInvested !== prosecution.foreignInvested)
        throw badInput("input.foreignInvested", `the prosecution says foreignInvested is ${prosecution.foreignInvested}; leave it out or give the same`);
      foreignInvested = prosecution.foreignInvested;
      // a trial of a campaign's prosecution counts under that campaign unless the court says otherwise
      campaign ??= (prosecution.campaign as CampaignCode | null | undefined) ?? null;
    }

    const taken = () => badInput("input.caseNumber", `${caseNumber} already exists`);
    // two filings of the same number at once: the second loses at the unique index, not at the check
    return createUnique(ctx, taken, async (em) => {
      if (await em.findOne(CourtCase, { caseNumber })) throw taken();
      return em.create(CourtCase, {
        id: newId(),
        caseNumber,
        kind: input.kind,
        region,
        filedOn: input.filedOn,
        ipType: input.ipType,
        prosecutionId: trying,
        plaintiffCreditCode: plaintiff,
        defendantCreditCode: defendant,
        foreignInvested,
        campaign,
      });
    });
  }

  @FieldResolver(() => Judgment, { nullable: true, description: "Null until the court gives judgment" })
  judgment(@Root() c: CourtCase, @Ctx() ctx: Context) {
    return one(ctx, Judgment, "courtCase").load(c.id);
  }

  @FieldResolver(() => Prosecution, { nullable: true, description: "The prosecution a criminal case tries (procuratorate)" })
  prosecution(@Root() c: CourtCase) {
    return c.prosecutionId ? { id: c.prosecutionId } : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true })
  plaintiff(@Root() c: CourtCase) {
    return c.plaintiffCreditCode ? { creditCode: c.plaintiffCreditCode } : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true })
  defendant(@Root() c: CourtCase) {
    return c.defendantCreditCode ? { creditCode: c.defendantCreditCode } : null;
  }
}
