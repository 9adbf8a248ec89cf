import { Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Prosecution } from "./prosecution";

/** A defendant of a prosecution decision: one row per person, so persons prosecuted can be counted distinct. */
@Entity({ tableName: "prosecution_defendant" })
@Unique({ properties: ["prosecution", "personId"] })
export class ProsecutionDefendant {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => Prosecution })
  prosecution!: Prosecution;

  /** The police's Person id (a suspect of the prosecution's criminal case). */
  @Property({ type: "uuid", index: true })
  personId!: string;

  /** Place in the input's list (`defendantIds[i]`). */
  @Property({ type: "smallint" })
  position!: number;
}
