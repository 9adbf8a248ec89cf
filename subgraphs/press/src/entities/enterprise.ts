import { Directive, Field, ObjectType } from "type-graphql";

/** SAIC's enterprise, as far as the copyright administration knows it: its key. Press adds its works and cases. */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: "An enterprise on the market-regulation register" })
export class Enterprise {
  @Field(() => String, { description: "18-character unified social credit code (GB 32100-2015)" })
  creditCode!: string;
}
