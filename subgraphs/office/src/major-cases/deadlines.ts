import { endOfDayAfter } from "@ipr/shared";

/**
 * The periods of major-case reporting and supervision, counted by the kit's endOfDayAfter (a period of
 * N days ends at the end of the N-th day after the act, China time). How soon a case must be reported
 * is rule data (`MajorCaseRule.reportWithinDays`); these are the office's own working rules.
 */
/** The provincial office passes a report up to the national office within 3 days. */
export const FORWARD_DAYS = 3;
/** The handling agency reports progress on a supervised case at least every 30 days. */
export const PROGRESS_DAYS = 30;
/** When no rule in force says otherwise, a major case is reported within 3 days. */
export const DEFAULT_REPORT_DAYS = 3;

const CST = "+08:00";

/** The start of a calendar day, China time: the act a case's date stands for. */
export const startOfDay = (date: string) => new Date(`${date}T00:00:00${CST}`);

/** The end of a calendar day, China time. */
export const endOfDay = (date: string) => endOfDayAfter(startOfDay(date), 0);

export const reportDue = (caseDate: string, days: number) => endOfDayAfter(startOfDay(caseDate), days);

export { endOfDayAfter, isOverdue } from "@ipr/shared";
