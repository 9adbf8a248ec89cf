import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, Connection, ConnectionArgs, adminCaseWhere, assertNewCaseNumber, badInput, checkAdminCase, lookup, notFound, one,
  paginate, type Context,
} from "@ipr/shared";
import { Enterprise } from "../entities/enterprise";
import { SaicCase } from "../entities/saic-case";
import { CreateSaicCaseInput, SaicCaseFilter } from "../schema/inputs";

@ObjectType()
class SaicCaseConnection extends Connection(SaicCase) {}

@Resolver(() => SaicCase)
export class SaicCaseResolver {
  @Query(() => SaicCase, { nullable: true })
  saicCase(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, SaicCase, id);
  }

  @Query(() => SaicCaseConnection, { description: "Cases in your region, newest opened first" })
  saicCases(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => SaicCaseFilter, { nullable: true }) filter: SaicCaseFilter | null,
    @Ctx() ctx: Context,
  ) {
    const where = { ...adminCaseWhere(ctx, filter, "openedOn"), ...(filter?.category ? { category: filter.category } : {}) };
    return paginate(ctx.em, SaicCase, where, page, "openedOn");
  }

  @Mutation(() => SaicCase, { description: "Open a trade-secret or trademark case (SAIC only, inside its region)" })
  async createSaicCase(@Arg("input", () => CreateSaicCaseInput) input: CreateSaicCaseInput, @Ctx() ctx: Context) {
    const common = checkAdminCase(ctx, Agency.SAIC, input, ["openedOn", input.openedOn]);
    return ctx.em.transactional(async (em) => {
      // SAIC keeps the register, so unlike other agencies it can insist the right holder is on it
      const holder = await em.findOne(Enterprise, { creditCode: input.rightHolderCreditCode });
      if (!holder) throw notFound("input.rightHolderCreditCode", "registered enterprise", input.rightHolderCreditCode);
      if (holder.foreignInvested !== input.foreignInvested)
        throw badInput("input.foreignInvested", `the register says ${holder.name} is ${holder.foreignInvested ? "" : "not "}foreign-invested`);
      await assertNewCaseNumber({ em }, SaicCase, common.caseNumber);
      return em.create(SaicCase, { ...common, category: input.category } as SaicCase);
    });
  }

  @FieldResolver(() => Enterprise, { nullable: true })
  rightHolder(@Root() c: SaicCase, @Ctx() ctx: Context) {
    return one(ctx, Enterprise, "creditCode").load(c.rightHolderCreditCode);
  }
}
