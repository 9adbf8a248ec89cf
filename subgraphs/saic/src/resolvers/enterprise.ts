import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Connection, ConnectionArgs, EnterpriseRole, WITH_WITHDRAWN, assertRegion, badInput, casesOfEnterprise, many, one, paginate, regionPrefixFilter,
  requireCreditCode, type Context,
} from "@ipr/shared";
import { Enterprise } from "../entities/enterprise";
import { SaicCase } from "../entities/saic-case";
import { Trademark } from "../entities/trademark";
import { checkEnterprise } from "../enterprise-checks";
import { EnterpriseFilter, RegisterEnterpriseInput } from "../schema/inputs";

@ObjectType()
class EnterpriseConnection extends Connection(Enterprise) {}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { nullable: true, description: "The register is public: any agency may look an enterprise up" })
  enterprise(@Arg("creditCode", () => String) creditCode: string, @Ctx() ctx: Context) {
    return one(ctx, Enterprise, "creditCode").load(creditCode);
  }

  @Query(() => EnterpriseConnection)
  enterprises(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => EnterpriseFilter, { nullable: true }) filter: EnterpriseFilter | null,
    @Ctx() ctx: Context,
  ) {
    if (filter?.nameContains && [...filter.nameContains].length > 200) throw badInput("filter.nameContains", "must be at most 200 characters (a name is)");
    const where = {
      ...(filter?.region ? regionPrefixFilter(assertRegion(filter.region, "filter.region")) : {}),
      ...(filter?.foreignInvested != null ? { foreignInvested: filter.foreignInvested } : {}),
      ...(filter?.nameContains ? { name: { $ilike: `%${filter.nameContains.replace(/[\\%_]/g, "\\$&")}%` } } : {}),
    };
    return paginate(ctx.em, Enterprise, where, page, "registeredAt", "creditCode");
  }

  @Mutation(() => Enterprise, { description: "Put an enterprise on the register (SAIC only, inside its region)" })
  async registerEnterprise(@Arg("input", () => RegisterEnterpriseInput) input: RegisterEnterpriseInput, @Ctx() ctx: Context) {
    const facts = checkEnterprise(ctx, input);
    requireCreditCode(input.creditCode, "input.creditCode");
    return ctx.em.transactional(async (em) => {
      const known = await em.findOne(Enterprise, { creditCode: input.creditCode }, WITH_WITHDRAWN);
      if (known) throw badInput("input.creditCode", `${input.creditCode} is already registered${known.withdrawnAt ? " (withdrawn; its credit code stays taken)" : ""}`);
      return em.create(Enterprise, { creditCode: input.creditCode, ...facts });
    });
  }

  @FieldResolver(() => [Trademark], { description: "Registered trademarks it holds" })
  trademarks(@Root() enterprise: Enterprise, @Ctx() ctx: Context) {
    return many(ctx, Trademark, "holderCreditCode", { registeredOn: "asc", registrationNumber: "asc" }).load(enterprise.creditCode);
  }

  @FieldResolver(() => [SaicCase], { description: "Market-regulation cases in your region where this enterprise is the right holder (default) or the infringer" })
  saicCases(
    @Root() enterprise: Enterprise,
    @Arg("role", () => EnterpriseRole, { defaultValue: EnterpriseRole.RIGHT_HOLDER }) role: EnterpriseRole,
    @Ctx() ctx: Context,
  ) {
    return casesOfEnterprise(ctx, SaicCase, enterprise.creditCode, role, "openedOn");
  }
}
