import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateField, Withdrawable } from "@ipr/shared";

/** The rights customs protects at the border and accepts recordations for. */
export enum CustomsRightType {
  TRADEMARK = "TRADEMARK",
  PATENT = "PATENT",
  COPYRIGHT = "COPYRIGHT",
}
registerEnumType(CustomsRightType, {
  name: "CustomsRightType",
  description: "The kind of right a customs recordation protects",
  valuesConfig: {
    TRADEMARK: { description: "A registered trademark (商标专用权); rightNumber is its registration number" },
    PATENT: { description: "A patent (专利权); rightNumber is the patent number" },
    COPYRIGHT: { description: "A copyright (著作权); rightNumber is the copyright registration number" },
  },
});

/**
 * A customs IP recordation (知识产权海关保护备案) with the General Administration of Customs. National:
 * every agency and region reads it. Ex officio border protection (依职权保护) needs one.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A customs IP recordation (知识产权海关保护备案): valid ten years from recording, renewable" })
@Entity({ tableName: "customs_recordation" })
// the loaders behind Trademark/Patent/CopyrightWork.customsRecordations look rights up by both
@Index({ properties: ["rightType", "rightNumber"] })
export class CustomsRecordation extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String, { description: "Recordation number (备案号), e.g. T2017-12345; the letter is T, P or C by right type" })
  @Property({ type: "string", length: 20, unique: true })
  recordationNumber!: string;

  @Field(() => CustomsRightType)
  @Enum({ items: () => CustomsRightType })
  rightType!: CustomsRightType;

  @Field(() => String, { description: "Trademark registration number, patent number or copyright registration number" })
  @Property({ type: "string", length: 50 })
  rightNumber!: string;

  @Field(() => String, { description: "Credit code of the right holder (权利人)" })
  @Property({ type: "string", length: 18, index: true })
  holderCreditCode!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  holderName!: string;

  @Field(() => Boolean, { description: "The holder is a foreign-invested enterprise" })
  @Property({ type: "boolean" })
  foreignInvested!: boolean;

  @DateField({ description: "Date customs approved the recordation; it is valid from this day", index: true })
  recordedOn!: string;

  @DateField({ description: "Last day of validity: ten years from recordedOn less a day, extended by each renewal (续展)", index: true })
  validUntil!: string;

  @DateField({ nullable: true, description: "Date of the latest renewal, if any" })
  lastRenewedOn?: string | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
