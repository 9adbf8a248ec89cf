import { badInput } from "@ipr/shared";
import { Referral, ReferralStatus } from "./entities/referral";
import { ReferralEventKind } from "./entities/referral-event";
import { DECISION_DAYS, RECONSIDERATION_DECISION_DAYS, RECONSIDERATION_REQUEST_DAYS, endOfDayAfter } from "./deadlines";

/**
 * The referral's state machine (decree 310 art. 8-9): the police decide within 3 days; a decline may
 * be sent back for reconsideration within 3 days, answered within 3 days. `decisionDueAt` is always
 * the deadline of the step now pending, or null when the police owe nothing.
 */
export type PoliceDecision = "FILED" | "DECLINED";

const PENDING_ON_POLICE = [ReferralStatus.SENT, ReferralStatus.RECONSIDERATION_REQUESTED];

const DECLINED = [ReferralStatus.DECLINED, ReferralStatus.RECONSIDERATION_DECLINED];

/** A declined referral the police may still file: the procuratorate has ordered filing (通知立案). */
export const mayFileUnderSupervision = (referral: Referral, decision: PoliceDecision) => decision === "FILED" && DECLINED.includes(referral.status);

/**
 * `supervised`: the procuratorate has ordered the police to file this declined referral; the
 * filing then closes it as FILED (an event FILED_UNDER_SUPERVISION records how).
 */
export function decide(referral: Referral, decision: PoliceDecision, at: Date, reason: string | null, criminalCaseId: string | null, supervised = false) {
  if (supervised && mayFileUnderSupervision(referral, decision))
    return { changes: { status: ReferralStatus.FILED, decidedAt: at, decisionReason: reason, criminalCaseId, decisionDueAt: null }, kind: ReferralEventKind.FILED_UNDER_SUPERVISION };
  if (!PENDING_ON_POLICE.includes(referral.status))
    throw badInput("input.referralId", `referral was already decided (${referral.status})${DECLINED.includes(referral.status) && decision === "FILED" ? "; filing it now needs the procuratorate's order to file" : ""}`);
  const reconsidering = referral.status === ReferralStatus.RECONSIDERATION_REQUESTED;
  const status =
    decision === "FILED" ? ReferralStatus.FILED : reconsidering ? ReferralStatus.RECONSIDERATION_DECLINED : ReferralStatus.DECLINED;
  const kind =
    decision === "FILED" ? ReferralEventKind.FILED : reconsidering ? ReferralEventKind.RECONSIDERATION_DECLINED : ReferralEventKind.DECLINED;
  return { changes: { status, decidedAt: at, decisionReason: reason, criminalCaseId, decisionDueAt: null }, kind };
}

export function requestReconsideration(referral: Referral, at: Date, reason: string) {
  if (referral.status !== ReferralStatus.DECLINED)
    throw badInput("input.referralId", `only a declined referral can be sent back for reconsideration (it is ${referral.status})`);
  const window = endOfDayAfter(referral.decidedAt!, RECONSIDERATION_REQUEST_DAYS);
  if (at > window) throw badInput("input.referralId", `the ${RECONSIDERATION_REQUEST_DAYS}-day window to ask for reconsideration closed at ${window.toISOString()}`);
  return {
    changes: {
      status: ReferralStatus.RECONSIDERATION_REQUESTED,
      reconsiderationRequestedAt: at,
      reconsiderationReason: reason,
      decisionDueAt: endOfDayAfter(at, RECONSIDERATION_DECISION_DAYS),
    },
    kind: ReferralEventKind.RECONSIDERATION_REQUESTED,
  };
}

export const firstDecisionDue = (sentAt: Date) => endOfDayAfter(sentAt, DECISION_DAYS);

/** Until when the referring agency may still ask for reconsideration of a decline. */
export const reconsiderationWindowEnd = (referral: Referral) =>
  referral.status === ReferralStatus.DECLINED && referral.decidedAt ? endOfDayAfter(referral.decidedAt, RECONSIDERATION_REQUEST_DAYS) : null;
