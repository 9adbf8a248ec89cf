import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { checkReportKey, type Context, type ReportKey, DataQualityIssue, perReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";
import { courtIssues } from "../consistency";

/** The courts' consistency checks on the monthly report: their counted trials and sentences against the procuratorate's prosecutions. */
@Resolver(() => MonthlyReport)
export class ReportConsistency {
  @FieldResolver(() => [DataQualityIssue], { nullable: true,
    description:
      "Criminal court cases filed in the month (same region and scope as the courts line) trying a prosecution the procuratorate does not know or did not bring, and sentences in judgments decided in the month of persons who are not defendants of that prosecution. Computed within the caller's view: a prosecution the caller may not read counts as unknown (the national office sees all).",
  })
  courtIssues(@Root() report: ReportKey, @Ctx() ctx: Context): Promise<DataQualityIssue[]> {
    return perReportKey(ctx, "court-issues", checkReportKey(ctx, report), (keys) => courtIssues(ctx, keys));
  }
}
