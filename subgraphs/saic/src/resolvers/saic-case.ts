import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, CloseAdminCaseInput, closeAdminCase, Connection, ConnectionArgs, adminCaseWhere, assertNewCaseNumber, badInput, checkAdminCase, lookup, notFound, one,
  paginate, requireNonNegativeAmount, type Context,
} from "@ipr/shared";
import { Enterprise } from "../entities/enterprise";
import { SaicCase, SaicCaseCategory } from "../entities/saic-case";
import { Trademark } from "../entities/trademark";
import { CreateSaicCaseInput, SaicCaseFilter } from "../schema/inputs";

export const MAX_DESCRIPTION = 4000;

/** The facts of a market-regulation case beyond the common ones, checked against its category. */
function checkSaicFacts(input: CreateSaicCaseInput) {
  const trademark = input.category === SaicCaseCategory.TRADEMARK;
  if (trademark && !input.trademarkViolation) throw badInput("input.trademarkViolation", "is required for a TRADEMARK case");
  if (!trademark && input.trademarkViolation) throw badInput("input.trademarkViolation", "applies to TRADEMARK cases only");
  if (!trademark && input.trademarkRegistrationNumber) throw badInput("input.trademarkRegistrationNumber", "applies to TRADEMARK cases only");
  if (trademark && input.rightHolderLoss) throw badInput("input.rightHolderLoss", "applies to TRADE_SECRET cases only");
  // the kit's common checks leave the description unbounded; a case file's summary fits in this
  if (input.description && [...input.description].length > MAX_DESCRIPTION)
    throw badInput("input.description", `must be at most ${MAX_DESCRIPTION} characters`);
  if (input.illegalGains) requireNonNegativeAmount(input.illegalGains, "input.illegalGains");
  if (input.rightHolderLoss) requireNonNegativeAmount(input.rightHolderLoss, "input.rightHolderLoss");
  return {
    category: input.category,
    trademarkViolation: input.trademarkViolation ?? null,
    trademarkRegistrationNumber: input.trademarkRegistrationNumber ?? null,
    online: input.online ?? false,
    illegalGains: input.illegalGains ?? null,
    rightHolderLoss: input.rightHolderLoss ?? null,
  };
}

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
    const where = adminCaseWhere(ctx, filter, "openedOn", { equal: ["category", "trademarkViolation", "online"] });
    return paginate(ctx.em, SaicCase, where, page, "openedOn");
  }

  @Mutation(() => SaicCase, { description: "Close a market-regulation case with its outcome (结案), once, not before its openedOn (SAIC only, inside its region)" })
  closeSaicCase(@Arg("input", () => CloseAdminCaseInput) input: CloseAdminCaseInput, @Ctx() ctx: Context) {
    return closeAdminCase(ctx, Agency.SAIC, SaicCase, input, "openedOn");
  }

  @Mutation(() => SaicCase, { description: "Open a trade-secret or trademark case (SAIC only, inside its region)" })
  async createSaicCase(@Arg("input", () => CreateSaicCaseInput) input: CreateSaicCaseInput, @Ctx() ctx: Context) {
    const common = checkAdminCase(ctx, Agency.SAIC, input, ["openedOn", input.openedOn]);
    const own = checkSaicFacts(input);
    return ctx.em.transactional(async (em) => {
      // SAIC keeps the register, so unlike other agencies it can insist the right holder is on it
      const holder = await em.findOne(Enterprise, { creditCode: input.rightHolderCreditCode });
      if (!holder) throw notFound("input.rightHolderCreditCode", "registered enterprise", input.rightHolderCreditCode);
      if (holder.foreignInvested !== input.foreignInvested)
        throw badInput("input.foreignInvested", `the register says ${holder.name} is ${holder.foreignInvested ? "" : "not "}foreign-invested`);
      if (input.trademarkRegistrationNumber) {
        const mark = await em.findOne(Trademark, { registrationNumber: input.trademarkRegistrationNumber });
        if (!mark) throw notFound("input.trademarkRegistrationNumber", "registered trademark", input.trademarkRegistrationNumber);
        if (mark.holderCreditCode !== holder.creditCode) throw badInput("input.trademarkRegistrationNumber", "the mark belongs to another holder");
      }
      await assertNewCaseNumber({ em }, SaicCase, common.caseNumber);
      return em.create(SaicCase, { ...common, ...own });
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "What the case is about. For TRADE_SECRET cases it describes the secret: shown only to SAIC, POLICE, PROCURATORATE and COURTS (others get null with a FORBIDDEN error)",
  })
  description(@Root() c: SaicCase) {
    return c.description ?? null;
  }

  @FieldResolver(() => Trademark, { nullable: true })
  trademark(@Root() c: SaicCase, @Ctx() ctx: Context) {
    return c.trademarkRegistrationNumber ? one(ctx, Trademark, "registrationNumber").load(c.trademarkRegistrationNumber) : null;
  }

  @FieldResolver(() => Enterprise, { nullable: true })
  rightHolder(@Root() c: SaicCase, @Ctx() ctx: Context) {
    return one(ctx, Enterprise, "creditCode").load(c.rightHolderCreditCode);
  }
}
