import { Directive, Field, ObjectType } from "type-graphql";

/** SAIC's enterprise, as far as the police know it: its key. The police add the cases it is the right holder in. */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: "An enterprise on the market-regulation register" })
export class Enterprise {
  @Field(() => String, { description: "18-character unified social credit code (GB 32100-2015)" })
  creditCode!: string;
}
