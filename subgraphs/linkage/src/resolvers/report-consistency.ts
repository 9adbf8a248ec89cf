import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { checkReportKey, type Context, type ReportKey, DataQualityIssue, perReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";
import { linkageIssues } from "../consistency";

/** Linkage's consistency checks on the monthly report: referrals decided FILED against the police's cases. */
@Resolver(() => MonthlyReport)
export class ReportConsistency {
  @FieldResolver(() => [DataQualityIssue], { nullable: true,
    description:
      "Referrals the police decided FILED in the month (China-time date of decidedAt, region by prefix) whose criminal case the police have not filed, or filed before the referral was sent. Linkage keeps no foreignInvested flag: for FOREIGN_INVESTED a referral counts when its source case's owner says it is foreign-invested (or the source case cannot be seen). Computed within the caller's view: a case the caller may not read counts as not filed (the national office sees all).",
  })
  linkageIssues(@Root() report: ReportKey, @Ctx() ctx: Context): Promise<DataQualityIssue[]> {
    return perReportKey(ctx, "linkage-issues", checkReportKey(ctx, report), (keys) => linkageIssues(ctx, keys));
  }
}
