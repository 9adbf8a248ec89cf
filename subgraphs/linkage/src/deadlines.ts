/**
 * Statutory periods of the referral workflow (State Council decree 310, art. 8; police filing rules).
 * Counted by the kit's endOfDayAfter.
 */
export const DECISION_DAYS = 3;
/** The referring agency may ask for reconsideration within 3 days of a decline … */
export const RECONSIDERATION_REQUEST_DAYS = 3;
/** … and the police answer it within 3 days. */
export const RECONSIDERATION_DECISION_DAYS = 3;

export { endOfDayAfter, isOverdue } from "@ipr/shared";
