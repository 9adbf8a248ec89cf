import { createUnionType, registerEnumType } from "type-graphql";
import { Agency, REFERABLE_CASES, type RegisteredSource } from "@ipr/shared";
import { CASE_STUBS, type CaseStub } from "./foreign";

/**
 * The admin cases a complaint can lead to: every agency's referable cases, as the registry collects
 * them from the manifests. Same enum and union names and members as linkage's, so composition
 * merges them: a client reads one `EnforcementCase` wherever a case is referred to.
 */
export type CaseType = string;
export const EnforcementCaseType: Readonly<Record<string, CaseType>> = Object.fromEntries(REFERABLE_CASES.map((s) => [s.caseType, s.caseType]));
registerEnumType(EnforcementCaseType, { name: "EnforcementCaseType", description: "The kind of administrative case a referral comes from" });

export interface CaseKind extends RegisteredSource {
  agency: Agency;
}
export const CASE_KINDS: Readonly<Record<CaseType, CaseKind>> = Object.fromEntries(REFERABLE_CASES.map((s) => [s.caseType, s as CaseKind]));

/** The agencies a complaint can be routed to: those that open admin cases (derived, never listed). */
export const HANDLING_AGENCIES: readonly Agency[] = [...new Set(REFERABLE_CASES.map((s) => s.agency as Agency))];

export const EnforcementCase = createUnionType({
  name: "EnforcementCase",
  description: "An administrative case that can be referred to the police",
  types: () => Object.values(CASE_STUBS) as [CaseStub],
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});
