import { Field, ID, InputType, Int } from "type-graphql";
import { CampaignCode, DateScalar, DecimalScalar, RecordCorrection, ChangeFilter } from "@ipr/shared";
import { CourtCaseKind, CourtIpType } from "../entities/court-case";
import { Verdict } from "../entities/judgment";

@InputType()
export class FileCourtCaseInput {
  @Field(() => String, { description: "The court's case number (案号), e.g. （2017）粤03刑初123号" }) caseNumber!: string;
  @Field(() => CourtCaseKind) kind!: CourtCaseKind;
  @Field(() => String) region!: string;
  @Field(() => DateScalar) filedOn!: string;
  @Field(() => ID, { nullable: true, description: "The procuratorate's prosecution: required for CRIMINAL (decision PROSECUTED), refused otherwise" })
  prosecutionId?: string | null;
  @Field(() => String, { nullable: true, description: "Required for CIVIL and ADMINISTRATIVE; optional for CRIMINAL (the right holder as incidental civil plaintiff)" })
  plaintiffCreditCode?: string | null;
  @Field(() => String, { nullable: true, description: "Required for CIVIL; optional for ADMINISTRATIVE (a third party) and CRIMINAL (a unit crime)" })
  defendantCreditCode?: string | null;
  @Field(() => CourtIpType, { defaultValue: CourtIpType.OTHER }) ipType!: CourtIpType;
  @Field(() => Boolean, {
    nullable: true,
    description: "A party is a foreign-invested right holder. CIVIL and ADMINISTRATIVE: false if left out. CRIMINAL: taken from the prosecution; a value given must agree with it",
  })
  foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}

@InputType()
export class SentenceInput {
  @Field(() => ID, { description: "The police's Person id of a defendant of the prosecution" }) personId!: string;
  @Field(() => Int, { description: "0 to 300 months; 0 for a fine only, or exempt from punishment" }) prisonMonths!: number;
  @Field(() => Int, { nullable: true, description: "Probation (缓刑) months, only for a prison term of at most 36 months (Criminal Law art. 72, 73)" })
  probationMonths?: number | null;
  @Field(() => DecimalScalar, { nullable: true }) fine?: string | null;
}

@InputType()
export class RecordJudgmentInput {
  @Field(() => ID) courtCaseId!: string;
  @Field(() => DateScalar) decidedOn!: string;
  @Field(() => Verdict) verdict!: Verdict;
  @Field(() => DecimalScalar, { nullable: true, description: "Criminal fine in total; only with GUILTY" }) fine?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Civil damages; only with FOR_PLAINTIFF or SETTLED" }) damages?: string | null;
  @Field(() => [SentenceInput], { defaultValue: [], description: "One per convicted defendant; at least one with GUILTY, none otherwise" })
  sentences!: SentenceInput[];
}

@InputType()
export class CourtCaseFilter extends ChangeFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "filedOn on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "filedOn on or before" }) to?: string | null;
  @Field(() => CourtCaseKind, { nullable: true }) kind?: CourtCaseKind | null;
  @Field(() => CourtIpType, { nullable: true }) ipType?: CourtIpType | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
  @Field(() => Boolean, { nullable: true, description: "true: judged cases only; false: pending ones only" }) hasJudgment?: boolean | null;
}

@InputType({ description: "The filing's facts to correct, each optional; the kind and the prosecution tried stay (withdraw and file again)" })
export class CorrectCourtCaseInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) caseNumber?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => DateScalar, { nullable: true }) filedOn?: string | null;
  @Field(() => CourtIpType, { nullable: true }) ipType?: CourtIpType | null;
  @Field(() => String, { nullable: true }) plaintiffCreditCode?: string | null;
  @Field(() => String, { nullable: true }) defendantCreditCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: "CRIMINAL: must agree with the prosecution" }) foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}

@InputType({ description: "The judgment's facts to correct, each optional; the sentences stay (withdraw and record again)" })
export class CorrectJudgmentInput extends RecordCorrection {
  @Field(() => DateScalar, { nullable: true }) decidedOn?: string | null;
  @Field(() => Verdict, { nullable: true }) verdict?: Verdict | null;
  @Field(() => DecimalScalar, { nullable: true }) fine?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) damages?: string | null;
}
