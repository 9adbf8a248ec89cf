import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { EnterpriseRole, casesOfEnterprise, many, type Context } from "@ipr/shared";
import { CopyrightCase } from "../entities/copyright-case";
import { CopyrightWork } from "../entities/copyright-work";
import { Enterprise } from "../entities/foreign";

/** What the copyright administration adds to SAIC's enterprise: its registered works and its cases. */
@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => [CopyrightCase], { nullable: true, description: "Copyright cases in your region where this enterprise is the right holder (default) or the infringer" })
  copyrightCases(
    @Root() enterprise: Enterprise,
    @Arg("role", () => EnterpriseRole, { defaultValue: EnterpriseRole.RIGHT_HOLDER }) role: EnterpriseRole,
    @Ctx() ctx: Context,
  ) {
    return casesOfEnterprise(ctx, CopyrightCase, enterprise.creditCode, role, "openedOn");
  }

  @FieldResolver(() => [CopyrightWork], { nullable: true, description: "Works this enterprise owns on the national copyright register (public), newest first" })
  copyrightWorks(@Root() enterprise: Enterprise, @Ctx() ctx: Context) {
    return many(ctx, CopyrightWork, "ownerCreditCode", { registeredOn: "desc", registrationNumber: "desc" }).load(enterprise.creditCode);
  }
}
