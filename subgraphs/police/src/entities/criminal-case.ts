import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { AmountField, CampaignCode, DateField, RegionField, ChangeTracked } from "@ipr/shared";

/** The IP crimes of the Criminal Law (chapter III, section 7, plus art. 140) the police file cases for. */
export enum CriminalOffence {
  COUNTERFEITING_TRADEMARK = "COUNTERFEITING_TRADEMARK",
  SELLING_COUNTERFEIT_TRADEMARK_GOODS = "SELLING_COUNTERFEIT_TRADEMARK_GOODS",
  ILLEGAL_TRADEMARK_LABELS = "ILLEGAL_TRADEMARK_LABELS",
  PATENT_PASSING_OFF = "PATENT_PASSING_OFF",
  COPYRIGHT_INFRINGEMENT = "COPYRIGHT_INFRINGEMENT",
  SELLING_INFRINGING_COPIES = "SELLING_INFRINGING_COPIES",
  TRADE_SECRET_INFRINGEMENT = "TRADE_SECRET_INFRINGEMENT",
  COUNTERFEIT_GOODS = "COUNTERFEIT_GOODS",
}
registerEnumType(CriminalOffence, {
  name: "CriminalOffence",
  description: "The offence a criminal case is filed for, by article of the Criminal Law",
  valuesConfig: {
    COUNTERFEITING_TRADEMARK: { description: "Art. 213: counterfeiting a registered trademark (假冒注册商标罪)" },
    SELLING_COUNTERFEIT_TRADEMARK_GOODS: { description: "Art. 214: selling goods bearing a counterfeit registered trademark (销售假冒注册商标的商品罪)" },
    ILLEGAL_TRADEMARK_LABELS: { description: "Art. 215: illegally making or selling registered trademark labels (非法制造、销售非法制造的注册商标标识罪)" },
    PATENT_PASSING_OFF: { description: "Art. 216: passing off another's patent (假冒专利罪)" },
    COPYRIGHT_INFRINGEMENT: { description: "Art. 217: infringing copyright (侵犯著作权罪)" },
    SELLING_INFRINGING_COPIES: { description: "Art. 218: selling infringing copies (销售侵权复制品罪)" },
    TRADE_SECRET_INFRINGEMENT: { description: "Art. 219: infringing trade secrets (侵犯商业秘密罪)" },
    COUNTERFEIT_GOODS: { description: "Art. 140: producing or selling fake or shoddy products (生产、销售伪劣产品罪)" },
  },
});

/** A criminal case filed (立案) by the public security organs; the police can correct or withdraw (撤销) it, its suspects with it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A criminal case filed by the police for an IP crime" })
@Entity({ tableName: "criminal_case" })
export class CriminalCase extends ChangeTracked {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The police's own filing document number (立案决定书文号)" })
  @Property({ type: "string", length: 100, unique: true })
  filingNumber!: string;

  @Field(() => CriminalOffence)
  @Enum({ items: () => CriminalOffence })
  offence!: CriminalOffence;

  @RegionField()
  region!: string;

  @DateField({ description: "Date the case was filed (立案); the monthly table counts cases by it", index: true })
  filedOn!: string;

  @AmountField({ description: "Amount involved (涉案金额), yuan" })
  amountInvolved!: string;

  @Field(() => String, { description: "Credit code of the right holder (checked for form only: the register is SAIC's)" })
  @Property({ type: "string", length: 18, index: true })
  rightHolderCreditCode!: string;

  @Field(() => Boolean, { description: "The right holder is a foreign-invested enterprise" })
  @Property({ type: "boolean" })
  foreignInvested!: boolean;

  @Field(() => CampaignCode, { nullable: true, description: "The campaign the case was filed under, as admin cases carry it (e.g. CLUSTER_CAMPAIGN)" })
  @Enum({ items: () => CampaignCode, nullable: true })
  campaign?: CampaignCode | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
