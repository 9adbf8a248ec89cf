import { Entity, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { SubmittedFigures } from "../schema/submitted-figures";
import { DeliverableVersion } from "./deliverable-version";

/** One month's lines of the monthly table (FOREIGN_INVESTED), frozen with a version of the report. */
@ObjectType({ description: "One month of the action phase: every agency's lines of the monthly table, frozen at submission" })
export class SpecialReportMonth {
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  @Field(() => SubmittedFigures) figures!: SubmittedFigures;
}

/**
 * One version of a unit's year-end special work report (专项工作报告): its narrative, the monthly
 * table's lines for each month of the action phase frozen as they stood, and the typical cases.
 */
@ObjectType({ implements: DeliverableVersion, description: "A submitted version of a unit's special work report (version 1 = the submission, then amendments)" })
@Entity({ tableName: "special_work_report_version" })
@Unique({ properties: ["region", "version"] })
export class SpecialWorkReportVersion extends DeliverableVersion {
  @Field(() => String, { description: "The report's text: what was done, results, experience, problems, next steps" })
  @Property({ type: "text" })
  narrative!: string;

  @Field(() => [SpecialReportMonth], { description: "The monthly table's lines (foreign-invested scope) for each month of the action phase" })
  @Property({ type: "json" })
  months!: SpecialReportMonth[];

  @Field(() => [ID], { description: "The typical cases sent with this version (the unit's, reported for months of the action phase)" })
  @Property({ type: "json" })
  typicalCaseIds!: string[];
}

/** A unit's special work report as the office tracks it: the deadline, the status and every version. */
@ObjectType({ description: "A reporting unit's year-end special work report (专项工作报告), tracked against the summary phase's due date" })
export class SpecialWorkReport {
  @Field(() => String) region!: string;
}
