import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateField, RegionField } from "@ipr/shared";

/** A record of the 商务部门, kept for its region. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A record of the 商务部门" })
@Entity({ tableName: "complaint" })
export class Complaint {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The agency's own document number (文号), unique" })
  @Property({ type: "string", length: 100, unique: true })
  documentNumber!: string;

  @RegionField()
  region!: string;

  @DateField({ description: "The day it was recorded", index: true })
  recordedOn!: string;

  @Field(() => String, { description: "What it is about, one line" })
  @Property({ type: "string", length: 200 })
  subject!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
