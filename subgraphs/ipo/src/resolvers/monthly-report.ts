import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CaseTally, caseMeasures, caseTally, checkReportKey, monthlyTally, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

const CASES = { from: "ipo.patent_case t", region: "t.region", date: "t.opened_on", foreign: "t.foreign_invested", withdrawable: ["t"] };
const MEASURES = caseMeasures(CASES, "patentCases");

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => CaseTally, { nullable: true, description: "侵犯专利权案件: patent cases opened in the month" })
  async patentCases(@Root() report: ReportKey, @Ctx() ctx: Context) {
    return caseTally(await monthlyTally(ctx, "ipo", MEASURES, checkReportKey(ctx, report)), "patentCases");
  }
}
