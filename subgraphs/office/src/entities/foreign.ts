import { CASE_RECORDS, EntityStub } from "@ipr/shared";

/*
 * Other agencies' entities as the office sees them: their keys only. Its resolvers add the fields it
 * contributes (major-case reports, typical cases); the owners resolve the rest.
 */

/**
 * The cases and records the office's reports point to, by case type (SAIC_CASE → SaicCase): every case
 * reportable as major (the MajorCase union) and the records a typical case may be about (CaseRecord),
 * as the registry collects them.
 */
export const CASE_STUBS = Object.fromEntries(CASE_RECORDS.map((r) => [r.caseType, EntityStub(r.typename)]));
export type CaseStub = (typeof CASE_STUBS)[string];
