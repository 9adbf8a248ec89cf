import { Entity, Enum, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { AmountField, DateField } from "@ipr/shared";

/** The offences whose prosecution thresholds an administrative case can be measured against. */
export enum ThresholdOffence {
  /** Criminal Law art. 213-214: counterfeiting a registered trademark, selling goods bearing one. */
  TRADEMARK_COUNTERFEITING = "TRADEMARK_COUNTERFEITING",
  /** Art. 216: passing off another's patent. */
  PATENT_PASSING_OFF = "PATENT_PASSING_OFF",
  /** Art. 217: copyright infringement. */
  COPYRIGHT_INFRINGEMENT = "COPYRIGHT_INFRINGEMENT",
  /** Art. 219: infringing trade secrets. */
  TRADE_SECRET_INFRINGEMENT = "TRADE_SECRET_INFRINGEMENT",
}
registerEnumType(ThresholdOffence, { name: "ThresholdOffence" });

export enum ThresholdMeasure {
  /** 非法经营数额: the amount involved */
  BUSINESS_VOLUME = "BUSINESS_VOLUME",
  /** 违法所得数额 */
  ILLEGAL_GAINS = "ILLEGAL_GAINS",
  /** 复制品数量 */
  COPIES = "COPIES",
  /** 给权利人造成的损失 */
  RIGHT_HOLDER_LOSS = "RIGHT_HOLDER_LOSS",
}
registerEnumType(ThresholdMeasure, { name: "ThresholdMeasure" });

/**
 * One alternative of a prosecution threshold in force for a period: a case reaches the threshold when
 * any one measure of a rule in force on the case's date reaches its minimum. Kept as data with
 * effective dates, so a case is judged by the rule in force on its own date.
 */
@ObjectType({ description: "A criminal-prosecution threshold (立案追诉标准) in force for a period" })
@Entity({ tableName: "criminal_threshold" })
export class CriminalThreshold {
  @Field(() => String)
  @PrimaryKey({ type: "string", length: 60 })
  id!: string;

  @Field(() => ThresholdOffence)
  @Enum({ items: () => ThresholdOffence })
  offence!: ThresholdOffence;

  @Field(() => ThresholdMeasure)
  @Enum({ items: () => ThresholdMeasure })
  measure!: ThresholdMeasure;

  @AmountField({ description: "Yuan, or a number of copies for COPIES" })
  minimum!: string;

  @DateField()
  effectiveFrom!: string;

  @DateField({ nullable: true, description: "Last day in force; null while in force" })
  effectiveTo?: string | null;

  @Field(() => String, { description: "The judicial interpretation or standard it comes from" })
  @Property({ type: "string", length: 200 })
  legalBasis!: string;
}
