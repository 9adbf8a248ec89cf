import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { DecimalScalar, checkReportKey, count, monthlyTally, yuan, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

@ObjectType({ description: "公安机关: criminal cases filed, suspects caught, amount involved" })
export class PoliceTally {
  @Field(() => Int, { description: "立案数: cases filed (by filedOn)" }) casesFiled!: number;
  @Field(() => Int, { description: "抓获犯罪嫌疑人数: suspects caught (by caughtOn)" }) suspectsCaught!: number;
  @Field(() => DecimalScalar, { description: "涉案金额: amount involved of the cases filed, yuan" }) amountInvolved!: string;
}

const CASES = { from: "police.criminal_case t", region: "t.region", date: "t.filed_on", foreign: "t.foreign_invested", withdrawable: ["t"] };
const MEASURES = {
  casesFiled: { ...CASES, value: "count(*)" },
  amountInvolved: { ...CASES, value: "sum(t.amount_involved)" },
  // suspects count in the month they were caught, whichever month their case was filed; scope (and withdrawal) follows the case
  suspectsCaught: { from: "police.person t join police.criminal_case c on c.id = t.criminal_case_id", region: "t.region", date: "t.caught_on", foreign: "c.foreign_invested", withdrawable: ["c"], value: "count(*)" },
};

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => PoliceTally, { nullable: true })
  async police(@Root() report: ReportKey, @Ctx() ctx: Context): Promise<PoliceTally> {
    const t = await monthlyTally(ctx, "police", MEASURES, checkReportKey(ctx, report));
    return { casesFiled: count(t.casesFiled), suspectsCaught: count(t.suspectsCaught), amountInvolved: yuan(t.amountInvolved) };
  }
}
