import { procuratorialDecision } from "./procuratorial-decision";

/** Arrest reviews (审查逮捕), one row each. */
export const arrestReviews = procuratorialDecision("arrest-reviews", "ArrestReviewFilter", "APPROVED or DISAPPROVED");
