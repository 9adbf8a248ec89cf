import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CaseTally, caseMeasures, caseTally, checkReportKey, monthlyTally, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

const CASES = { from: "saic.saic_case t", region: "t.region", date: "t.opened_on", foreign: "t.foreign_invested", withdrawable: ["t"] };
const MEASURES = {
  ...caseMeasures(CASES, "tradeSecret", "t.category = 'TRADE_SECRET'"),
  ...caseMeasures(CASES, "trademark", "t.category = 'TRADEMARK'"),
};
const tally = (ctx: Context, report: ReportKey) => monthlyTally(ctx, "saic", MEASURES, checkReportKey(ctx, report));

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => CaseTally, { nullable: true, description: "侵犯商业秘密案件: trade-secret cases opened in the month" })
  async tradeSecretCases(@Root() report: ReportKey, @Ctx() ctx: Context) {
    return caseTally(await tally(ctx, report), "tradeSecret");
  }

  @FieldResolver(() => CaseTally, { nullable: true, description: "侵犯商标权案件: trademark cases opened in the month" })
  async trademarkCases(@Root() report: ReportKey, @Ctx() ctx: Context) {
    return caseTally(await tally(ctx, report), "trademark");
  }
}
