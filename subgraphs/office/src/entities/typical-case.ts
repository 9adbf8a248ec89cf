import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Agency, CampaignCode, RegionField, AgencyColumn } from "@ipr/shared";

/** A typical case a unit reports with its monthly table (查处典型案例情况简述) or the office publishes. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A typical case, as reported with the monthly table" })
@Entity({ tableName: "typical_case" })
export class TypicalCase {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @RegionField()
  region!: string;

  @Field(() => String, { description: "The month it is reported for, YYYY-MM" })
  @Property({ type: "string", length: 7, index: true })
  period!: string;

  @Field(() => Agency, { description: "The agency that handled the case" })
  @AgencyColumn()
  agency!: Agency;

  @Field(() => CampaignCode, { nullable: true })
  @Enum({ items: () => CampaignCode, nullable: true })
  campaign?: CampaignCode | null;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, { description: "A short account: what, who, how much, outcome" })
  @Property({ type: "text" })
  summary!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
