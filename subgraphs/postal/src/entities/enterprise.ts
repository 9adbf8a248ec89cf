import { Directive, Field, ObjectType } from "type-graphql";

/** SAIC's enterprise, as far as postal knows it: its key. Postal adds its interceptions and courier checks. */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: "An enterprise on the market-regulation register" })
export class Enterprise {
  @Field(() => String)
  creditCode!: string;
}
