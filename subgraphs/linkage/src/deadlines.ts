/**
 * Statutory periods of the referral workflow (State Council decree 310, art. 8; police filing rules).
 * Counted by the kit's endOfDayAfter.
 */
export const DECISION_DAYS = 3;
/** The referring agency may ask for reconsideration within 3 days of a decline … */
export const RECONSIDERATION_REQUEST_DAYS = 3;
/** … and the police answer it within 3 days. */
export const RECONSIDERATION_DECISION_DAYS = 3;

/**
 * Exchanges between agencies have no statutory period; the platform asks the receiver to answer a
 * clue within 7 days and to take evidence in within 3 (as the police decide a referral), so the
 * inbox can show them with a deadline and flag those left waiting.
 */
export const CLUE_ANSWER_DAYS = 7;
export const EVIDENCE_RECEIPT_DAYS = 3;

export { endOfDayAfter, isOverdue } from "@ipr/shared";
