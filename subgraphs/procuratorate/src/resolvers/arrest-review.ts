import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, isUuid, many, newId, paginate, type Context } from "@ipr/shared";
import { ArrestReview } from "../entities/arrest-review";
import { ArrestReviewPerson } from "../entities/arrest-review-person";
import { CriminalCase, Person } from "../entities/foreign";
import { ArrestReviewFilter, RecordArrestReviewInput } from "../schema/decision-inputs";
import { checkDecision } from "../decisions";
import { decisionWhere, findArrestReview } from "../lookups";

@ObjectType()
class ArrestReviewConnection extends Connection(ArrestReview) {}

@Resolver(() => ArrestReview)
export class ArrestReviewResolver {
  @Query(() => ArrestReview, { nullable: true })
  arrestReview(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findArrestReview(ctx, id);
  }

  @Query(() => ArrestReviewConnection, { description: "Arrest reviews in your region, latest decided first" })
  arrestReviews(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ArrestReviewFilter, { nullable: true }) filter: ArrestReviewFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    // a malformed case id matches nothing rather than failing in PostgreSQL
    if (f.criminalCaseId && !isUuid(f.criminalCaseId)) return paginate(ctx.em, ArrestReview, { id: null }, page, "decidedOn");
    return paginate(ctx.em, ArrestReview, decisionWhere(ctx, f), page, "decidedOn");
  }

  @Mutation(() => ArrestReview, { description: "Record the decision on a request to arrest suspects (PROCURATORATE only, inside its region)" })
  async recordArrestReview(@Arg("input", () => RecordArrestReviewInput) input: RecordArrestReviewInput, @Ctx() ctx: Context) {
    const { region, criminalCaseId, personIds } = await checkDecision(ctx, input, input.personIds, "personIds");
    return ctx.em.transactional(async (em) => {
      const review = em.create(ArrestReview, {
        id: newId(), criminalCaseId, decision: input.decision, decidedOn: input.decidedOn, region, foreignInvested: input.foreignInvested, campaign: input.campaign ?? null,
      });
      personIds.forEach((personId, position) => em.create(ArrestReviewPerson, { id: newId(), arrestReview: review, personId, position }));
      return review;
    });
  }

  @FieldResolver(() => CriminalCase, { nullable: true })
  criminalCase(@Root() review: ArrestReview) {
    return { id: review.criminalCaseId };
  }

  @FieldResolver(() => [Person], { nullable: true, description: "The suspects decided on, in the order recorded" })
  async persons(@Root() review: ArrestReview, @Ctx() ctx: Context) {
    const rows = await many(ctx, ArrestReviewPerson, "arrestReview", { position: "asc" }).load(review.id);
    return rows.map((row) => ({ id: row.personId }));
  }
}
