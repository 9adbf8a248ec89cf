import { Field, ID, InputType } from "type-graphql";
import { Agency, DateScalar, FreeText, RecordCorrection } from "@ipr/shared";
import { MisconductOffence } from "../entities/misconduct-case";

@InputType()
export class FileMisconductCaseInput {
  @Field(() => String) caseNumber!: string;
  @Field(() => String) region!: string;
  @Field(() => DateScalar) filedOn!: string;
  @Field(() => MisconductOffence) offence!: MisconductOffence;
  @Field(() => String, { description: "The official's name (personal data)" }) officialName!: string;
  @Field(() => String) officialPosition!: string;
  @Field(() => Agency, { nullable: true }) officialAgency?: Agency | null;
  @Field(() => ID, { nullable: true, description: "The police's criminal case of the infringement behind it" }) relatedCriminalCaseId?: string | null;
  @FreeText(4000, { nullable: true }) description?: string | null;
}

@InputType()
export class MisconductCaseFilter {
  @Field(() => String, { nullable: true, description: "Region prefix: a province includes its cities" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "filedOn on or after" }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "filedOn on or before" }) to?: string | null;
  @Field(() => MisconductOffence, { nullable: true }) offence?: MisconductOffence | null;
  @Field(() => Agency, { nullable: true }) officialAgency?: Agency | null;
}

@InputType({ description: "Correct a duty-crime case: the fields given" })
export class CorrectMisconductCaseInput extends RecordCorrection {
  @Field(() => String, { nullable: true }) caseNumber?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => DateScalar, { nullable: true }) filedOn?: string | null;
  @Field(() => MisconductOffence, { nullable: true }) offence?: MisconductOffence | null;
  @Field(() => String, { nullable: true, description: "The official's name (personal data)" }) officialName?: string | null;
  @Field(() => String, { nullable: true }) officialPosition?: string | null;
  @Field(() => Agency, { nullable: true }) officialAgency?: Agency | null;
  @Field(() => ID, { nullable: true }) relatedCriminalCaseId?: string | null;
  @FreeText(4000, { nullable: true }) description?: string | null;
}
