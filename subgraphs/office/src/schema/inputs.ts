import { Field, InputType } from "type-graphql";
import { Agency, CampaignCode, FreeText } from "@ipr/shared";

@InputType()
export class ReportTypicalCaseInput {
  @Field(() => String) region!: string;
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  @Field(() => Agency, { description: "The agency that handled the case" }) agency!: Agency;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
  @Field(() => String) title!: string;
  @FreeText(4000) summary!: string;
}

@InputType()
export class TypicalCaseFilter {
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM" }) period?: string | null;
  @Field(() => Agency, { nullable: true }) agency?: Agency | null;
  @Field(() => CampaignCode, { nullable: true }) campaign?: CampaignCode | null;
}
