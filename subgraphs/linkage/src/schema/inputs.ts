import { ChangeFilter, DateScalar, FreeText, RecordCorrection } from "@ipr/shared";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { EnforcementCaseType } from "../sources";
import { ReferralStatus } from "../entities/referral";

export enum ReferralDecision {
  FILED = "FILED",
  DECLINED = "DECLINED",
}
registerEnumType(ReferralDecision, { name: "ReferralDecision" });

@InputType()
export class SendReferralInput {
  @Field(() => EnforcementCaseType) sourceType!: EnforcementCaseType;
  @Field(() => ID) sourceId!: string;
  @Field(() => String, { description: "Region of the receiving police" }) region!: string;
  @FreeText(2000, { description: "Why the case is suspected to be a crime" }) reason!: string;
}

@InputType()
export class DecideReferralInput {
  @Field(() => ID) referralId!: string;
  @Field(() => ReferralDecision) decision!: ReferralDecision;
  @Field(() => ID, { nullable: true, description: "Required when FILED: the criminal case filed for it" }) criminalCaseId?: string | null;
  @FreeText(2000, { nullable: true, description: "Required when DECLINED" }) reason?: string | null;
}

@InputType()
export class RequestReconsiderationInput {
  @Field(() => ID) referralId!: string;
  @FreeText(2000, { description: "Why the referring agency holds the case is a crime" }) reason!: string;
}

@InputType()
export class ReferralFilter extends ChangeFilter {
  @Field(() => DateScalar, { nullable: true, description: "Sent on or after this day (China Standard Time)" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Sent on or before this day (China Standard Time)" }) to?: string | null;
  @Field(() => EnforcementCaseType, { nullable: true }) sourceType?: EnforcementCaseType | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => ReferralStatus, { nullable: true }) status?: ReferralStatus | null;
  @Field(() => Boolean, { nullable: true, description: "Only referrals whose pending step is past its deadline (or, false, not)" })
  overdue?: boolean | null;
}

@InputType({ description: "Correct a referral (the referring agency): the fields given" })
export class CorrectReferralInput extends RecordCorrection {
  @Field(() => String, { nullable: true, description: "The police's region it goes to; not while the police have filed it or the procuratorate supervises it" })
  region?: string | null;
  @FreeText(2000, { nullable: true, description: "The referral's own reason (why the case is a suspected crime)" }) referralReason?: string | null;
}

@InputType({ description: "Correct the police's decision on a referral (FILED or DECLINED stays): the case filed, or the reason" })
export class CorrectReferralDecisionInput extends RecordCorrection {
  @Field(() => ID, { nullable: true, description: "The criminal case filed for it (a FILED referral only)" }) criminalCaseId?: string | null;
  @FreeText(2000, { nullable: true, description: "The police's reason (required on a decline)" }) decisionReason?: string | null;
}
