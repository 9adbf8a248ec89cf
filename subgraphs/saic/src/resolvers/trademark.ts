import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { assertAgency, Agency, Connection, ConnectionArgs, badInput, canRead, many, notFound, one, paginate, requireCreditCode, requirePastDate, requireText, type Context } from "@ipr/shared";
import { Enterprise } from "../entities/enterprise";
import { SaicCase } from "../entities/saic-case";
import { Trademark } from "../entities/trademark";
import { RegisterTrademarkInput } from "../schema/inputs";

@ObjectType()
class TrademarkConnection extends Connection(Trademark) {}

/** Registration numbers are digits (older marks up to 7, newer 8); stored without spaces. */
const REGISTRATION_NUMBER = /^\d{5,9}$/;

/** The last day of a term of `years` starting on `from` (a mark registered 2010-03-07 runs to 2020-03-06). */
export function termEnd(from: string, years: number): string {
  const [y, m, d] = from.split("-").map(Number);
  const end = new Date(Date.UTC(y + years, m - 1, d));
  if (end.getUTCMonth() !== m - 1) end.setUTCDate(0); // 29 February into a common year
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

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
    const registrationNumber = input.registrationNumber.replace(/\s/g, "");
    if (!REGISTRATION_NUMBER.test(registrationNumber)) throw badInput("input.registrationNumber", "must be 5 to 9 digits");
    const mark = requireText(input.mark, "input.mark");
    if (!Number.isInteger(input.niceClass) || input.niceClass < 1 || input.niceClass > 45) throw badInput("input.niceClass", "must be a Nice class from 1 to 45");
    requireCreditCode(input.holderCreditCode, "input.holderCreditCode");
    requirePastDate(input.registeredOn, "input.registeredOn", ctx.now());
    return ctx.em.transactional(async (em) => {
      const holder = await em.findOne(Enterprise, { creditCode: input.holderCreditCode });
      if (!holder) throw notFound("input.holderCreditCode", "registered enterprise", input.holderCreditCode);
      if (await em.findOne(Trademark, { registrationNumber })) throw badInput("input.registrationNumber", `${registrationNumber} is already recorded`);
      return em.create(Trademark, {
        registrationNumber, mark, niceClass: input.niceClass, holderCreditCode: holder.creditCode,
        wellKnown: input.wellKnown ?? false, geographicalIndication: input.geographicalIndication ?? false,
        foreignRelated: holder.foreignInvested, registeredOn: input.registeredOn, validUntil: termEnd(input.registeredOn, 10),
      });
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
