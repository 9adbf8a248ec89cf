import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { DateField, Withdrawable } from "@ipr/shared";

/** A registered trademark (注册商标). The register is national: every caller may read it. */
@Directive('@key(fields: "registrationNumber")')
@ObjectType({ description: "A registered trademark" })
@Entity({ tableName: "trademark" })
export class Trademark extends Withdrawable {
  @Field(() => String, { description: "Registration number (注册号)" })
  @PrimaryKey({ type: "string", length: 12 })
  registrationNumber!: string;

  @Field(() => String, { description: "The mark as words, or a description of a device mark" })
  @Property({ type: "string", length: 200 })
  mark!: string;

  @Field(() => Int, { description: "Nice classification class, 1-45" })
  @Property({ type: "smallint" })
  niceClass!: number;

  @Field(() => String)
  @Property({ type: "string", length: 18, index: true })
  holderCreditCode!: string;

  @Field(() => Boolean, { description: "Recognised as a well-known mark (驰名商标)" })
  @Property({ type: "boolean" })
  wellKnown: boolean & Opt = false;

  @Field(() => Boolean, { description: "A geographical indication registered as a collective or certification mark (地理标志)" })
  @Property({ type: "boolean" })
  geographicalIndication: boolean & Opt = false;

  @Field(() => Boolean, { description: "A foreign-related mark (涉外商标): the holder is foreign or foreign-invested" })
  @Property({ type: "boolean" })
  foreignRelated: boolean & Opt = false;

  @DateField()
  registeredOn!: string;

  @DateField({ description: "End of the 10-year term (renewable)" })
  validUntil!: string;
}
