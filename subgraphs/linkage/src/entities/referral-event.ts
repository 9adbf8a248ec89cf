import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn } from "@ipr/shared";
import { Referral } from "./referral";

export enum ReferralEventKind {
  SENT = "SENT",
  FILED = "FILED",
  DECLINED = "DECLINED",
  RECONSIDERATION_REQUESTED = "RECONSIDERATION_REQUESTED",
  RECONSIDERATION_DECLINED = "RECONSIDERATION_DECLINED",
  /** Filed after all, on the procuratorate's order (立案监督): the referral was declined before. */
  FILED_UNDER_SUPERVISION = "FILED_UNDER_SUPERVISION",
}
registerEnumType(ReferralEventKind, { name: "ReferralEventKind" });

/** One step of a referral's history: who did what when. Append-only. */
@ObjectType()
@Entity({ tableName: "referral_event" })
export class ReferralEvent {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => Referral, index: true })
  referral!: Referral;

  @Field(() => ReferralEventKind)
  @Enum({ items: () => ReferralEventKind })
  kind!: ReferralEventKind;

  @Field(() => Date)
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
