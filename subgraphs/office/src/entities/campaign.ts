import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Agency, CampaignCode, DateField, AgencyColumn } from "@ipr/shared";
import { Deliverable } from "../deliverables/deliverable";

/** An enforcement campaign and its lead agency. Agencies tag their cases with its code. */
@Directive('@key(fields: "code")')
@ObjectType({ description: "An enforcement campaign (专项行动)" })
@Entity({ tableName: "campaign" })
export class Campaign {
  @Field(() => CampaignCode)
  @PrimaryKey({ type: "string", length: 40 })
  code!: CampaignCode;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => Agency, { description: "The lead agency (牵头单位)" })
  @AgencyColumn()
  leadAgency!: Agency;

  @DateField()
  startsOn!: string;

  @DateField({ nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: "The document that launched it" })
  @Property({ type: "string", length: 200, nullable: true })
  document?: string | null;
}

export enum CampaignPhaseKind {
  /** 动员部署 */
  MOBILISATION = "MOBILISATION",
  /** 组织实施 */
  ACTION = "ACTION",
  /** 经验总结 */
  SUMMARY = "SUMMARY",
}
registerEnumType(CampaignPhaseKind, { name: "CampaignPhaseKind" });

/** A phase of a campaign with the date by which its deliverable is due. */
@ObjectType({ description: "A phase of a campaign" })
@Entity({ tableName: "campaign_phase" })
export class CampaignPhase {
  @Field(() => ID)
  @PrimaryKey({ type: "string", length: 60 })
  id!: string;

  @ManyToOne({ entity: () => Campaign, index: true })
  campaign!: Campaign;

  @Field(() => Int)
  @Property({ type: "smallint" })
  position!: number;

  @Field(() => CampaignPhaseKind)
  @Enum({ items: () => CampaignPhaseKind })
  kind!: CampaignPhaseKind;

  @Field(() => String)
  @Property({ type: "text" })
  description!: string;

  @DateField({ nullable: true })
  startsOn?: string | null;

  @DateField({ description: "By when the phase must be done" })
  dueOn!: string;

  @Field(() => Deliverable, { nullable: true, description: "What each reporting unit delivers to the office in this phase, due by its dueOn" })
  @Enum({ items: () => Deliverable, nullable: true })
  deliverable?: Deliverable | null;
}
