import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CaseTally, caseMeasures, caseTally, checkReportKey, monthlyTally, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

const CASES = { from: "press.copyright_case t", region: "t.region", date: "t.opened_on", foreign: "t.foreign_invested", withdrawable: ["t"] };
const MEASURES = caseMeasures(CASES, "copyrightCases");

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => CaseTally, { nullable: true, description: "侵犯著作权案件: copyright cases opened in the month" })
  async copyrightCases(@Root() report: ReportKey, @Ctx() ctx: Context) {
    return caseTally(await monthlyTally(ctx, "press", MEASURES, checkReportKey(ctx, report)), "copyrightCases");
  }
}
