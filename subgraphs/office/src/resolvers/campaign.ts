import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { CampaignCode, DateScalar, many, one, todayIn, type Context } from "@ipr/shared";
import { Campaign, CampaignPhase } from "../entities/campaign";

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => [Campaign], { description: "Enforcement campaigns, newest first" })
  campaigns(@Ctx() ctx: Context) {
    return ctx.em.find(Campaign, {}, { orderBy: { startsOn: "desc", code: "asc" } });
  }

  @Query(() => Campaign, { nullable: true })
  campaign(@Arg("code", () => CampaignCode) code: CampaignCode, @Ctx() ctx: Context) {
    return one(ctx, Campaign, "code").load(code);
  }

  @FieldResolver(() => [CampaignPhase])
  phases(@Root() c: Campaign, @Ctx() ctx: Context) {
    return many(ctx, CampaignPhase, "campaign", { position: "asc" }).load(c.code);
  }

  @FieldResolver(() => CampaignPhase, { nullable: true, description: "The phase under way on a date (default today): the first whose due date has not passed" })
  async currentPhase(@Root() c: Campaign, @Arg("on", () => DateScalar, { nullable: true }) on: string | null, @Ctx() ctx: Context) {
    const day = on ?? todayIn(ctx.now());
    const phases = await many(ctx, CampaignPhase, "campaign", { position: "asc" }).load(c.code);
    return phases.find((p) => (!p.startsOn || p.startsOn <= day) && day <= p.dueOn) ?? null;
  }
}
