import { createUnionType, registerEnumType } from "type-graphql";
import { CASE_RECORDS, type Agency, type RegisteredReportable } from "@ipr/shared";
import { CASE_STUBS, type CaseStub } from "../entities/foreign";

/**
 * The records a typical case (典型案例) may be about: every case reportable as major (the six admin
 * case types, criminal and court cases) and the records agencies declare besides (a prosecution), as
 * the registry collects them. A value is e.g. SAIC_CASE, PROSECUTION.
 */
export type TypicalCaseRecordType = string;
export const TypicalCaseRecordType: Readonly<Record<string, TypicalCaseRecordType>> = Object.fromEntries(CASE_RECORDS.map((r) => [r.caseType, r.caseType]));
registerEnumType(TypicalCaseRecordType, { name: "TypicalCaseRecordType", description: "The kind of record a typical case is about" });

export interface CaseRecordKind extends RegisteredReportable {
  agency: Agency;
}

/** Where each kind of record lives: its GraphQL type, owner, date field and the fields its figures read. */
export const RECORDS: Readonly<Record<TypicalCaseRecordType, CaseRecordKind>> = Object.fromEntries(CASE_RECORDS.map((r) => [r.caseType, r as CaseRecordKind]));

export const CaseRecord = createUnionType({
  name: "CaseRecord",
  description: "The record a typical case is about: an administrative case, a criminal case, a prosecution or a court case, resolved by its owner",
  types: () => CASE_RECORDS.map((r) => CASE_STUBS[r.caseType]) as [CaseStub],
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

/** The reference the gateway resolves with the record's owner. */
export const recordRef = (type: TypicalCaseRecordType, id: string) => ({ __typename: RECORDS[type].typename, id });
