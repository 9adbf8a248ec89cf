import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { checkReportKey, count, monthlyTally, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

@ObjectType({ description: "检察机关: arrests approved and prosecutions, cases and persons counted distinct" })
export class ProcuratorateTally {
  @Field(() => Int, { description: "批捕案件数" }) arrestApprovedCases!: number;
  @Field(() => Int, { description: "批捕犯罪嫌疑人数" }) arrestApprovedPersons!: number;
  @Field(() => Int, { description: "起诉案件数" }) prosecutedCases!: number;
  @Field(() => Int, { description: "起诉犯罪嫌疑人数" }) prosecutedPersons!: number;
}

const REVIEWS = { from: "procuratorate.arrest_review t", region: "t.region", date: "t.decided_on", foreign: "t.foreign_invested", where: "t.decision = 'APPROVED'", withdrawable: ["t"] };
const PROSECUTIONS = { from: "procuratorate.prosecution t", region: "t.region", date: "t.decided_on", foreign: "t.foreign_invested", where: "t.decision = 'PROSECUTED'", withdrawable: ["t"] };
const MEASURES = {
  arrestApprovedCases: { ...REVIEWS, value: "count(distinct t.criminal_case_id)" },
  arrestApprovedPersons: { ...REVIEWS, from: `${REVIEWS.from} join procuratorate.arrest_review_person p on p.arrest_review_id = t.id`, value: "count(distinct p.person_id)" },
  prosecutedCases: { ...PROSECUTIONS, value: "count(distinct t.criminal_case_id)" },
  prosecutedPersons: { ...PROSECUTIONS, from: `${PROSECUTIONS.from} join procuratorate.prosecution_defendant p on p.prosecution_id = t.id`, value: "count(distinct p.person_id)" },
};

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => ProcuratorateTally, { nullable: true, description: "By decidedOn in the month, decisions APPROVED / PROSECUTED" })
  async procuratorate(@Root() report: ReportKey, @Ctx() ctx: Context): Promise<ProcuratorateTally> {
    const t = await monthlyTally(ctx, "procuratorate", MEASURES, checkReportKey(ctx, report));
    return {
      arrestApprovedCases: count(t.arrestApprovedCases), arrestApprovedPersons: count(t.arrestApprovedPersons),
      prosecutedCases: count(t.prosecutedCases), prosecutedPersons: count(t.prosecutedPersons),
    };
  }
}
