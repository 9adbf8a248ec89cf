import { Field, ID, InputType, Int } from "type-graphql";
import { Agency, DateScalar, FreeText, RecordCorrection, ShortText, ChangeFilter } from "@ipr/shared";
import { ComplaintChannel, ComplaintRightType, ComplaintStatus } from "../entities/complaint";
import { EnforcementCaseType, type CaseType } from "../entities/cases";
import { OutreachAudience } from "../entities/outreach-event";

@InputType()
export class FileComplaintInput {
  @Field(() => String, { description: "Unified social credit code of the complaining enterprise" }) complainantCreditCode!: string;
  @Field(() => ComplaintChannel) channel!: ComplaintChannel;
  @Field(() => ComplaintRightType) rightType!: ComplaintRightType;
  @ShortText(200) subject!: string;
  @FreeText(4000, { description: "What the enterprise complains of" }) description!: string;
  @Field(() => String, { description: "6-digit region code where it was received, inside the caller's region" }) region!: string;
  @Field(() => DateScalar, { description: "The day it was received; not in the future" }) receivedOn!: string;
  @ShortText(100, { nullable: true, description: "The complainant's contact person (personal data)" }) contactName?: string | null;
  @ShortText(30, { nullable: true, description: "The contact person's phone (personal data): digits, spaces, +, - and parentheses" }) contactPhone?: string | null;
}

@InputType()
export class RouteComplaintInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => Agency, { description: "The agency responsible: one that opens admin cases" }) agency!: Agency;
  @Field(() => String, { description: "Its region, inside the router's" }) region!: string;
  @FreeText(2000, { nullable: true, description: "Why it goes there" }) reason?: string | null;
}

@InputType()
export class DecideComplaintInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => Boolean) accept!: boolean;
  @FreeText(2000, { nullable: true, description: "Required when declining" }) reason?: string | null;
  @Field(() => EnforcementCaseType, { nullable: true, description: "Required when accepting: the kind of admin case opened, one of the deciding agency's own" })
  resultingCaseType?: CaseType | null;
  @Field(() => ID, { nullable: true, description: "Required when accepting: the admin case opened for it" }) resultingCaseId?: string | null;
}

@InputType()
export class AnswerComplaintInput {
  @Field(() => ID) complaintId!: string;
  @FreeText(4000, { description: "What the complainant was told" }) answer!: string;
  @Field(() => DateScalar, { description: "The day it was answered; not in the future, not before receipt" }) answeredOn!: string;
}

@InputType()
export class ComplaintFilter extends ChangeFilter {
  @Field(() => String, { nullable: true, description: "Region code or a prefix region (e.g. 440000), inside the caller's: complaints recorded in it or routed to it" })
  region?: string | null;
  @Field(() => Agency, { nullable: true, description: "The agency handling it" }) handlingAgency?: Agency | null;
  @Field(() => Agency, { nullable: true, description: "The agency that recorded it" }) filedByAgency?: Agency | null;
  @Field(() => ComplaintStatus, { nullable: true }) status?: ComplaintStatus | null;
  @Field(() => ComplaintChannel, { nullable: true }) channel?: ComplaintChannel | null;
  @Field(() => ComplaintRightType, { nullable: true }) rightType?: ComplaintRightType | null;
  @Field(() => Boolean, { nullable: true, description: "Only complaints whose pending step is past its deadline (or, false, not)" }) overdue?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: "Received on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Received on or before" }) to?: string | null;
}

@InputType()
export class RecordOutreachEventInput {
  @ShortText(200) title!: string;
  @Field(() => DateScalar, { description: "The day it was held; not in the future" }) heldOn!: string;
  @Field(() => String, { description: "6-digit region code, inside the caller's region" }) region!: string;
  @Field(() => OutreachAudience) audienceKind!: OutreachAudience;
  @ShortText(200, { description: "Who came, e.g. 中国美国商会" }) audience!: string;
  @Field(() => Int, { nullable: true }) attendees?: number | null;
  @Field(() => [String], { description: "Topics presented, one line each (1 to 20)" }) topics!: string[];
  @Field(() => [String], { nullable: true, description: "Typical cases presented: titles or the office's typical-case ids (up to 20)" }) typicalCases?: string[] | null;
}

@InputType()
export class OutreachEventFilter {
  @Field(() => String, { nullable: true, description: "Region code or a prefix region, inside the caller's" }) region?: string | null;
  @Field(() => Agency, { nullable: true }) organiser?: Agency | null;
  @Field(() => OutreachAudience, { nullable: true }) audienceKind?: OutreachAudience | null;
  @Field(() => DateScalar, { nullable: true }) from?: string | null;
  @Field(() => DateScalar, { nullable: true }) to?: string | null;
}

@InputType({ description: "The outreach event's facts to correct, each optional" })
export class CorrectOutreachEventInput extends RecordCorrection {
  @ShortText(200, { nullable: true }) title?: string | null;
  @Field(() => DateScalar, { nullable: true }) heldOn?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => OutreachAudience, { nullable: true }) audienceKind?: OutreachAudience | null;
  @ShortText(200, { nullable: true }) audience?: string | null;
  @Field(() => Int, { nullable: true }) attendees?: number | null;
  @Field(() => [String], { nullable: true, description: "The whole list, as recorded" }) topics?: string[] | null;
  @Field(() => [String], { nullable: true, description: "The whole list, as recorded" }) typicalCases?: string[] | null;
}

@InputType({ description: "The complaint's facts to correct, each optional; where it was recorded, and its routing and decisions, stay" })
export class CorrectComplaintInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) complainantCreditCode?: string | null;
  @Field(() => ComplaintChannel, { nullable: true }) channel?: ComplaintChannel | null;
  @Field(() => ComplaintRightType, { nullable: true }) rightType?: ComplaintRightType | null;
  @ShortText(200, { nullable: true }) subject?: string | null;
  @FreeText(4000, { nullable: true }) description?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The deadlines are counted again from it" }) receivedOn?: string | null;
  @ShortText(100, { nullable: true, description: "The complainant's contact person (personal data)" }) contactName?: string | null;
  @ShortText(30, { nullable: true, description: "The contact person's phone (personal data)" }) contactPhone?: string | null;
}
