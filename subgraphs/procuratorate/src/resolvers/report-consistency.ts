import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { checkReportKey, type Context, type ReportKey, DataQualityIssue, perReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";
import { procuratorateIssues } from "../consistency";
import { supervisionIssues } from "../supervision-consistency";

/** The procuratorate's consistency checks on the monthly report: its counted decisions against the police's cases, its supervised filings against linkage's referrals. */
@Resolver(() => MonthlyReport)
export class ReportConsistency {
  @FieldResolver(() => [DataQualityIssue], { nullable: true,
    description:
      "Arrest approvals and prosecutions the procuratorate line counts (same region, month and scope) whose criminal case the police have not filed, that precede its filing, or that name persons who are not its suspects; and filing supervisions recorded as filed in the month (any scope) whose referral linkage does not record FILED. Computed within the caller's view: a case the caller may not read counts as not filed (the national office sees all).",
  })
  procuratorateIssues(@Root() report: ReportKey, @Ctx() ctx: Context): Promise<DataQualityIssue[]> {
    return perReportKey(ctx, "procuratorate-issues", checkReportKey(ctx, report), async (keys) => {
      const [decisions, supervisions] = await Promise.all([procuratorateIssues(ctx, keys), supervisionIssues(ctx, keys)]);
      return decisions.map((issues, i) => [...issues, ...supervisions[i]]);
    });
  }
}
