import { Directive, Field, ID, ObjectType } from "type-graphql";

/*
 * Other agencies' entities as the procuratorate sees them: just their keys, plus the fields it
 * contributes (resolvers/criminal-case.ts, resolvers/referral.ts). Their owners resolve the rest.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class CriminalCase {
  @Field(() => ID) id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID) id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Referral {
  @Field(() => ID) id!: string;
}
