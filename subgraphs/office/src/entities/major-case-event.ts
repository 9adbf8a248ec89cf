import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn } from "@ipr/shared";
import { MajorCaseReport } from "./major-case-report";

export enum MajorCaseEventKind {
  REPORTED = "REPORTED",
  FORWARDED = "FORWARDED",
  SUPERVISION_OPENED = "SUPERVISION_OPENED",
  PROGRESS_REPORTED = "PROGRESS_REPORTED",
  SUPERVISION_CLOSED = "SUPERVISION_CLOSED",
}
registerEnumType(MajorCaseEventKind, { name: "MajorCaseEventKind" });

/** One step of a major case's report and supervision: who did what when, and why. Append-only. */
@ObjectType({ description: "A step of a major-case report or its supervision" })
@Entity({ tableName: "major_case_event" })
export class MajorCaseEvent {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => MajorCaseReport, index: true })
  report!: MajorCaseReport;

  @Field(() => ID, { nullable: true, description: "The supervision the step belongs to, if any" })
  @Property({ type: "uuid", nullable: true })
  supervisionId?: string | null;

  @Field(() => MajorCaseEventKind)
  @Enum({ items: () => MajorCaseEventKind })
  kind!: MajorCaseEventKind;

  @Field(() => Date)
  @Property({ type: "datetime" })
  at!: Date;

  @Field(() => Agency)
  @AgencyColumn()
  agency!: Agency;

  @Field(() => String, { description: "The acting caller's region (000000: the national office)" })
  @Property({ type: "string", length: 6 })
  actorRegion!: string;

  @Field(() => String, { description: "The acting user (JWT sub)" })
  @Property({ type: "string", length: 200 })
  actor!: string;

  @Field(() => String, { nullable: true, description: "What was said: the summary, instructions, progress or result" })
  @Property({ type: "text", nullable: true })
  note?: string | null;
}
