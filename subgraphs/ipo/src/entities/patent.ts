import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { DateField, Withdrawable } from "@ipr/shared";
import { PatentKind } from "../patent-number";

registerEnumType(PatentKind, {
  name: "PatentKind",
  description: "Kind of patent, from the type digit of the application number",
  valuesConfig: {
    INVENTION: { description: "Invention patent (发明专利); type digit 1, or 8 for a PCT application" },
    UTILITY_MODEL: { description: "Utility model patent (实用新型专利); type digit 2, or 9 for a PCT application" },
    DESIGN: { description: "Design patent (外观设计专利); type digit 3" },
  },
});

/** A granted patent on CNIPA's national register. Not region-scoped: the register is public to every caller. */
@Directive('@key(fields: "patentNumber")')
@ObjectType({ description: "A granted patent on the national register of the patent administration (CNIPA)" })
@Entity({ tableName: "patent" })
export class Patent extends Withdrawable {
  @Field(() => String, { description: "Patent number (专利号): ZL + 12-digit application number + . + check character, e.g. ZL201710123456.0" })
  @PrimaryKey({ type: "string", length: 16 })
  patentNumber!: string;

  @Field(() => PatentKind, { description: "Derived from the type digit of the application number" })
  @Enum({ items: () => PatentKind, index: true })
  kind!: PatentKind;

  @Field(() => String, { description: "Title of the invention, utility model or design (名称)" })
  @Property({ type: "string", length: 500 })
  title!: string;

  @Field(() => String, { description: "Credit code of the patentee (专利权人)" })
  @Property({ type: "string", length: 18, index: true })
  holderCreditCode!: string;

  @Field(() => String, { description: "Name of the patentee as the register records it" })
  @Property({ type: "string", length: 200 })
  holderName!: string;

  @Field(() => Boolean, { description: "The patentee is a foreign-invested enterprise" })
  @Property({ type: "boolean", index: true })
  foreignInvested!: boolean;

  @DateField({ description: "Date the grant was announced (授权公告日)", index: true })
  grantedOn!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  registeredAt: Date & Opt = new Date();
}
