import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Agency, CloseAdminCaseInput, closeAdminCase, Connection, ConnectionArgs, adminCaseWhere, assertNewCaseNumber, checkAdminCase, paginate, type Context, type EntityManager } from "@ipr/shared";
import { Enterprise } from "../entities/foreign";
import { PostalInterception } from "../entities/postal-interception";
import { PostalInterceptionFilter, RecordPostalInterceptionInput } from "../schema/inputs";
import { findPostalInterception } from "../lookups";
import { checkParcel } from "../parcel";

@ObjectType()
class PostalInterceptionConnection extends Connection(PostalInterception) {}

@Resolver(() => PostalInterception)
export class PostalInterceptionResolver {
  @Query(() => PostalInterception, { nullable: true })
  postalInterception(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findPostalInterception(ctx, id);
  }

  @Query(() => PostalInterceptionConnection, { description: "Interceptions in your region, newest intercepted first" })
  postalInterceptions(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => PostalInterceptionFilter, { nullable: true }) filter: PostalInterceptionFilter | null,
    @Ctx() ctx: Context,
  ) {
    const where = adminCaseWhere(ctx, filter, "interceptedOn", { equal: ["control", "crossBorderECommerce", "courierCreditCode"] });
    return paginate(ctx.em, PostalInterception, where, page, "interceptedOn");
  }

  @Mutation(() => PostalInterception, { description: "Close an interception case with its outcome (结案), once, not before its interceptedOn (POSTAL only, inside its region)" })
  closePostalInterception(@Arg("input", () => CloseAdminCaseInput) input: CloseAdminCaseInput, @Ctx() ctx: Context) {
    return closeAdminCase(ctx, Agency.POSTAL, PostalInterception, input, "interceptedOn");
  }

  @Mutation(() => PostalInterception, { description: "Record a parcel intercepted in the courier channel (POSTAL only, inside its region)" })
  async recordPostalInterception(@Arg("input", () => RecordPostalInterceptionInput) input: RecordPostalInterceptionInput, @Ctx() ctx: Context) {
    return ctx.em.transactional((em) => recordPostalInterception(ctx, em, input));
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The courier enterprise, as SAIC's register knows it" })
  courier(@Root() c: PostalInterception): Enterprise {
    return { creditCode: c.courierCreditCode };
  }
}

/** recordPostalInterception's work inside its transaction: every creation check, then the interception (the bulk import runs it per row). */
export async function recordPostalInterception(ctx: Context, em: EntityManager, input: RecordPostalInterceptionInput): Promise<PostalInterception> {
  const common = checkAdminCase(ctx, Agency.POSTAL, input, ["interceptedOn", input.interceptedOn]);
  const parcel = checkParcel(input);
  await assertNewCaseNumber({ em }, PostalInterception, common.caseNumber);
  return em.create(PostalInterception, { ...common, ...parcel });
}
