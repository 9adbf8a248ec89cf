import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { AmountField, DateField, RegionField } from "@ipr/shared";

/** Task (1) trade secrets and task (2) trademarks of the action plan. */
export enum SaicCaseCategory {
  TRADE_SECRET = "TRADE_SECRET",
  TRADEMARK = "TRADEMARK",
}
registerEnumType(SaicCaseCategory, { name: "SaicCaseCategory" });

/** An administrative case opened by market regulation (工商). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An administrative case of market regulation: trade secrets or trademarks" })
@Entity({ tableName: "saic_case" })
export class SaicCase {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "The bureau's own document number" })
  @Property({ type: "string", length: 100, unique: true })
  caseNumber!: string;

  @Field(() => SaicCaseCategory)
  @Enum({ items: () => SaicCaseCategory })
  category!: SaicCaseCategory;

  @RegionField()
  region!: string;

  @DateField({ description: "Date the case was opened (立案); the monthly table counts by it", index: true })
  openedOn!: string;

  @Field(() => String, { description: "Credit code of the right holder" })
  @Property({ type: "string", length: 18, index: true })
  rightHolderCreditCode!: string;

  @Field(() => String, { nullable: true, description: "Credit code of the infringer, when it is a registered enterprise" })
  @Property({ type: "string", length: 18, nullable: true, index: true })
  infringerCreditCode?: string | null;

  @Field(() => Boolean, { description: "The right holder is a foreign-invested enterprise" })
  @Property({ type: "boolean" })
  foreignInvested!: boolean;

  @AmountField({ description: "Amount involved (涉案金额), yuan" })
  amountInvolved!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  description?: string | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
