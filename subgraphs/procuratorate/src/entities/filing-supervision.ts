import { Entity, Enum, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateField, RegionField, Withdrawable } from "@ipr/shared";

export enum FilingSupervisionStatus {
  EXPLANATION_REQUIRED = "EXPLANATION_REQUIRED",
  EXPLAINED = "EXPLAINED",
  FILING_ORDERED = "FILING_ORDERED",
  FILED = "FILED",
  CLOSED = "CLOSED",
}
registerEnumType(FilingSupervisionStatus, {
  name: "FilingSupervisionStatus",
  valuesConfig: {
    EXPLANATION_REQUIRED: { description: "The police were required to explain why they did not file (要求说明不立案理由); they have 7 days" },
    EXPLAINED: { description: "The police's explanation was received; the procuratorate weighs it" },
    FILING_ORDERED: { description: "The procuratorate found the reasons untenable and ordered filing (通知立案); the police have 15 days" },
    FILED: { description: "The police filed a criminal case" },
    CLOSED: { description: "Supervision ended (e.g. the reasons for not filing were accepted)" },
  },
});

/**
 * Supervision of the police's filing (立案监督) of an administrative referral they declined or left
 * undecided past its deadline. The deadlines are stored so lists can filter overdue ones in SQL.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Procuratorial supervision of the police's filing (立案监督) for a referral they declined or left overdue" })
@Entity({ tableName: "filing_supervision" })
export class FilingSupervision extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  /** The linkage platform's referral; stored here because the procuratorate creates the link. */
  @Property({ type: "uuid", index: true })
  referralId!: string;

  @RegionField({ description: "Region of the supervising procuratorate (GB/T 2260)" })
  region!: string;

  @Field(() => String, { description: "Why the procuratorate opened supervision" })
  @Property({ type: "text" })
  reason!: string;

  @DateField({ description: "Date supervision was opened (China calendar)", index: true })
  openedOn!: string;

  @Field(() => Date, { description: "When the police were required to explain why they did not file" })
  @Property({ type: "datetime" })
  explanationRequiredAt!: Date;

  @Field(() => Date, { description: "End of the 7 days the police have to explain (China time)" })
  @Property({ type: "datetime", index: true })
  explanationDueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  explanationReceivedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The police's reasons for not filing (不立案理由)" })
  @Property({ type: "text", nullable: true })
  explanation?: string | null;

  @Field(() => Date, { nullable: true, description: "When the procuratorate ordered the police to file (通知立案)" })
  @Property({ type: "datetime", nullable: true })
  filingOrderedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "End of the 15 days the police have to file once ordered (China time)" })
  @Property({ type: "datetime", nullable: true, index: true })
  filingDueAt?: Date | null;

  /* No criminal case here: the filing is the referral's fact (linkage's criminalCase); see ../linkage.ts. */
  @Field(() => Date, { nullable: true, description: "When the procuratorate recorded that the police filed (the case itself: referral { criminalCase })" })
  @Property({ type: "datetime", nullable: true })
  filedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  closingReason?: string | null;

  @Field(() => FilingSupervisionStatus)
  @Enum({ items: () => FilingSupervisionStatus, index: true })
  status!: FilingSupervisionStatus;
}
