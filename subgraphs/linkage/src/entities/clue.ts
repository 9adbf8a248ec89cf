import { Entity, Enum, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { Exchange } from "./exchange";

export enum ClueStatus {
  SENT = "SENT",
  ACKNOWLEDGED = "ACKNOWLEDGED",
  /** The receiver opened a case or investigation on it. */
  ACTED_ON = "ACTED_ON",
  NO_ACTION = "NO_ACTION",
}
registerEnumType(ClueStatus, { name: "ClueStatus" });

/** A clue notified by one agency to another (线索通报), e.g. customs telling SAIC of a counterfeit source. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A clue notified by one agency to another (线索通报)" })
@Entity({ tableName: "clue" })
export class Clue extends Exchange {
  @Field(() => String)
  @Property({ type: "text" })
  summary!: string;

  @Field(() => ClueStatus)
  @Enum({ items: () => ClueStatus, index: true })
  status: ClueStatus & Opt = ClueStatus.SENT;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  answeredAt: (Date & Opt) | null = null;

  @Field(() => String, { nullable: true, description: "What the receiver did with it" })
  @Property({ type: "text", nullable: true })
  outcome: (string & Opt) | null = null;
}
