import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { scopedList, createUnique, Connection, ConnectionArgs, WITH_WITHDRAWN, newId, one, paginate, type Context, type Where } from "@ipr/shared";
import { CourtCase } from "../entities/court-case";
import { Enterprise, Prosecution } from "../entities/foreign";
import { Judgment } from "../entities/judgment";
import { CourtCaseFilter, FileCourtCaseInput } from "../schema/inputs";
import { findCourtCase } from "../lookups";
import { caseNumberTaken, checkCourtCase } from "../court-case-checks";

@ObjectType()
class CourtCaseConnection extends Connection(CourtCase) {}

/** Cases with (or without) a live judgment, as a subquery on the judgment table: one statement, no join fan-out. */
function judgedWhere(ctx: Context, hasJudgment: boolean | null | undefined): Where {
  if (hasJudgment == null) return {};
  // a withdrawn judgment judges nothing (the query builder does not apply the live filter)
  const judged = ctx.em.createQueryBuilder(Judgment, "j").select("j.court_case_id").where({ withdrawnAt: null }).getKnexQuery();
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
    const columns = await checkCourtCase(ctx, input);
    const taken = () => caseNumberTaken(columns.caseNumber);
    // two filings of the same number at once: the second loses at the unique index, not at the check
    return createUnique(ctx, taken, async (em) => {
      // a withdrawn case keeps its number
      if (await em.findOne(CourtCase, { caseNumber: columns.caseNumber }, WITH_WITHDRAWN)) throw taken();
      return em.create(CourtCase, { id: newId(), ...columns });
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
