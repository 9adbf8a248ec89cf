import { Entity, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { ReportScope } from "@ipr/shared";
import { ReportDifference, SubmittedFigures } from "../schema/submitted-figures";
import { DeliverableVersion } from "./deliverable-version";

/** One month's lines of the monthly table in one scope, frozen with a version of the report. */
@ObjectType({ description: "One month of the action phase in one scope: every agency's lines of the monthly table, frozen at submission" })
export class SpecialReportMonth {
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  /** Absent on versions frozen before both scopes were: those are FOREIGN_INVESTED. */
  @Field(() => ReportScope, { description: "The table's scope: the action plan's foreign-invested figures, or all enterprises" }) scope?: ReportScope;
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

  @Field(() => [SpecialReportMonth], { description: "The monthly table's lines for each month of the action phase, in both scopes (FOREIGN_INVESTED, then ALL); read one scope with months(scope)" })
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

/** A measure of the version in force that no longer matches the live table of that month and scope (a record corrected or withdrawn since). */
@ObjectType({ description: "A frozen measure of the special work report that the live monthly table no longer matches" })
export class SpecialReportDifference extends ReportDifference {
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  @Field(() => ReportScope) scope!: ReportScope;
}
