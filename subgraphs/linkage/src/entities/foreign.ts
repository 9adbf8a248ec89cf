import { createUnionType, Directive, Field, ID, ObjectType } from "type-graphql";

/*
 * Other agencies' entities as linkage sees them: just their keys, plus the fields linkage
 * contributes (see resolvers/contributions.ts). Their owners resolve everything else.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class SaicCase {
  @Field(() => ID) id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class CriminalCase {
  @Field(() => ID) id!: string;
}

export const EnforcementCase = createUnionType({
  name: "EnforcementCase",
  description: "An administrative case that can be referred to the police",
  types: () => [SaicCase] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});
