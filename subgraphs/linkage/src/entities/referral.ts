import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, RegionField, AgencyColumn, ChangeTracked } from "@ipr/shared";
import { EnforcementCaseType } from "../sources";

export enum ReferralStatus {
  /** Received by the police, awaiting their decision to file or not (3 days). */
  SENT = "SENT",
  FILED = "FILED",
  /** Declined; the referring agency may ask for reconsideration within 3 days. */
  DECLINED = "DECLINED",
  /** The referring agency asked the police to reconsider; they answer within 3 days. */
  RECONSIDERATION_REQUESTED = "RECONSIDERATION_REQUESTED",
  /** Declined again on reconsideration: what remains is the procuratorate's filing supervision. */
  RECONSIDERATION_DECLINED = "RECONSIDERATION_DECLINED",
}
registerEnumType(ReferralStatus, { name: "ReferralStatus" });

/** A suspected crime referred by an administrative agency to the police (行政执法与刑事司法衔接). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A suspected crime referred by an administrative agency to the police" })
@Entity({ tableName: "referral" })
export class Referral extends ChangeTracked {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => EnforcementCaseType)
  // any referable type of the registry: checked by the GraphQL enum, so a new agency needs no migration here
  @Property({ type: "text" })
  sourceType!: EnforcementCaseType;

  /** Id of the source case in its owning subgraph; the link is stored here because linkage creates it. */
  @Property({ type: "uuid", index: true })
  sourceId!: string;

  @Field(() => Agency)
  @AgencyColumn()
  fromAgency!: Agency;

  @RegionField({ description: "Region of the police receiving the referral" })
  region!: string;

  @Field(() => String)
  @Property({ type: "text" })
  reason!: string;

  @Field(() => Date)
  @Property({ type: "datetime", index: true })
  sentAt!: Date;

  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus, index: true })
  status: ReferralStatus & Opt = ReferralStatus.SENT;

  @Field(() => Date, { nullable: true, description: "When the current step must be answered; null once nothing is pending" })
  @Property({ type: "datetime", nullable: true, index: true })
  decisionDueAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  decidedAt: (Date & Opt) | null = null;

  @Field(() => String, { nullable: true, description: "The police's reason, required when declining" })
  @Property({ type: "text", nullable: true })
  decisionReason: (string & Opt) | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  reconsiderationRequestedAt: (Date & Opt) | null = null;

  @Field(() => String, { nullable: true, description: "Why the referring agency disagrees with the decline" })
  @Property({ type: "text", nullable: true })
  reconsiderationReason: (string & Opt) | null = null;

  /** The criminal case the police filed for it; one referral per criminal case. */
  @Property({ type: "uuid", nullable: true, unique: true })
  criminalCaseId: (string & Opt) | null = null;
}
