import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { DateScalar, todayIn, type Context } from "@ipr/shared";
import { CriminalThreshold } from "../entities/criminal-threshold";
import { thresholdRules } from "../thresholds";

@Resolver(() => CriminalThreshold)
export class CriminalThresholdResolver {
  @Query(() => [CriminalThreshold], { description: "Prosecution thresholds in force on a date (default today)" })
  async criminalThresholds(@Arg("on", () => DateScalar, { nullable: true }) on: string | null, @Ctx() ctx: Context) {
    const day = on ?? todayIn(ctx.now());
    return (await thresholdRules(ctx)).filter((r) => r.effectiveFrom <= day && (!r.effectiveTo || day <= r.effectiveTo));
  }
}
