import { Entity, Enum, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AmountField, CampaignCode, DateField } from "@ipr/shared";

export enum MajorCaseRuleKind {
  /** The amount involved reaches `minimum` yuan. */
  AMOUNT_INVOLVED = "AMOUNT_INVOLVED",
  /** A foreign-invested right holder has cases in `minimum` or more provinces. */
  FOREIGN_MULTI_PROVINCE = "FOREIGN_MULTI_PROVINCE",
  /** The case belongs to the campaign named (e.g. a police cluster campaign, 集群战役). */
  CAMPAIGN = "CAMPAIGN",
}
registerEnumType(MajorCaseRuleKind, { name: "MajorCaseRuleKind", description: "What makes a case major (重大案件)" });

/**
 * One criterion of a major case in force for a period, with the days the handling agency has to report
 * such a case to the office. Kept as data with effective dates (like linkage's criminal thresholds), so
 * a case is judged by the rule in force on the date it was opened or filed.
 */
@ObjectType({ description: "A criterion of a major case (重大案件标准) in force for a period, and its reporting deadline" })
@Entity({ tableName: "major_case_rule" })
export class MajorCaseRule {
  @Field(() => String)
  @PrimaryKey({ type: "string", length: 60 })
  id!: string;

  @Field(() => MajorCaseRuleKind)
  @Enum({ items: () => MajorCaseRuleKind })
  kind!: MajorCaseRuleKind;

  @AmountField({ nullable: true, description: "AMOUNT_INVOLVED: yuan; FOREIGN_MULTI_PROVINCE: the number of provinces; null for CAMPAIGN" })
  minimum?: string | null;

  @Field(() => CampaignCode, { nullable: true, description: "CAMPAIGN: the campaign whose cases are major" })
  @Enum({ items: () => CampaignCode, nullable: true })
  campaign?: CampaignCode | null;

  @Field(() => Int, { description: "Days after the case was opened or filed within which it must be reported" })
  @Property({ type: "smallint" })
  reportWithinDays!: number;

  @DateField()
  effectiveFrom!: string;

  @DateField({ nullable: true, description: "Last day in force; null while in force" })
  effectiveTo?: string | null;

  @Field(() => String, { description: "Where the criterion comes from" })
  @Property({ type: "string", length: 200 })
  basis!: string;
}
