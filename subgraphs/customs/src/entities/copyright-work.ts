import { Directive, Field, ObjectType } from "type-graphql";

/** A registered copyright work, owned by the copyright administration; customs adds its recordations and detentions. */
@Directive('@key(fields: "registrationNumber")')
@ObjectType({ description: "A registered copyright work" })
export class CopyrightWork {
  @Field(() => String)
  registrationNumber!: string;
}
