import { DateScalar, FreeText, UpdatedSinceFilter } from "@ipr/shared";
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
export class ReferralFilter extends UpdatedSinceFilter {
  @Field(() => DateScalar, { nullable: true, description: "Sent on or after this day (China Standard Time)" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Sent on or before this day (China Standard Time)" }) to?: string | null;
  @Field(() => EnforcementCaseType, { nullable: true }) sourceType?: EnforcementCaseType | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => ReferralStatus, { nullable: true }) status?: ReferralStatus | null;
  @Field(() => Boolean, { nullable: true, description: "Only referrals whose pending step is past its deadline (or, false, not)" })
  overdue?: boolean | null;
}
