import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { DecimalScalar, caseMeasures, checkReportKey, count, monthlyTally, yuan, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

@ObjectType({ description: "Parcels intercepted in the month" })
export class PostalTally {
  @Field(() => Int) interceptions!: number;
  @Field(() => Int, { description: "Items in the intercepted parcels" }) items!: number;
  @Field(() => Int, { description: "Of which cross-border e-commerce parcels" }) crossBorder!: number;
  @Field(() => DecimalScalar, { description: "Amount involved, yuan" }) amountInvolved!: string;
}

const PARCELS = { from: "postal.postal_interception t", region: "t.region", date: "t.intercepted_on", foreign: "t.foreign_invested", withdrawable: ["t"] };
const MEASURES = {
  ...caseMeasures(PARCELS, "interceptions"),
  "interceptions.items": { ...PARCELS, value: "sum(t.item_count)" },
  "interceptions.crossBorder": { ...PARCELS, where: "t.cross_border_ecommerce", value: "count(*)" },
};

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => PostalTally, { nullable: true, description: "Interceptions by interceptedOn in the month" })
  async postal(@Root() report: ReportKey, @Ctx() ctx: Context): Promise<PostalTally> {
    const t = await monthlyTally(ctx, "postal", MEASURES, checkReportKey(ctx, report));
    return { interceptions: count(t["interceptions.cases"]), items: count(t["interceptions.items"]), crossBorder: count(t["interceptions.crossBorder"]), amountInvolved: yuan(t["interceptions.amount"]) };
  }
}
