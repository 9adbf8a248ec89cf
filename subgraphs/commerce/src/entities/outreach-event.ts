import { ArrayType, Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn, DateField, RegionField, Withdrawable } from "@ipr/shared";

/** Whom an outreach event addressed (task 11: 加强对外宣传). */
export enum OutreachAudience {
  FOREIGN_CHAMBER = "FOREIGN_CHAMBER",
  FOREIGN_GOVERNMENT = "FOREIGN_GOVERNMENT",
  FOREIGN_ENTERPRISES = "FOREIGN_ENTERPRISES",
  MIXED = "MIXED",
}
registerEnumType(OutreachAudience, {
  name: "OutreachAudience",
  description: "The audience of an outreach event",
  valuesConfig: {
    FOREIGN_CHAMBER: { description: "A foreign chamber of commerce or business association (外国商会)" },
    FOREIGN_GOVERNMENT: { description: "A foreign government or embassy (外国政府)" },
    FOREIGN_ENTERPRISES: { description: "Foreign-invested enterprises (外资企业)" },
    MIXED: { description: "Several of these at once" },
  },
});

/** An event presenting the campaign's work to foreign chambers, governments and enterprises (对外宣传). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An outreach event with foreign chambers, governments or enterprises (对外宣传)" })
@Entity({ tableName: "outreach_event" })
export class OutreachEvent extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  title!: string;

  @DateField({ index: true, description: "The day it was held" })
  heldOn!: string;

  @RegionField()
  region!: string;

  @Field(() => OutreachAudience)
  @Enum({ items: () => OutreachAudience })
  audienceKind!: OutreachAudience;

  @Field(() => String, { description: "Who came, e.g. 中国美国商会" })
  @Property({ type: "string", length: 200 })
  audience!: string;

  @Field(() => Int, { nullable: true, description: "How many attended, if counted" })
  @Property({ type: "integer", nullable: true })
  attendees?: number | null;

  @Field(() => Agency, { description: "The organising agency" })
  @AgencyColumn({ index: true })
  organiser!: Agency;

  @Field(() => [String], { description: "Topics presented" })
  @Property({ type: ArrayType, columnType: "text[]" })
  topics!: string[];

  @Field(() => [String], { description: "Typical cases presented: their titles or the office's typical-case ids" })
  @Property({ type: ArrayType, columnType: "text[]" })
  typicalCases!: string[];

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  recordedBy!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  recordedAt: Date & Opt = new Date();
}
