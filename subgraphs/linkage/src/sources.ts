import { registerEnumType } from "type-graphql";
import { REFERABLE_CASES, type Agency, type RegisteredSource } from "@ipr/shared";

/**
 * The administrative cases that can be referred to the police: every agency's manifest declares its
 * own (`referable`), and the registry collects them. A value is e.g. SAIC_CASE.
 */
export type EnforcementCaseType = string;
export const EnforcementCaseType: Readonly<Record<string, EnforcementCaseType>> = Object.fromEntries(REFERABLE_CASES.map((s) => [s.caseType, s.caseType]));
registerEnumType(EnforcementCaseType, { name: "EnforcementCaseType", description: "The kind of administrative case a referral comes from" });

export interface Source extends RegisteredSource {
  agency: Agency;
}

/** Where each kind of source case lives: its GraphQL type, owning subgraph and agency, date and list field. */
export const SOURCES: Readonly<Record<EnforcementCaseType, Source>> = Object.fromEntries(REFERABLE_CASES.map((s) => [s.caseType, s as Source]));

export const SOURCE_TYPES = REFERABLE_CASES.map((s) => s.caseType);
