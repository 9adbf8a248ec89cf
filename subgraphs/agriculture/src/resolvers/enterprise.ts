import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { EnterpriseRole, casesOfEnterprise, many, type Context } from "@ipr/shared";
import { Enterprise } from "../entities/foreign";
import { PlantVariety } from "../entities/plant-variety";
import { PlantVarietyCase } from "../entities/plant-variety-case";

/** What agriculture adds to SAIC's enterprise: its varieties and its plant-variety cases. */
@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => [PlantVarietyCase], { nullable: true, description: "Plant-variety cases in your region where this enterprise is the right holder (default) or the infringer" })
  plantVarietyCases(
    @Root() enterprise: Enterprise,
    @Arg("role", () => EnterpriseRole, { defaultValue: EnterpriseRole.RIGHT_HOLDER }) role: EnterpriseRole,
    @Ctx() ctx: Context,
  ) {
    return casesOfEnterprise(ctx, PlantVarietyCase, enterprise.creditCode, role, "openedOn");
  }

  @FieldResolver(() => [PlantVariety], { nullable: true, description: "Varieties this enterprise holds the right to (national register), most recently granted first" })
  plantVarieties(@Root() enterprise: Enterprise, @Ctx() ctx: Context) {
    return many(ctx, PlantVariety, "holderCreditCode", { grantedOn: "desc", rightNumber: "desc" }).load(enterprise.creditCode);
  }
}
