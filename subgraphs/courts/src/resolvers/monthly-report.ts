import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { checkReportKey, count, monthlyTally, type Context, type ReportKey } from "@ipr/shared";
import { MonthlyReport } from "../entities/foreign";

@ObjectType({ description: "IP trials in the month" })
export class CourtTally {
  @Field(() => Int, { description: "Cases filed (by filedOn), all kinds" }) casesFiled!: number;
  @Field(() => Int, { description: "Of which criminal" }) criminalCasesFiled!: number;
  @Field(() => Int, { description: "Judgments decided (by decidedOn)" }) judgments!: number;
  @Field(() => Int, { description: "Defendants sentenced in guilty judgments decided in the month, distinct" }) defendantsSentenced!: number;
}

const FILED = { from: "courts.court_case t", region: "t.region", date: "t.filed_on", foreign: "t.foreign_invested", withdrawable: ["t"] };
const DECIDED = { from: "courts.judgment t join courts.court_case c on c.id = t.court_case_id", region: "t.region", date: "t.decided_on", foreign: "c.foreign_invested", withdrawable: ["t", "c"] };
const MEASURES = {
  casesFiled: { ...FILED, value: "count(*)" },
  criminalCasesFiled: { ...FILED, where: "t.kind = 'CRIMINAL'", value: "count(*)" },
  judgments: { ...DECIDED, value: "count(*)" },
  defendantsSentenced: { ...DECIDED, from: `${DECIDED.from} join courts.sentence s on s.judgment_id = t.id`, where: "t.verdict = 'GUILTY'", value: "count(distinct s.person_id)" },
};

@Resolver(() => MonthlyReport)
export class MonthlyReportRow {
  @FieldResolver(() => CourtTally, { nullable: true })
  async courts(@Root() report: ReportKey, @Ctx() ctx: Context): Promise<CourtTally> {
    const t = await monthlyTally(ctx, "courts", MEASURES, checkReportKey(ctx, report));
    return { casesFiled: count(t.casesFiled), criminalCasesFiled: count(t.criminalCasesFiled), judgments: count(t.judgments), defendantsSentenced: count(t.defendantsSentenced) };
  }
}
