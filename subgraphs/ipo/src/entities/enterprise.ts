import { Directive, Field, ObjectType } from "type-graphql";

/** SAIC's enterprise, as far as IPO knows it: its key. IPO adds the patents it holds and its patent cases. */
@Directive('@key(fields: "creditCode")')
@ObjectType()
export class Enterprise {
  @Field(() => String)
  creditCode!: string;
}
