import { Entity, Enum, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ReportScope } from "@ipr/shared";
import { SubmittedFigures } from "../schema/submitted-figures";

/**
 * One version of a unit's monthly table as its office submitted it. Version 1 is the submission;
 * each amendment adds the next version with its reason, and no version is ever changed or deleted,
 * so the versions are the audit trail. The figures are a snapshot of every agency's lines taken at
 * submission: later case edits change the live table, never this.
 */
@ObjectType({ description: "A submitted version of a unit's monthly table (version 1 = the submission, then amendments)" })
@Entity({ tableName: "monthly_report_submission" })
@Unique({ properties: ["region", "period", "scope", "version"] })
export class MonthlyReportSubmission {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The reporting unit (one of the 32), e.g. 440000" })
  @Property({ type: "string", length: 6 })
  region!: string;

  @Field(() => String, { description: "YYYY-MM" })
  @Property({ type: "string", length: 7 })
  period!: string;

  @Field(() => ReportScope)
  @Enum({ items: () => ReportScope })
  scope!: ReportScope;

  @Field(() => Int, { description: "1 for the submission, n+1 for each amendment" })
  @Property({ type: "smallint" })
  version!: number;

  @Field(() => Date)
  @Property({ type: "datetime" })
  submittedAt!: Date;

  @Field(() => String, { description: "The submitting officer (token subject)" })
  @Property({ type: "string", length: 200 })
  submittedBy!: string;

  @Field(() => String, { nullable: true, description: "Why this version corrects the previous one (amendments only)" })
  @Property({ type: "text", nullable: true })
  reason?: string | null;

  @Field(() => SubmittedFigures)
  @Property({ type: "json" })
  figures!: SubmittedFigures;

  @Field(() => [ID], { description: "The typical cases submitted with this version" })
  @Property({ type: "json" })
  typicalCaseIds!: string[];
}
