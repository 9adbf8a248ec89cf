import { createUnionType, Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DecimalScalar, EntityStub } from "@ipr/shared";
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

// The owners' enums, only as far as linkage reads them (output-only, so composition merges them).
export enum SaicCaseCategory {
  TRADE_SECRET = "TRADE_SECRET",
  TRADEMARK = "TRADEMARK",
}
registerEnumType(SaicCaseCategory, { name: "SaicCaseCategory" });
export enum PatentCaseCategory {
  INFRINGEMENT = "INFRINGEMENT",
  PASSING_OFF = "PASSING_OFF",
}
registerEnumType(PatentCaseCategory, { name: "PatentCaseCategory" });

type External = [name: string, type: () => unknown, nullable: boolean];
const amount: External = ["amountInvolved", () => DecimalScalar, false];
const date = (name: string): External => [name, () => DateScalar, false];

/** The owner's facts the criminal-threshold check needs, per source type. */
export const THRESHOLD_FACTS: Record<EnforcementCaseType, External[]> = {
  SAIC_CASE: [["category", () => SaicCaseCategory, false], date("openedOn"), amount, ["illegalGains", () => DecimalScalar, true], ["rightHolderLoss", () => DecimalScalar, true]],
  PATENT_CASE: [["category", () => PatentCaseCategory, false], date("openedOn"), amount],
  COPYRIGHT_CASE: [date("openedOn"), amount, ["illegalGains", () => DecimalScalar, true], ["copies", () => Int, true]],
  PLANT_VARIETY_CASE: [date("openedOn"), amount],
  CUSTOMS_SEIZURE: [date("seizedOn"), amount],
  POSTAL_INTERCEPTION: [date("interceptedOn"), amount],
};

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
