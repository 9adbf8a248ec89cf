import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The procuratorate's prosecution, as far as the courts know it: its key. The courts add the cases that try it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Prosecution {
  @Field(() => ID)
  id!: string;
}
