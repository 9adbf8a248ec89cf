import { Entity, Enum, Index, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn, RegionField, Withdrawable } from "@ipr/shared";
import { MajorCaseType } from "../major-cases/reportable";
import { MajorCaseRuleKind } from "./major-case-rule";

export enum MajorCaseReportStatus {
  /** Reported by the handling agency to the provincial office, which passes it up (3 days). */
  REPORTED = "REPORTED",
  /** Passed up to the national office. */
  FORWARDED = "FORWARDED",
}
registerEnumType(MajorCaseReportStatus, { name: "MajorCaseReportStatus" });

/**
 * A major case reported to the office (重大案件报送) by the agency handling it. The case stays its
 * owner's: the report stores only its type and id (the office creates the link) and its own facts.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A major case reported by the agency handling it to the office of its region, and passed up to the national office" })
@Entity({ tableName: "major_case_report" })
@Unique({ properties: ["caseType", "caseId"] })
@Index({ properties: ["reportedAt"] })
export class MajorCaseReport extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => MajorCaseType)
  // any reportable type of the registry: checked by the GraphQL enum, so a new agency needs no migration here
  @Property({ type: "text" })
  caseType!: MajorCaseType;

  @Property({ type: "uuid", index: true })
  caseId!: string;

  @Field(() => Agency, { description: "The agency handling the case, which reported it" })
  @AgencyColumn()
  agency!: Agency;

  @RegionField({ description: "Region of the case" })
  region!: string;

  @Field(() => String, { description: "The provincial office it was reported to" })
  @Property({ type: "string", length: 6 })
  officeRegion!: string;

  @Field(() => String)
  @Property({ type: "text" })
  summary!: string;

  @Field(() => [MajorCaseRuleKind], { description: "The criteria the case meets (the amount and the campaign checked with its owner; several provinces as the reporter states)" })
  @Property({ type: "json" })
  grounds!: MajorCaseRuleKind[];

  @Field(() => Date)
  @Property({ type: "datetime" })
  reportedAt!: Date;

  @Field(() => Date, { description: "By when it had to be reported: the end of the day the rules allow after the case was opened or filed, China time" })
  @Property({ type: "datetime" })
  reportDueAt!: Date;

  @Field(() => Boolean, { description: "Reported after reportDueAt" })
  @Property({ type: "boolean" })
  reportedLate!: boolean;

  @Field(() => MajorCaseReportStatus)
  @Enum({ items: () => MajorCaseReportStatus, index: true })
  status: MajorCaseReportStatus & Opt = MajorCaseReportStatus.REPORTED;

  @Field(() => Date, { nullable: true, description: "By when the provincial office must pass it up; null once it has" })
  @Property({ type: "datetime", nullable: true })
  forwardDueAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  forwardedAt: (Date & Opt) | null = null;

  @Field(() => String, { description: "The reporting user (JWT sub)" })
  @Property({ type: "string", length: 200 })
  reportedBy!: string;
}
