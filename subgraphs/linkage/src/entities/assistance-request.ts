import { Entity, Enum, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { DateField } from "@ipr/shared";
import { Exchange } from "./exchange";

export enum AssistanceStatus {
  OPEN = "OPEN",
  ANSWERED = "ANSWERED",
  DECLINED = "DECLINED",
}
registerEnumType(AssistanceStatus, { name: "AssistanceStatus" });

/** A request to another agency or region to help investigate (案件协查), with an answer date. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A request for investigative assistance (案件协查)" })
@Entity({ tableName: "assistance_request" })
export class AssistanceRequest extends Exchange {
  @Field(() => String)
  @Property({ type: "text" })
  subject!: string;

  @DateField({ description: "The requester's answer date" })
  dueOn!: string;

  @Field(() => AssistanceStatus)
  @Enum({ items: () => AssistanceStatus, index: true })
  status: AssistanceStatus & Opt = AssistanceStatus.OPEN;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  answeredAt: (Date & Opt) | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  answer: (string & Opt) | null = null;
}
