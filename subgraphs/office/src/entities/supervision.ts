import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn, DateField, RegionField, Withdrawable } from "@ipr/shared";
import { MajorCaseReport } from "./major-case-report";

export enum SupervisionStatus {
  /** Open: the handling agency reports progress at least every 30 days until the office closes it. */
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
registerEnumType(SupervisionStatus, { name: "SupervisionStatus" });

export enum SupervisionOutcome {
  /** The case was concluded (办结) as the office asked. */
  CONCLUDED = "CONCLUDED",
  /** The office withdrew its supervision (撤销督办). */
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(SupervisionOutcome, { name: "SupervisionOutcome" });

/** The office's supervision (督办) of a reported major case, until it closes it with its result. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Supervision (督办) of a reported major case by the national or a provincial office" })
@Entity({ tableName: "supervision" })
export class Supervision extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => MajorCaseReport)
  @ManyToOne({ entity: () => MajorCaseReport, index: true })
  report!: MajorCaseReport;

  @RegionField({ description: "Region of the case (the report's)" })
  region!: string;

  @Field(() => String, { description: "The supervising office: 000000 national, or a province" })
  @Property({ type: "string", length: 6 })
  officeRegion!: string;

  @Field(() => String)
  @Property({ type: "text" })
  instructions!: string;

  @DateField({ description: "By when the case must be concluded", index: true })
  dueOn!: string;

  @Field(() => Date)
  @Property({ type: "datetime", index: true })
  openedAt!: Date;

  @Field(() => SupervisionStatus)
  @Enum({ items: () => SupervisionStatus, index: true })
  status: SupervisionStatus & Opt = SupervisionStatus.OPEN;

  @Field(() => Date, { nullable: true, description: "By when the handling agency owes its next progress report (30 days after the last, or after opening); null once closed" })
  @Property({ type: "datetime", nullable: true, index: true })
  nextProgressDueAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  closedAt: (Date & Opt) | null = null;

  @Field(() => SupervisionOutcome, { nullable: true })
  @Enum({ items: () => SupervisionOutcome, nullable: true })
  outcome: (SupervisionOutcome & Opt) | null = null;

  @Field(() => String, { nullable: true, description: "The office's result on closing" })
  @Property({ type: "text", nullable: true })
  result: (string & Opt) | null = null;
}

/** A progress report (进展情况) the handling agency files on a supervised case. Append-only. */
@ObjectType({ description: "A progress report on a supervised case, by the agency handling it" })
@Entity({ tableName: "supervision_progress" })
export class SupervisionProgress {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => Supervision, index: true })
  supervision!: Supervision;

  @Field(() => Date)
  @Property({ type: "datetime" })
  reportedAt!: Date;

  @Field(() => Agency)
  @AgencyColumn()
  agency!: Agency;

  @Field(() => String, { description: "The reporting user (JWT sub)" })
  @Property({ type: "string", length: 200 })
  actor!: string;

  @Field(() => String)
  @Property({ type: "text" })
  progress!: string;

  @Field(() => Boolean, { description: "Filed after the progress report was due" })
  @Property({ type: "boolean" })
  late!: boolean;
}
