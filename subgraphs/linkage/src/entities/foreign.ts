import { createUnionType, Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DecimalScalar, EntityStub, InboxStub, MonthlyReportStub } from "@ipr/shared";
import { SOURCE_TYPES, SOURCES, type EnforcementCaseType } from "../sources";

/*
 * Other agencies' entities as linkage sees them: their keys, the fields linkage contributes
 * (resolvers/contributions.ts), and the owner's facts a contributed field `@requires` (`@external`:
 * the owner resolves them and the gateway hands them over).
 */
export interface CaseStub {
  id: string;
  [fact: string]: unknown;
}

type External = [name: string, type: () => unknown, nullable: boolean];

const SCALARS = { Date: DateScalar, Decimal: DecimalScalar, Int } as const;
const enums = new Map<string, object>();

/** An owner's enum, only as far as linkage reads it (output-only, so composition merges it with the owner's). */
function ownersEnum(name: string, values: string[]): object {
  let e = enums.get(name);
  if (!e) {
    enums.set(name, (e = Object.fromEntries(values.map((v) => [v, v]))));
    registerEnumType(e, { name });
  }
  return e;
}

/** The owner's facts the criminal-threshold check needs, per source type, as its manifest declares them. */
export const THRESHOLD_FACTS: Record<EnforcementCaseType, External[]> = Object.fromEntries(
  SOURCE_TYPES.map((type) => [
    type,
    SOURCES[type].facts.map(({ name, type: t, nullable }): External => {
      const gqlType = typeof t === "string" ? SCALARS[t] : ownersEnum(t.enum, t.values);
      return [name, () => gqlType, nullable ?? false];
    }),
  ]),
);

function caseStub(type: EnforcementCaseType) {
  @Directive('@key(fields: "id")')
  @ObjectType(SOURCES[type].typename)
  class Stub implements CaseStub {
    [fact: string]: unknown;
    @Field(() => ID) id!: string;
  }
  for (const [name, fieldType, nullable] of THRESHOLD_FACTS[type]) {
    Field(fieldType as never, { nullable })(Stub.prototype, name);
    Directive("@external")(Stub.prototype, name);
  }
  return Stub;
}

/** One stub class per source type: SaicCase, PatentCase, CopyrightCase, … */
export const CASE_STUBS = Object.fromEntries(SOURCE_TYPES.map((type) => [type, caseStub(type)])) as Record<EnforcementCaseType, ReturnType<typeof caseStub>>;

/** The police's criminal case. */
export const CriminalCase = EntityStub("CriminalCase");
export type CriminalCase = InstanceType<typeof CriminalCase>;

export const EnforcementCase = createUnionType({
  name: "EnforcementCase",
  description: "An administrative case that can be referred to the police",
  types: () => SOURCE_TYPES.map((type) => CASE_STUBS[type]) as [ReturnType<typeof caseStub>],
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

/** The office's monthly report, to which linkage contributes its consistency checks (it has no line of the table). */
export const MonthlyReport = MonthlyReportStub();

/** The office's Inbox, to which linkage contributes what waits in its own tables. */
export const Inbox = InboxStub();
