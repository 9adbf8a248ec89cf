import { Field, ID, InputType } from "type-graphql";
import { Agency, DateScalar, FreeText, RecordCorrection } from "@ipr/shared";
import { MajorCaseType } from "../major-cases/reportable";
import { MajorCaseRuleKind } from "../entities/major-case-rule";
import { MajorCaseReportStatus } from "../entities/major-case-report";
import { SupervisionOutcome, SupervisionStatus } from "../entities/supervision";

@InputType({ description: "A major case, reported by the agency handling it" })
export class ReportMajorCaseInput {
  @Field(() => MajorCaseType) caseType!: MajorCaseType;
  @Field(() => ID) caseId!: string;
  @FreeText(4000) summary!: string;
  @Field(() => [MajorCaseRuleKind], {
    nullable: true,
    description: "Criteria the reporter states; the amount and the campaign are checked with the case's owner, FOREIGN_MULTI_PROVINCE needs a foreign-invested right holder",
  })
  grounds?: MajorCaseRuleKind[] | null;
}

@InputType()
export class ForwardMajorCaseInput {
  @Field(() => ID) reportId!: string;
  @FreeText(2000, { nullable: true }) note?: string | null;
}

@InputType()
export class OpenSupervisionInput {
  @Field(() => ID) reportId!: string;
  @Field(() => DateScalar, { description: "By when the case must be concluded" }) dueOn!: string;
  @FreeText(4000) instructions!: string;
}

@InputType()
export class ReportSupervisionProgressInput {
  @Field(() => ID) supervisionId!: string;
  @FreeText(4000) progress!: string;
}

@InputType()
export class CloseSupervisionInput {
  @Field(() => ID) supervisionId!: string;
  @Field(() => SupervisionOutcome) outcome!: SupervisionOutcome;
  @FreeText(4000) result!: string;
}

@InputType()
export class MajorCaseReportFilter {
  @Field(() => String, { nullable: true, description: "Region prefix of the case" }) region?: string | null;
  @Field(() => MajorCaseReportStatus, { nullable: true }) status?: MajorCaseReportStatus | null;
  @Field(() => MajorCaseType, { nullable: true }) caseType?: MajorCaseType | null;
  @Field(() => Agency, { nullable: true }) agency?: Agency | null;
  @Field(() => Boolean, { nullable: true, description: "true: still to be passed up past its deadline" }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "true: reported after its reporting deadline" }) reportedLate?: boolean | null;
}

@InputType()
export class SupervisionFilter {
  @Field(() => String, { nullable: true, description: "Region prefix of the case" }) region?: string | null;
  @Field(() => SupervisionStatus, { nullable: true }) status?: SupervisionStatus | null;
  @Field(() => Boolean, { nullable: true, description: "true: open past its due date" }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "true: open with a progress report past due" }) progressOverdue?: boolean | null;
}

@InputType({ description: "Correct a major-case report (the reporting agency): its account; the case and the grounds stay (they are the case's)" })
export class CorrectMajorCaseReportInput extends RecordCorrection {
  @FreeText(4000, { nullable: true }) summary?: string | null;
}

@InputType({ description: "Correct a supervision (the office that opened it): its instructions and its due date" })
export class CorrectSupervisionInput extends RecordCorrection {
  @FreeText(4000, { nullable: true }) instructions?: string | null;
  @Field(() => DateScalar, { nullable: true }) dueOn?: string | null;
}
