import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn } from "@ipr/shared";
import { FilingSupervision } from "./filing-supervision";

export enum FilingSupervisionEventKind {
  EXPLANATION_REQUIRED = "EXPLANATION_REQUIRED",
  EXPLANATION_RECEIVED = "EXPLANATION_RECEIVED",
  FILING_ORDERED = "FILING_ORDERED",
  FILED = "FILED",
  CLOSED = "CLOSED",
}
registerEnumType(FilingSupervisionEventKind, { name: "FilingSupervisionEventKind" });

/** One step of a filing supervision: who did what when. Append-only. */
@ObjectType({ description: "One step of a filing supervision" })
@Entity({ tableName: "filing_supervision_event" })
export class FilingSupervisionEvent {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => FilingSupervision, index: true })
  supervision!: FilingSupervision;

  @Field(() => FilingSupervisionEventKind)
  @Enum({ items: () => FilingSupervisionEventKind })
  kind!: FilingSupervisionEventKind;

  @Field(() => Date, { description: "When the step happened (for a received explanation: when it was received)" })
  @Property({ type: "datetime" })
  at!: Date;

  @Field(() => Agency)
  @AgencyColumn()
  agency!: Agency;

  @Field(() => String, { description: "The acting user (JWT sub)" })
  @Property({ type: "string", length: 200 })
  actor!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  note?: string | null;
}
