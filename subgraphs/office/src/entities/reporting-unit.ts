import { Directive, Field, ObjectType } from "type-graphql";

/** A province-level unit that sends the monthly statistics table (31 provinces plus the XPCC). */
@Directive('@key(fields: "code")')
@ObjectType({ description: "A reporting unit of the monthly statistics table" })
export class ReportingUnit {
  @Field(() => String, { description: "GB/T 2260 code, e.g. 440000" })
  code!: string;

  @Field(() => String, { description: "Chinese name, e.g. 广东省" })
  name!: string;
}
