import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { RegionField, Withdrawable } from "@ipr/shared";

/**
 * An enterprise on the market-regulation register, known everywhere by its unified social credit code.
 * SAIC corrects and withdraws it (a national register); withdrawal waits until no agency's record names it.
 */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: "An enterprise on the market-regulation register" })
@Entity({ tableName: "enterprise" })
export class Enterprise extends Withdrawable {
  @Field(() => String, { description: "18-character unified social credit code (GB 32100-2015)" })
  @PrimaryKey({ type: "string", length: 18 })
  creditCode!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Registered address (住所)" })
  @Property({ type: "string", length: 300, nullable: true })
  address?: string | null;

  @Field(() => Boolean, { description: "Foreign-invested enterprise (the action plan's protected group)" })
  @Property({ type: "boolean", index: true })
  foreignInvested!: boolean;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country of the foreign investor" })
  @Property({ type: "string", length: 2, nullable: true })
  investorCountry?: string | null;

  @RegionField({ description: "Region of registration (GB/T 2260)" })
  region!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  registeredAt: Date & Opt = new Date();
}
