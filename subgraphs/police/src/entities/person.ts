import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateField } from "@ipr/shared";
import { CriminalCase } from "./criminal-case";

/**
 * A suspect of a criminal case. `name` and `idNumber` (and the birth date in it) are personal data:
 * they reach GraphQL only through PersonResolver, under the subgraph's POLICY (src/policy.ts).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A suspect of a criminal case; name, ID number and date of birth are for POLICE, PROCURATORATE and COURTS only (masked or FORBIDDEN for others)" })
@Entity({ tableName: "person" })
@Unique({ properties: ["criminalCase", "idNumber"] })
export class Person {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => CriminalCase })
  criminalCase!: CriminalCase;

  /** Copied from the case so `person(id)` can check the caller's region without a join. */
  @Property({ type: "string", length: 6, index: true })
  region!: string;

  /** Place in the filing's list of suspects, so reads keep the order errors like `suspects[1]` refer to. */
  @Property({ type: "smallint" })
  position!: number;

  @Property({ type: "string", length: 100 })
  name!: string;

  /** GB 11643 resident ID; foreigners may have none. Unique within a case (NULLs never collide). */
  @Property({ type: "string", length: 18, nullable: true })
  idNumber?: string | null;

  @Field(() => String, { description: "ISO 3166-1 alpha-2 nationality" })
  @Property({ type: "string", length: 2 })
  nationality: string & Opt = "CN";

  @DateField({ nullable: true, index: true, description: "Date caught (抓获); null while at large. The monthly table counts suspects by it" })
  caughtOn?: string | null;
}
