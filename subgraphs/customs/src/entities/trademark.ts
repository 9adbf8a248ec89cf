import { Directive, Field, ObjectType } from "type-graphql";

/** A registered trademark, owned by market regulation; customs adds its recordations and detentions. */
@Directive('@key(fields: "registrationNumber")')
@ObjectType({ description: "A registered trademark" })
export class Trademark {
  @Field(() => String)
  registrationNumber!: string;
}
