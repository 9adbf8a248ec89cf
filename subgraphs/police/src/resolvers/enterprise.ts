import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { canRead, many, type Context } from "@ipr/shared";
import { CriminalCase } from "../entities/criminal-case";
import { Enterprise } from "../entities/foreign";

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => [CriminalCase], { nullable: true, description: "Criminal cases in your region where this enterprise is the right holder" })
  criminalCases(@Root() enterprise: Enterprise, @Ctx() ctx: Context) {
    return many(ctx, CriminalCase, "rightHolderCreditCode", { filedOn: "desc", id: "desc" })
      .load(enterprise.creditCode)
      .then((cases) => cases.filter((c) => canRead(ctx.identity, c.region)));
  }
}
