import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { EnterpriseRole, canRead, casesOfEnterprise, many, type Context } from "@ipr/shared";
import { CourierComplianceCheck } from "../entities/courier-compliance-check";
import { Enterprise } from "../entities/foreign";
import { PostalInterception } from "../entities/postal-interception";

/** What postal adds to SAIC's Enterprise: batched per request, so N enterprises cost one statement per field. */
@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => [PostalInterception], { nullable: true,
    description: "Postal interceptions in your region where this enterprise is the right holder (default) or the infringer",
  })
  postalInterceptions(
    @Root() enterprise: Enterprise,
    @Arg("role", () => EnterpriseRole, { defaultValue: EnterpriseRole.RIGHT_HOLDER }) role: EnterpriseRole,
    @Ctx() ctx: Context,
  ) {
    return casesOfEnterprise(ctx, PostalInterception, enterprise.creditCode, role, "interceptedOn");
  }

  @FieldResolver(() => [CourierComplianceCheck], { nullable: true, description: "Compliance checks in your region of this enterprise as a courier, newest first" })
  courierComplianceChecks(@Root() enterprise: Enterprise, @Ctx() ctx: Context) {
    return many(ctx, CourierComplianceCheck, "courierCreditCode", { checkedOn: "desc", id: "desc" })
      .load(enterprise.creditCode)
      .then((checks) => checks.filter((c) => canRead(ctx.identity, c.region)));
  }
}
