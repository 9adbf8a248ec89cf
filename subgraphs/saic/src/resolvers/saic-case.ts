import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, newId, notFound, one, paginate, regionScope,
  requireCreditCode, requirePastDate, requirePositiveAmount, requireText, lookup, type Context,
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
    const f = filter ?? {};
    if (f.region) assertRegion(f.region, "filter.region");
    const where = {
      ...regionScope(ctx.identity, f.region),
      ...(f.openedFrom || f.openedTo ? { openedOn: { ...(f.openedFrom ? { $gte: f.openedFrom } : {}), ...(f.openedTo ? { $lte: f.openedTo } : {}) } } : {}),
      ...(f.category ? { category: f.category } : {}),
      ...(f.foreignInvested != null ? { foreignInvested: f.foreignInvested } : {}),
      ...(f.rightHolderCreditCode ? { rightHolderCreditCode: f.rightHolderCreditCode } : {}),
    };
    return paginate(ctx.em, SaicCase, where, page, "openedOn");
  }

  @Mutation(() => SaicCase, { description: "Open a trade-secret or trademark case (SAIC only, inside its region)" })
  async createSaicCase(@Arg("input", () => CreateSaicCaseInput) input: CreateSaicCaseInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, Agency.SAIC, region);
    const caseNumber = requireText(input.caseNumber, "input.caseNumber", 100);
    requirePastDate(input.openedOn, "input.openedOn", ctx.now());
    requirePositiveAmount(input.amountInvolved, "input.amountInvolved");
    requireCreditCode(input.rightHolderCreditCode, "input.rightHolderCreditCode");
    if (input.infringerCreditCode) requireCreditCode(input.infringerCreditCode, "input.infringerCreditCode");
    return ctx.em.transactional(async (em) => {
      const holder = await em.findOne(Enterprise, { creditCode: input.rightHolderCreditCode });
      if (!holder) throw notFound("input.rightHolderCreditCode", "registered enterprise", input.rightHolderCreditCode);
      if (holder.foreignInvested !== input.foreignInvested)
        throw badInput("input.foreignInvested", `the register says ${holder.name} is ${holder.foreignInvested ? "" : "not "}foreign-invested`);
      if (await em.findOne(SaicCase, { caseNumber })) throw badInput("input.caseNumber", `${caseNumber} already exists`);
      return em.create(SaicCase, {
        id: newId(),
        caseNumber,
        category: input.category,
        region,
        openedOn: input.openedOn,
        rightHolderCreditCode: input.rightHolderCreditCode,
        infringerCreditCode: input.infringerCreditCode ?? null,
        foreignInvested: input.foreignInvested,
        amountInvolved: input.amountInvolved,
        description: input.description?.trim() || null,
      });
    });
  }

  @FieldResolver(() => Enterprise, { nullable: true })
  rightHolder(@Root() c: SaicCase, @Ctx() ctx: Context) {
    return one(ctx, Enterprise, "creditCode").load(c.rightHolderCreditCode);
  }
}
