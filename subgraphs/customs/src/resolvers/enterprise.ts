import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { EnterpriseRole, casesOfEnterprise, many, type Context } from "@ipr/shared";
import { CustomsRecordation } from "../entities/customs-recordation";
import { CustomsSeizure } from "../entities/customs-seizure";
import { Enterprise } from "../entities/foreign";

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => [CustomsSeizure], { nullable: true, description: "Customs detentions in your region where this enterprise is the right holder (default) or the infringer" })
  customsSeizures(
    @Root() enterprise: Enterprise,
    @Arg("role", () => EnterpriseRole, { defaultValue: EnterpriseRole.RIGHT_HOLDER }) role: EnterpriseRole,
    @Ctx() ctx: Context,
  ) {
    return casesOfEnterprise(ctx, CustomsSeizure, enterprise.creditCode, role, "seizedOn");
  }

  @FieldResolver(() => [CustomsRecordation], { nullable: true, description: "Customs recordations this enterprise holds (national), newest first" })
  customsRecordations(@Root() enterprise: Enterprise, @Ctx() ctx: Context) {
    return many(ctx, CustomsRecordation, "holderCreditCode", { recordedOn: "desc", id: "desc" }).load(enterprise.creditCode);
  }
}
