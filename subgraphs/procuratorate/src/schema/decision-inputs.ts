import { Field, ID, InputType } from "type-graphql";
import { CampaignCode, DateScalar, FreeText, RecordCorrection, ChangeFilter } from "@ipr/shared";
import { ArrestDecision } from "../entities/arrest-review";
import { ProsecutionDecision } from "../entities/prosecution";

@InputType()
export class RecordArrestReviewInput {
  @Field(() => ID, { description: "The police's criminal case" }) criminalCaseId!: string;
  @Field(() => [ID], { description: "Suspects of that case the request concerns; at least one" }) personIds!: string[];
  @Field(() => ArrestDecision) decision!: ArrestDecision;
  @Field(() => DateScalar, { description: "Not in the future, not before the case was filed" }) decidedOn!: string;
  @Field(() => String, { description: "Region of the deciding procuratorate" }) region!: string;
  @Field(() => Boolean, { description: "The right holder is a foreign-invested enterprise" }) foreignInvested!: boolean;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}

@InputType()
export class RecordProsecutionInput {
  @Field(() => ID, { description: "The police's criminal case" }) criminalCaseId!: string;
  @Field(() => [ID], { description: "Suspects of that case the decision concerns; at least one" }) defendantIds!: string[];
  @Field(() => ProsecutionDecision) decision!: ProsecutionDecision;
  @Field(() => DateScalar, { description: "Not in the future, not before the case was filed" }) decidedOn!: string;
  @Field(() => String, { description: "Region of the deciding procuratorate" }) region!: string;
  @Field(() => Boolean, { description: "The right holder is a foreign-invested enterprise" }) foreignInvested!: boolean;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
  @FreeText(2000, { nullable: true, description: "The charges brought (起诉罪名)" }) charges?: string | null;
}

@InputType()
export class ArrestReviewFilter extends ChangeFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "decidedOn on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "decidedOn on or before" }) to?: string | null;
  @Field(() => ArrestDecision, { nullable: true }) decision?: ArrestDecision | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
  @Field(() => ID, { nullable: true }) criminalCaseId?: string | null;
}

@InputType()
export class ProsecutionFilter extends ChangeFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "decidedOn on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "decidedOn on or before" }) to?: string | null;
  @Field(() => ProsecutionDecision, { nullable: true }) decision?: ProsecutionDecision | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
  @Field(() => ID, { nullable: true }) criminalCaseId?: string | null;
}

/** What both decisions can correct; the case and the persons decided on stay as recorded. */
@InputType("DecisionCorrectionFields")
abstract class DecisionCorrection extends RecordCorrection {
  @Field(() => DateScalar, { nullable: true }) decidedOn?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}

@InputType()
export class CorrectArrestReviewInput extends DecisionCorrection {
  @Field(() => ArrestDecision, { nullable: true }) decision?: ArrestDecision | null;
}

@InputType()
export class CorrectProsecutionInput extends DecisionCorrection {
  @Field(() => ProsecutionDecision, { nullable: true }) decision?: ProsecutionDecision | null;
  @FreeText(2000, { nullable: true }) charges?: string | null;
}
