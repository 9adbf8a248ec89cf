import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, isUuid, many, newId, paginate, requireText, type Context } from "@ipr/shared";
import { Prosecution } from "../entities/prosecution";
import { ProsecutionDefendant } from "../entities/prosecution-defendant";
import { CriminalCase, Person } from "../entities/foreign";
import { ProsecutionFilter, RecordProsecutionInput } from "../schema/decision-inputs";
import { checkDecision } from "../decisions";
import { decisionWhere, findProsecution } from "../lookups";

@ObjectType()
class ProsecutionConnection extends Connection(Prosecution) {}

@Resolver(() => Prosecution)
export class ProsecutionResolver {
  @Query(() => Prosecution, { nullable: true })
  prosecution(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findProsecution(ctx, id);
  }

  @Query(() => ProsecutionConnection, { description: "Prosecution decisions in your region, latest decided first" })
  prosecutions(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ProsecutionFilter, { nullable: true }) filter: ProsecutionFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    if (f.criminalCaseId && !isUuid(f.criminalCaseId)) return paginate(ctx.em, Prosecution, { id: null }, page, "decidedOn");
    return paginate(ctx.em, Prosecution, decisionWhere(ctx, f), page, "decidedOn");
  }

  @Mutation(() => Prosecution, { description: "Record the decision after review for prosecution (PROCURATORATE only, inside its region)" })
  async recordProsecution(@Arg("input", () => RecordProsecutionInput) input: RecordProsecutionInput, @Ctx() ctx: Context) {
    const { region, criminalCaseId, personIds } = await checkDecision(ctx, input, input.defendantIds, "defendantIds");
    const charges = input.charges == null ? null : requireText(input.charges, "input.charges", 2000);
    return ctx.em.transactional(async (em) => {
      const prosecution = em.create(Prosecution, {
        id: newId(), criminalCaseId, decision: input.decision, decidedOn: input.decidedOn, region, foreignInvested: input.foreignInvested, campaign: input.campaign ?? null, charges,
      });
      personIds.forEach((personId, position) => em.create(ProsecutionDefendant, { id: newId(), prosecution, personId, position }));
      return prosecution;
    });
  }

  @FieldResolver(() => CriminalCase, { nullable: true })
  criminalCase(@Root() prosecution: Prosecution) {
    return { id: prosecution.criminalCaseId };
  }

  @FieldResolver(() => [Person], { nullable: true, description: "The defendants decided on, in the order recorded" })
  async defendants(@Root() prosecution: Prosecution, @Ctx() ctx: Context) {
    const rows = await many(ctx, ProsecutionDefendant, "prosecution", { position: "asc" }).load(prosecution.id);
    return rows.map((row) => ({ id: row.personId }));
  }
}
