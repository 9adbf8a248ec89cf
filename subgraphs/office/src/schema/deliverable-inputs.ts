import { Field, ID, InputType } from "type-graphql";
import { Agency, FreeText, ShortText } from "@ipr/shared";

@InputType({ description: "联络人: a contact for the plan" })
export class PlanContactInput {
  @ShortText(50, { description: "The contact's name (personal data)" }) name!: string;
  @ShortText(100, { description: "Post and office" }) role!: string;
  @ShortText(30, { description: "The contact's phone (personal data): digits, spaces, +, - and parentheses" }) phone!: string;
}

@InputType({ description: "A unit's office submits its implementation plan (实施方案)" })
export class SubmitImplementationPlanInput {
  @Field(() => String, { description: "The reporting unit, e.g. 440000: the caller's own" }) region!: string;
  @Field(() => [String], { description: "具体落实措施: one to 30 measures, each one line of at most 200 characters" }) measures!: string[];
  @Field(() => [Agency], { description: "责任单位: the member agencies responsible, at least one" }) responsibleAgencies!: Agency[];
  @Field(() => [PlanContactInput], { description: "联络人: one to 20" }) contacts!: PlanContactInput[];
}

@InputType({ description: "A corrected implementation plan, with the reason; earlier versions are kept" })
export class AmendImplementationPlanInput extends SubmitImplementationPlanInput {
  @FreeText(2000, { description: "Why the plan is corrected (更正说明)" }) reason!: string;
}

@InputType({ description: "A unit's office submits its narrative of a month's work (工作推进情况), with the monthly table" })
export class SubmitWorkProgressInput {
  @Field(() => String, { description: "The reporting unit, e.g. 440000: the caller's own" }) region!: string;
  @Field(() => String, { description: "A month of the action phase that has ended, YYYY-MM" }) period!: string;
  @FreeText(4000, { description: "工作推进情况" }) narrative!: string;
}

@InputType({ description: "A corrected narrative for a month, with the reason; earlier versions are kept" })
export class AmendWorkProgressInput extends SubmitWorkProgressInput {
  @FreeText(2000, { description: "Why the narrative is corrected (更正说明)" }) reason!: string;
}

@InputType({ description: "A unit's office submits its year-end special work report (专项工作报告)" })
export class SubmitSpecialWorkReportInput {
  @Field(() => String, { description: "The reporting unit, e.g. 440000: the caller's own" }) region!: string;
  @FreeText(20000, { description: "The report: what was done, results, experience, problems, next steps (20,000 characters fit the gateway's 100 KB body limit)" }) narrative!: string;
  @Field(() => [ID], { defaultValue: [], description: "Typical cases the unit reported for months of the action phase (reportTypicalCase)" }) typicalCaseIds!: string[];
}

@InputType({ description: "A corrected special work report, with the reason: its figures are frozen again; earlier versions are kept" })
export class AmendSpecialWorkReportInput extends SubmitSpecialWorkReportInput {
  @FreeText(2000, { description: "Why the report is corrected (更正说明)" }) reason!: string;
}
