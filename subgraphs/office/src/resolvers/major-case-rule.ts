import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { DateScalar, type Context } from "@ipr/shared";
import { MajorCaseRule } from "../entities/major-case-rule";
import { inForce, majorCaseRules } from "../major-cases/rules";

@Resolver(() => MajorCaseRule)
export class MajorCaseRuleResolver {
  @Query(() => [MajorCaseRule], { description: "What makes a case major and how soon it must be reported; those in force on a date when `on` is given" })
  async majorCaseRules(@Arg("on", () => DateScalar, { nullable: true }) on: string | null, @Ctx() ctx: Context) {
    const rules = await majorCaseRules(ctx);
    return on ? rules.filter((r) => inForce(r, on)) : rules;
  }
}
