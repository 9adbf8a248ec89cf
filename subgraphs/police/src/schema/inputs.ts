import { Field, InputType } from "type-graphql";
import { CampaignCode, DateScalar, DecimalScalar, RecordCorrection, ChangeFilter } from "@ipr/shared";
import { CriminalOffence } from "../entities/criminal-case";

@InputType()
export class SuspectInput {
  @Field(() => String, { description: "The suspect's name (personal data)" }) name!: string;
  @Field(() => String, { nullable: true, description: "18-character resident ID (GB 11643; personal data); required when nationality is CN" })
  idNumber?: string | null;
  @Field(() => String, { nullable: true, defaultValue: "CN", description: "ISO 3166-1 alpha-2" })
  nationality?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Null while the suspect is at large" })
  caughtOn?: string | null;
}

@InputType()
export class FileCriminalCaseInput {
  @Field(() => String) filingNumber!: string;
  @Field(() => CriminalOffence) offence!: CriminalOffence;
  @Field(() => String) region!: string;
  @Field(() => DateScalar) filedOn!: string;
  @Field(() => DecimalScalar) amountInvolved!: string;
  @Field(() => String) rightHolderCreditCode!: string;
  @Field(() => Boolean) foreignInvested!: boolean;
  @Field(() => [SuspectInput], { description: "At least one" }) suspects!: SuspectInput[];
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}

@InputType()
export class CriminalCaseFilter extends ChangeFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "filedOn on or after" }) filedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "filedOn on or before" }) filedTo?: string | null;
  @Field(() => CriminalOffence, { nullable: true }) offence?: CriminalOffence | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}

@InputType()
export class CreateCaseClusterInput {
  @Field(() => String, { description: "The campaign's name for the cluster (e.g. 2017-10 跨省假冒名牌手表集群战役)" }) name!: string;
  @Field(() => String, { description: "Region of the police that leads the cluster (主办地); inside your region" }) leadRegion!: string;
  @Field(() => CampaignCode, { nullable: true, defaultValue: CampaignCode.CLUSTER_CAMPAIGN }) campaign?: CampaignCode | null;
  @Field(() => [String], { description: "Criminal cases of at least two regions, each one you can see" }) memberCaseIds!: string[];
}

@InputType()
export class CaseClusterFilter {
  @Field(() => String, { nullable: true, description: "Lead region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}

@InputType({ description: "The filing's facts to correct, each optional; the suspects are not corrected here" })
export class CorrectCriminalCaseInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) filingNumber?: string | null;
  @Field(() => CriminalOffence, { nullable: true }) offence?: CriminalOffence | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => DateScalar, { nullable: true }) filedOn?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) amountInvolved?: string | null;
  @Field(() => String, { nullable: true }) rightHolderCreditCode?: string | null;
  @Field(() => Boolean, { nullable: true }) foreignInvested?: boolean | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}

@InputType({ description: "The cluster's facts to correct, each optional; its member cases are not corrected here" })
export class CorrectCaseClusterInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: "Inside your region, and the region of a member case" }) leadRegion?: string | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}
