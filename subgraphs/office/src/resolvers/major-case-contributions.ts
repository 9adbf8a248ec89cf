import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { canRead, many, type Context } from "@ipr/shared";
import { MajorCaseReport } from "../entities/major-case-report";
import { CASE_STUBS } from "../entities/foreign";
import { MAJOR_CASE_TYPES, type CaseRef, type MajorCaseType } from "../major-cases/reportable";

/** `<Case>.majorCaseReports` on every reportable type: the way back from a case to its reports and supervisions. */
function contributionsTo(type: MajorCaseType) {
  @Resolver(() => CASE_STUBS[type])
  class MajorCaseContributions {
    @FieldResolver(() => [MajorCaseReport], { nullable: true, description: "Its reports to the office as a major case, with their supervisions (office)" })
    majorCaseReports(@Root() c: CaseRef, @Ctx() ctx: Context) {
      return many(ctx, MajorCaseReport, "caseId", { reportedAt: "asc" })
        .load(c.id)
        .then((rows) => rows.filter((r) => r.caseType === type && canRead(ctx.identity, r.region)));
    }
  }
  return MajorCaseContributions;
}

export const MAJOR_CASE_CONTRIBUTIONS = MAJOR_CASE_TYPES.map(contributionsTo);
