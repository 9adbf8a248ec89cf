import { createUnionType, Directive, Field, ID, ObjectType } from "type-graphql";
import { SOURCE_TYPES, SOURCES, type EnforcementCaseType } from "../sources";

/*
 * Other agencies' entities as linkage sees them: just their keys, plus the fields linkage
 * contributes (resolvers/contributions.ts). Their owners resolve everything else.
 */
export interface CaseStub {
  id: string;
}

function caseStub(typename: string) {
  @Directive('@key(fields: "id")')
  @ObjectType(typename)
  class Stub implements CaseStub {
    @Field(() => ID) id!: string;
  }
  return Stub;
}

/** One stub class per source type: SaicCase, PatentCase, CopyrightCase, … */
export const CASE_STUBS = Object.fromEntries(SOURCE_TYPES.map((type) => [type, caseStub(SOURCES[type].typename)])) as Record<
  EnforcementCaseType,
  ReturnType<typeof caseStub>
>;

@Directive('@key(fields: "id")')
@ObjectType()
export class CriminalCase {
  @Field(() => ID) id!: string;
}

export const EnforcementCase = createUnionType({
  name: "EnforcementCase",
  description: "An administrative case that can be referred to the police",
  types: () => SOURCE_TYPES.map((type) => CASE_STUBS[type]) as [ReturnType<typeof caseStub>],
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});
