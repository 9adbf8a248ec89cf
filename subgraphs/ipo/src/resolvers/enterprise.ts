import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { EnterpriseRole, casesOfEnterprise, many, type Context } from "@ipr/shared";
import { Enterprise } from "../entities/foreign";
import { Patent } from "../entities/patent";
import { PatentCase } from "../entities/patent-case";

/** What the patent administration adds to SAIC's Enterprise: its patents and its patent cases. */
@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => [PatentCase], { nullable: true, description: "Patent cases in your region where this enterprise is the right holder (default) or the infringer" })
  patentCases(
    @Root() enterprise: Enterprise,
    @Arg("role", () => EnterpriseRole, { defaultValue: EnterpriseRole.RIGHT_HOLDER }) role: EnterpriseRole,
    @Ctx() ctx: Context,
  ) {
    return casesOfEnterprise(ctx, PatentCase, enterprise.creditCode, role, "openedOn");
  }

  @FieldResolver(() => [Patent], { nullable: true, description: "Patents this enterprise holds, most recently granted first (the register is national)" })
  patents(@Root() enterprise: Enterprise, @Ctx() ctx: Context) {
    return many(ctx, Patent, "holderCreditCode", { grantedOn: "desc", patentNumber: "desc" }).load(enterprise.creditCode);
  }
}
