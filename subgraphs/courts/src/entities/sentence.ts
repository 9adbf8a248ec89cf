import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { AmountField } from "@ipr/shared";
import { Judgment } from "./judgment";

/** The punishment a GUILTY judgment gives one defendant (a suspect the police filed, prosecuted by the procuratorate). */
@ObjectType({ description: "The sentence of one defendant in a criminal judgment" })
@Entity({ tableName: "sentence" })
export class Sentence {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => Judgment, index: true })
  judgment!: Judgment;

  /** The police's Person id: the court stores the link because it creates it. */
  @Property({ type: "uuid", index: true })
  personId!: string;

  /** Copied from the case so `Person.sentences` keeps to the caller's region without a join. */
  @Property({ type: "string", length: 6 })
  region!: string;

  /** Place in the judgment's list, so reads keep the order errors like `sentences[1]` refer to. */
  @Property({ type: "smallint" })
  position!: number;

  @Field(() => Int, { description: "Fixed-term imprisonment or criminal detention (有期徒刑/拘役) in months; 0 for a fine only or exemption from punishment (免予刑事处罚)" })
  @Property({ type: "smallint" })
  prisonMonths!: number;

  @Field(() => Int, { nullable: true, description: "Probation period (缓刑考验期) in months, when the prison term is suspended" })
  @Property({ type: "smallint", nullable: true })
  probationMonths?: number | null;

  @AmountField({ nullable: true, description: "Fine (罚金) on this defendant, yuan" })
  fine?: string | null;
}
