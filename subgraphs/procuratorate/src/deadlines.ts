/**
 * Statutory periods of filing supervision (立案监督): once the procuratorate requires the police to
 * explain why they did not file a case, they explain within 7 days; once it orders them to file,
 * they file within 15 days (counted by the kit's endOfDayAfter).
 */
export const EXPLANATION_DAYS = 7;
export const FILING_DAYS = 15;

export { endOfDayAfter, isOverdue } from "@ipr/shared";
