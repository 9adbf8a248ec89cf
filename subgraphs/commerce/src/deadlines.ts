import { endOfChinaDay, endOfWorkingDaysAfter } from "@ipr/shared";

/** Accept or decline a complaint within 7 working days of receipt (及时受理). */
export const DECISION_WORKING_DAYS = 7;
/** Answer the complainant within 60 days of receipt. */
export const ANSWER_DAYS = 60;

const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Both deadlines of a complaint received on `receivedOn`, counted as procedural periods: from the day after, to the end of the last day, China time. */
export function complaintDeadlines(receivedOn: string) {
  const decision = endOfWorkingDaysAfter(receivedOn, DECISION_WORKING_DAYS);
  return { decisionDueAt: decision.dueAt, decisionDueBasis: decision.basis, answerDueAt: endOfChinaDay(dayAfter(receivedOn, ANSWER_DAYS)) };
}
