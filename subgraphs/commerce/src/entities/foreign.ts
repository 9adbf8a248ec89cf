import { EntityStub, InboxStub, REFERABLE_CASES } from "@ipr/shared";

/*
 * Other agencies' entities as this subgraph sees them: their keys only. Its resolvers add the
 * fields it contributes; the owners resolve the rest.
 */

/** The office's Inbox, to which commerce contributes the complaints waiting on an agency. */
export const Inbox = InboxStub();

/**
 * Every agency's referable admin case (SaicCase, PatentCase, …), by case type, for the EnforcementCase
 * union: references only, the gateway asks each case's owner for its fields.
 */
export const CASE_STUBS = Object.fromEntries(REFERABLE_CASES.map((kind) => [kind.caseType, EntityStub(kind.typename)]));
export type CaseStub = (typeof CASE_STUBS)[string];
