import { Directive, Field, ObjectType } from "type-graphql";

/** SAIC's enterprise, as far as agriculture knows it: its key. Agriculture adds its varieties and cases. */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: "An enterprise on the market-regulation register" })
export class Enterprise {
  @Field(() => String)
  creditCode!: string;
}
