import { createUnionType, registerEnumType } from "type-graphql";
import { REPORTABLE_CASES, type Agency, type RegisteredReportable } from "@ipr/shared";
import { CASE_STUBS, type CaseStub } from "../entities/foreign";

/**
 * The cases an agency may report to the office as major: every referable admin case and the cases
 * other manifests declare (`reportableCases`), as the registry collects them. A value is e.g. SAIC_CASE.
 */
export type MajorCaseType = string;
export const MajorCaseType: Readonly<Record<string, MajorCaseType>> = Object.fromEntries(REPORTABLE_CASES.map((r) => [r.caseType, r.caseType]));
registerEnumType(MajorCaseType, { name: "MajorCaseType", description: "The kind of case a major-case report is about" });

export interface Reportable extends RegisteredReportable {
  agency: Agency;
}

/** Where each kind of case lives: its GraphQL type, owner, date field, list and the facts the rules read. */
export const REPORTABLE: Readonly<Record<MajorCaseType, Reportable>> = Object.fromEntries(REPORTABLE_CASES.map((r) => [r.caseType, r as Reportable]));
export const MAJOR_CASE_TYPES = REPORTABLE_CASES.map((r) => r.caseType);

/** The owner's entity as the office sees it: its key only (the office contributes `majorCaseReports`). */
export interface CaseRef {
  id: string;
}

export const MajorCase = createUnionType({
  name: "MajorCase",
  description: "A case that can be reported to the office as major: an administrative, criminal or court case",
  types: () => MAJOR_CASE_TYPES.map((type) => CASE_STUBS[type]) as [CaseStub],
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

/** The reference the gateway resolves with the case's owner. */
export const caseRef = (type: MajorCaseType, id: string) => ({ __typename: REPORTABLE[type].typename, id });
