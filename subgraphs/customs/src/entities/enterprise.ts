import { Directive, Field, ObjectType } from "type-graphql";

/** SAIC's enterprise, as far as customs knows it: its key. Customs adds its detentions and recordations. */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: "An enterprise on the market-regulation register" })
export class Enterprise {
  @Field(() => String)
  creditCode!: string;
}
