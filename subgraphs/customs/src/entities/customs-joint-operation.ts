import { ArrayType, Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateField, Withdrawable } from "@ipr/shared";

/**
 * A joint enforcement operation of customs with international organisations or foreign customs
 * (e.g. the World Customs Organization, EU customs). National: only the agency is checked on writes.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A joint IP enforcement operation of customs with international organisations or foreign enforcement agencies" })
@Entity({ tableName: "customs_joint_operation" })
export class CustomsJointOperation extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => [String], { description: "Partner organisations and agencies, e.g. World Customs Organization, EU customs" })
  @Property({ type: ArrayType, columnType: "text[]" })
  partners!: string[];

  @DateField({ index: true })
  startedOn!: string;

  @DateField({ nullable: true, description: "Null while the operation runs" })
  endedOn?: string | null;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
