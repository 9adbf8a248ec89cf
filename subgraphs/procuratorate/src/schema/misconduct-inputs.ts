import { Field, ID, InputType } from "type-graphql";
import { Agency, DateScalar, FreeText } from "@ipr/shared";
import { MisconductOffence } from "../entities/misconduct-case";

@InputType()
export class FileMisconductCaseInput {
  @Field(() => String) caseNumber!: string;
  @Field(() => String) region!: string;
  @Field(() => DateScalar) filedOn!: string;
  @Field(() => MisconductOffence) offence!: MisconductOffence;
  @Field(() => String) officialName!: string;
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
