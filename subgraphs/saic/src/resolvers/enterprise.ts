import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, Connection, ConnectionArgs, EnterpriseRole, assertCanWrite, assertRegion, badInput, casesOfEnterprise, many, one, paginate, regionPrefixFilter,
  requireCreditCode, requireText, type Context,
} from "@ipr/shared";
import { Enterprise } from "../entities/enterprise";
import { SaicCase } from "../entities/saic-case";
import { Trademark } from "../entities/trademark";
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
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, Agency.SAIC, region);
    requireCreditCode(input.creditCode, "input.creditCode");
    const name = requireText(input.name, "input.name");
    const country = input.investorCountry?.toUpperCase() ?? null;
    if (country !== null && !/^[A-Z]{2}$/.test(country)) throw badInput("input.investorCountry", "must be an ISO 3166-1 alpha-2 code");
    if (input.foreignInvested && !country) throw badInput("input.investorCountry", "is required for a foreign-invested enterprise");
    return ctx.em.transactional(async (em) => {
      if (await em.findOne(Enterprise, { creditCode: input.creditCode }))
        throw badInput("input.creditCode", `${input.creditCode} is already registered`);
      const enterprise = em.create(Enterprise, { creditCode: input.creditCode, name, foreignInvested: input.foreignInvested, investorCountry: country, region });
      return enterprise;
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
