import { Field, ID, InputType } from "type-graphql";
import { Agency, CampaignCode, DateScalar, FreeText, RecordCorrection, ShortText } from "@ipr/shared";
import { PublicationStatus } from "../entities/typical-case";
import { TypicalCaseRecordType } from "../typical-cases/records";

@InputType()
export class ReportTypicalCaseInput {
  @Field(() => String) region!: string;
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  @Field(() => TypicalCaseRecordType, { nullable: true, description: "The kind of record it is about (with recordId); its figures are read from the record" })
  recordType?: TypicalCaseRecordType | null;
  @Field(() => ID, { nullable: true, description: "The record it is about, which the caller must be able to see, in the unit's region" }) recordId?: string | null;
  @Field(() => Agency, { nullable: true, description: "The agency that handled the case: required without a record; with one it is the record's owner" })
  agency?: Agency | null;
  @Field(() => CampaignCode, { nullable: true, description: "Only without a record: with one, the campaign is the record's" }) campaign?: CampaignCode | null;
  @Field(() => String) title!: string;
  @FreeText(4000) summary!: string;
}

@InputType()
export class PublishTypicalCaseInput {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: "Date it was published (China calendar); not in the future" }) publishedOn!: string;
  @ShortText(200, { description: "Where it was published, e.g. 中国知识产权报 or the office's website" }) outlet!: string;
}

@InputType()
export class TypicalCaseFilter {
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM" }) period?: string | null;
  @Field(() => Agency, { nullable: true }) agency?: Agency | null;
  @Field(() => CampaignCode, { nullable: true, description: "The typed campaign of typical cases without a record" }) campaign?: CampaignCode | null;
  @Field(() => PublicationStatus, { nullable: true }) publicationStatus?: PublicationStatus | null;
  @Field(() => TypicalCaseRecordType, { nullable: true }) recordType?: TypicalCaseRecordType | null;
}

@InputType({ description: "Correct a typical case (OFFICE, inside its region): its month, title and account; the record it is about stays (withdraw and report again)" })
export class CorrectTypicalCaseInput extends RecordCorrection {
  @Field(() => String, { nullable: true, description: "YYYY-MM" }) period?: string | null;
  @ShortText(200, { nullable: true }) title?: string | null;
  @FreeText(4000, { nullable: true }) summary?: string | null;
}
