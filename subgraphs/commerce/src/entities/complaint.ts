import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn, DateField, RegionField, ChangeTracked, WorkingDayBasis } from "@ipr/shared";

/** How the complaint reached the agency that recorded it (畅通投诉举报渠道). */
export enum ComplaintChannel {
  COMMERCE_CENTRE = "COMMERCE_CENTRE",
  HOTLINE_12315 = "HOTLINE_12315",
  HOTLINE_12330 = "HOTLINE_12330",
  ONLINE = "ONLINE",
  LETTER = "LETTER",
  OTHER = "OTHER",
}
registerEnumType(ComplaintChannel, {
  name: "ComplaintChannel",
  description: "How a complaint arrived",
  valuesConfig: {
    COMMERCE_CENTRE: { description: "商务部门外商投资企业投诉中心" },
    HOTLINE_12315: { description: "12315 consumer and market-regulation hotline" },
    HOTLINE_12330: { description: "12330 intellectual-property hotline" },
    ONLINE: { description: "An online platform or e-mail" },
    LETTER: { description: "A letter or a visit (来信来访)" },
    OTHER: { description: "Any other way" },
  },
});

/** Which right the complaint says is infringed. */
export enum ComplaintRightType {
  TRADEMARK = "TRADEMARK",
  PATENT = "PATENT",
  COPYRIGHT = "COPYRIGHT",
  TRADE_SECRET = "TRADE_SECRET",
  PLANT_VARIETY = "PLANT_VARIETY",
  OTHER = "OTHER",
}
registerEnumType(ComplaintRightType, {
  name: "ComplaintRightType",
  description: "The kind of intellectual property a complaint concerns",
  valuesConfig: {
    TRADEMARK: { description: "商标" },
    PATENT: { description: "专利" },
    COPYRIGHT: { description: "著作权" },
    TRADE_SECRET: { description: "商业秘密" },
    PLANT_VARIETY: { description: "植物新品种" },
    OTHER: { description: "Any other right (geographical indication, get-up, …)" },
  },
});

export enum ComplaintStatus {
  /** Recorded by the agency that received it; not yet sent to the agency responsible. */
  RECEIVED = "RECEIVED",
  /** Sent to the agency and region responsible, which decides whether to accept it (7 working days from receipt). */
  ROUTED = "ROUTED",
  /** Accepted: the handling agency opened an admin case for it. The complainant is answered within 60 days of receipt. */
  ACCEPTED = "ACCEPTED",
  /** Declined with a reason; it may still be routed to another agency. The complainant is answered within 60 days of receipt. */
  DECLINED = "DECLINED",
  /** The complainant was answered: nothing is pending. */
  ANSWERED = "ANSWERED",
}
registerEnumType(ComplaintStatus, { name: "ComplaintStatus", description: "Where a complaint stands" });

/**
 * A complaint of a foreign-invested enterprise about an infringement (外商投资企业投诉). The agency
 * that received it records it inside its region; it is routed to the agency and region responsible,
 * which accepts (naming the admin case it opened) or declines it, and answers the complainant.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A complaint of a foreign-invested enterprise about an infringement (投诉); the complainant's contact details are masked except for the handling agency and COMMERCE" })
@Entity({ tableName: "complaint" })
export class Complaint extends ChangeTracked {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "Unified social credit code of the complaining enterprise" })
  @Property({ type: "string", length: 18, index: true })
  complainantCreditCode!: string;

  /** Personal data: read through ComplaintResolver under the subgraph's POLICY. */
  @Property({ type: "string", length: 100, nullable: true })
  contactName?: string | null;

  /** Personal data, as contactName. */
  @Property({ type: "string", length: 30, nullable: true })
  contactPhone?: string | null;

  @Field(() => ComplaintChannel)
  @Enum({ items: () => ComplaintChannel })
  channel!: ComplaintChannel;

  @Field(() => ComplaintRightType)
  @Enum({ items: () => ComplaintRightType })
  rightType!: ComplaintRightType;

  @Field(() => String, { description: "What it is about, one line" })
  @Property({ type: "string", length: 200 })
  subject!: string;

  @Field(() => String)
  @Property({ type: "text" })
  description!: string;

  @RegionField({ description: "Region where it was received and recorded (6-digit GB/T 2260 code)" })
  region!: string;

  @DateField({ description: "The day the complaint was received: every deadline counts from it", index: true })
  receivedOn!: string;

  @Field(() => Agency, { description: "The agency that received and recorded it" })
  @AgencyColumn()
  filedByAgency!: Agency;

  @Field(() => String, { description: "The recording user (JWT sub)" })
  @Property({ type: "string", length: 200 })
  filedBy!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  filedAt!: Date;

  @Field(() => ComplaintStatus)
  @Enum({ items: () => ComplaintStatus, index: true })
  status: ComplaintStatus & Opt = ComplaintStatus.RECEIVED;

  @Field(() => Agency, { description: "The agency handling it: the recording agency until it is routed, then the agency it was routed to" })
  @AgencyColumn({ index: true })
  handlingAgency!: Agency;

  @RegionField({ description: "The handling agency's region" })
  handlingRegion!: string;

  @Field(() => Date, { nullable: true, description: "When it was last routed" })
  @Property({ type: "datetime", nullable: true })
  routedAt: (Date & Opt) | null = null;

  @Field(() => Date, { description: "Accept or decline within 7 working days of receipt: the end of the 7th working day, China time (UTC+8)" })
  @Property({ type: "datetime", index: true })
  decisionDueAt!: Date;

  @Field(() => WorkingDayBasis, { description: "Whether decisionDueAt was counted on the official holiday calendar, or on weekdays only (a year the platform has no calendar for)" })
  @Enum({ items: () => WorkingDayBasis })
  decisionDueBasis!: WorkingDayBasis;

  @Field(() => Date, { description: "Answer the complainant within 60 days of receipt: the end of the 60th day, China time" })
  @Property({ type: "datetime", index: true })
  answerDueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  decidedAt: (Date & Opt) | null = null;

  @Field(() => String, { nullable: true, description: "Why it was accepted or declined (required when declining)" })
  @Property({ type: "text", nullable: true })
  decisionReason: (string & Opt) | null = null;

  /** EnforcementCaseType of the admin case opened on acceptance (e.g. SAIC_CASE); its owner has the case. */
  @Property({ type: "text", nullable: true })
  resultingCaseType: (string & Opt) | null = null;

  @Property({ type: "uuid", nullable: true, index: true })
  resultingCaseId: (string & Opt) | null = null;

  @Field(() => String, { nullable: true, description: "What the complainant was told" })
  @Property({ type: "text", nullable: true })
  answer: (string & Opt) | null = null;

  @DateField({ nullable: true, description: "The day the complainant was answered" })
  answeredOn: (string & Opt) | null = null;
}
