import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The police's suspect, as far as the courts know it: its key. The courts add the sentences given to the person. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}
