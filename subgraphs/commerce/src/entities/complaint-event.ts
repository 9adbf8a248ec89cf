import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn } from "@ipr/shared";
import { Complaint } from "./complaint";

export enum ComplaintEventKind {
  FILED = "FILED",
  ROUTED = "ROUTED",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  ANSWERED = "ANSWERED",
}
registerEnumType(ComplaintEventKind, { name: "ComplaintEventKind" });

/** One step of a complaint's history: who did what when, and why. Append-only. */
@ObjectType()
@Entity({ tableName: "complaint_event" })
export class ComplaintEvent {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => Complaint, index: true })
  complaint!: Complaint;

  @Field(() => ComplaintEventKind)
  @Enum({ items: () => ComplaintEventKind })
  kind!: ComplaintEventKind;

  @Field(() => Date)
  @Property({ type: "datetime" })
  at!: Date;

  @Field(() => Agency, { description: "The acting agency" })
  @AgencyColumn()
  agency!: Agency;

  @Field(() => String, { description: "The acting agency's region" })
  @Property({ type: "string", length: 6 })
  region!: string;

  @Field(() => String, { description: "The acting user (JWT sub)" })
  @Property({ type: "string", length: 200 })
  actor!: string;

  @Field(() => Agency, { nullable: true, description: "ROUTED: the agency it was sent to" })
  @AgencyColumn({ nullable: true })
  toAgency?: Agency | null;

  @Field(() => String, { nullable: true, description: "ROUTED: the region it was sent to" })
  @Property({ type: "string", length: 6, nullable: true })
  toRegion?: string | null;

  @Field(() => String, { nullable: true, description: "The reason or answer given" })
  @Property({ type: "text", nullable: true })
  note?: string | null;
}
