import { Directive, Field, ObjectType } from "type-graphql";

/** A patent, owned by the IP office; customs adds its recordations and detentions. */
@Directive('@key(fields: "patentNumber")')
@ObjectType({ description: "A patent" })
export class Patent {
  @Field(() => String)
  patentNumber!: string;
}
