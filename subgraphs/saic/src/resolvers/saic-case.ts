import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, CloseAdminCaseInput, closeAdminCase, Connection, ConnectionArgs, adminCaseWhere, lookup, one, paginate, type Context,
} from "@ipr/shared";
import { createSaicCase } from "../saic-case-checks";
import { Enterprise } from "../entities/enterprise";
import { SaicCase } from "../entities/saic-case";
import { Trademark } from "../entities/trademark";
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
    const where = adminCaseWhere(ctx, filter, "openedOn", { equal: ["category", "trademarkViolation", "online"] });
    return paginate(ctx.em, SaicCase, where, page, "openedOn");
  }

  @Mutation(() => SaicCase, { description: "Close a market-regulation case with its outcome (结案), once, not before its openedOn (SAIC only, inside its region)" })
  closeSaicCase(@Arg("input", () => CloseAdminCaseInput) input: CloseAdminCaseInput, @Ctx() ctx: Context) {
    return closeAdminCase(ctx, Agency.SAIC, SaicCase, input, "openedOn");
  }

  @Mutation(() => SaicCase, { description: "Open a trade-secret or trademark case (SAIC only, inside its region)" })
  async createSaicCase(@Arg("input", () => CreateSaicCaseInput) input: CreateSaicCaseInput, @Ctx() ctx: Context) {
    return ctx.em.transactional((em) => createSaicCase(ctx, em, input));
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
