import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CaseTally, caseMeasures, caseTally, checkReportKey, monthlyTally, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

const CASES = { from: "agriculture.plant_variety_case t", region: "t.region", date: "t.opened_on", foreign: "t.foreign_invested", withdrawable: ["t"] };
const MEASURES = caseMeasures(CASES, "plantVarietyCases");

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => CaseTally, { nullable: true, description: "侵犯植物新品种权案件: plant-variety cases opened in the month" })
  async plantVarietyCases(@Root() report: ReportKey, @Ctx() ctx: Context) {
    return caseTally(await monthlyTally(ctx, "agriculture", MEASURES, checkReportKey(ctx, report)), "plantVarietyCases");
  }
}
