import { Directive, Field, ObjectType } from "type-graphql";

/** SAIC's enterprise, as far as the courts know it: its key. The courts add the cases it is a party to. */
@Directive('@key(fields: "creditCode")')
@ObjectType()
export class Enterprise {
  @Field(() => String)
  creditCode!: string;
}
