import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { CampaignCode, DateField, RegionField, ChangeTracked } from "@ipr/shared";

/** The three divisions of IP trials (知识产权民事、刑事、行政案件, "三合一"). */
export enum CourtCaseKind {
  CIVIL = "CIVIL",
  CRIMINAL = "CRIMINAL",
  ADMINISTRATIVE = "ADMINISTRATIVE",
}
registerEnumType(CourtCaseKind, {
  name: "CourtCaseKind",
  description: "Civil, criminal or administrative IP case",
  valuesConfig: {
    CIVIL: { description: "Civil infringement suit between enterprises (民事)" },
    CRIMINAL: { description: "Public prosecution of an IP crime, after the procuratorate's decision to prosecute (刑事)" },
    ADMINISTRATIVE: { description: "An enterprise suing an administrative agency over an IP decision (行政)" },
  },
});

/** Which right the case is about: the monthly table and the action plan's tasks are split by it. */
export enum CourtIpType {
  TRADEMARK = "TRADEMARK",
  PATENT = "PATENT",
  COPYRIGHT = "COPYRIGHT",
  TRADE_SECRET = "TRADE_SECRET",
  PLANT_VARIETY = "PLANT_VARIETY",
  UNFAIR_COMPETITION = "UNFAIR_COMPETITION",
  OTHER = "OTHER",
}
registerEnumType(CourtIpType, {
  name: "CourtIpType",
  description: "The kind of intellectual property a court case concerns",
  valuesConfig: {
    TRADEMARK: { description: "商标" },
    PATENT: { description: "专利" },
    COPYRIGHT: { description: "著作权" },
    TRADE_SECRET: { description: "商业秘密 (task (1) of the action plan)" },
    PLANT_VARIETY: { description: "植物新品种" },
    UNFAIR_COMPETITION: { description: "不正当竞争 other than trade secrets (e.g. imitation of a well-known product's get-up)" },
    OTHER: { description: "Anything else, or not classified" },
  },
});

/** A case filed (立案) at a people's court; its judgment, once given, is a row of its own. The court can correct or withdraw (撤销) either. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An IP case filed at a people's court: civil, criminal or administrative" })
@Entity({ tableName: "court_case" })
export class CourtCase extends ChangeTracked {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The court's case number (案号), e.g. （2017）粤03刑初123号" })
  @Property({ type: "string", length: 100, unique: true })
  caseNumber!: string;

  @Field(() => CourtCaseKind)
  @Enum({ items: () => CourtCaseKind })
  kind!: CourtCaseKind;

  @RegionField({ description: "Region of the court (GB/T 2260)" })
  region!: string;

  @DateField({ description: "Date the court filed the case (立案); the courts' tallies count cases by it", index: true })
  filedOn!: string;

  @Field(() => CourtIpType)
  @Enum({ items: () => CourtIpType })
  ipType!: CourtIpType;

  /** The procuratorate's prosecution a CRIMINAL case tries; stored here because the court creates the link. */
  @Property({ type: "uuid", nullable: true, index: true })
  prosecutionId?: string | null;

  @Field(() => String, { nullable: true, description: "Credit code of the plaintiff (the right holder suing, or the enterprise suing an agency)" })
  @Property({ type: "string", length: 18, nullable: true, index: true })
  plaintiffCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: "Credit code of the defendant enterprise (the infringer; in a criminal case, a unit defendant)" })
  @Property({ type: "string", length: 18, nullable: true, index: true })
  defendantCreditCode?: string | null;

  @Field(() => Boolean, { description: "A party is a foreign-invested right holder (the action plan's protected group)" })
  @Property({ type: "boolean" })
  foreignInvested!: boolean;

  @Field(() => CampaignCode, { nullable: true, description: "The campaign the case counts under (e.g. a police cluster campaign), as the case chain records it" })
  @Enum({ items: () => CampaignCode, nullable: true })
  campaign?: CampaignCode | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
