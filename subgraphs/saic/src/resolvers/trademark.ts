import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { assertAgency, Agency, Connection, ConnectionArgs, badInput, canRead, many, one, paginate, WITH_WITHDRAWN, type Context } from "@ipr/shared";
import { Enterprise } from "../entities/enterprise";
import { SaicCase } from "../entities/saic-case";
import { Trademark } from "../entities/trademark";
import { RegisterTrademarkInput } from "../schema/inputs";
import { checkTrademark, parseRegistrationNumber, registeredHolder } from "../trademark-checks";

@ObjectType()
class TrademarkConnection extends Connection(Trademark) {}

export { termEnd } from "../trademark-checks";

@Resolver(() => Trademark)
export class TrademarkResolver {
  @Query(() => Trademark, { nullable: true })
  trademark(@Arg("registrationNumber", () => String) registrationNumber: string, @Ctx() ctx: Context) {
    return one(ctx, Trademark, "registrationNumber").load(registrationNumber.replace(/\s/g, ""));
  }

  @Query(() => TrademarkConnection)
  trademarks(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("holderCreditCode", () => String, { nullable: true }) holderCreditCode: string | null,
    @Arg("wellKnown", () => Boolean, { nullable: true }) wellKnown: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const where = { ...(holderCreditCode ? { holderCreditCode } : {}), ...(wellKnown != null ? { wellKnown } : {}) };
    return paginate(ctx.em, Trademark, where, page, "registeredOn", "registrationNumber");
  }

  @Mutation(() => Trademark, { description: "Record a registered trademark of an enterprise on the register (SAIC)" })
  async registerTrademark(@Arg("input", () => RegisterTrademarkInput) input: RegisterTrademarkInput, @Ctx() ctx: Context) {
    assertAgency(ctx, Agency.SAIC);
    const registrationNumber = parseRegistrationNumber(input.registrationNumber);
    if (!registrationNumber) throw badInput("input.registrationNumber", "must be 5 to 9 digits");
    const fields = checkTrademark(ctx, input);
    return ctx.em.transactional(async (em) => {
      const holder = await registeredHolder(em, fields.holderCreditCode);
      if (await em.findOne(Trademark, { registrationNumber }, WITH_WITHDRAWN)) throw badInput("input.registrationNumber", `${registrationNumber} is already recorded`);
      return em.create(Trademark, { registrationNumber, ...fields, foreignRelated: holder.foreignInvested });
    });
  }

  @FieldResolver(() => Enterprise, { nullable: true })
  holder(@Root() t: Trademark, @Ctx() ctx: Context) {
    return one(ctx, Enterprise, "creditCode").load(t.holderCreditCode);
  }

  @FieldResolver(() => [SaicCase], { description: "Market-regulation cases about this mark, in your region" })
  async cases(@Root() t: Trademark, @Ctx() ctx: Context) {
    const rows = await many(ctx, SaicCase, "trademarkRegistrationNumber", { openedOn: "desc", id: "desc" }).load(t.registrationNumber);
    return rows.filter((c) => canRead(ctx.identity, c.region));
  }
}
