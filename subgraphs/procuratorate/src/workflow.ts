import { badInput } from "@ipr/shared";
import { FilingSupervision, FilingSupervisionStatus as Status } from "./entities/filing-supervision";
import { FilingSupervisionEventKind as Kind } from "./entities/filing-supervision-event";
import { EXPLANATION_DAYS, FILING_DAYS, endOfDayAfter, isOverdue } from "./deadlines";

/**
 * Filing supervision's state machine (立案监督), pure like linkage's referral workflow: each step takes
 * the supervision as stored and the moment, and answers the columns to change and the event to
 * append, or refuses. The resolvers only load and lock the row, apply the step and save.
 *
 * EXPLANATION_REQUIRED (7 days) → EXPLAINED → FILING_ORDERED (15 days) → FILED; CLOSED from any
 * state; filing may be ordered once the explanation is overdue, and the police may file at any
 * point before the end.
 */
export interface Step {
  changes: Partial<FilingSupervision>;
  kind: Kind;
  at: Date;
  note: string | null;
}

type Supervision = Pick<FilingSupervision, "status" | "explanationRequiredAt" | "explanationDueAt"> & Partial<Pick<FilingSupervision, "filingDueAt">>;

/** The police declined to file, at first or again on reconsideration (linkage's ReferralStatus): the procuratorate may step in. */
const DECLINED = ["DECLINED", "RECONSIDERATION_DECLINED"];

/** Only a referral the police declined, or left undecided past its deadline, is supervised. */
export function checkSupervisable(referral: { status: string; overdue: boolean }): void {
  if (!DECLINED.includes(referral.status) && !referral.overdue)
    throw badInput("input.referralId", `only a referral the police declined or left undecided past its deadline is supervised (status ${referral.status}, not overdue)`);
}

/** Opening: the police must explain within EXPLANATION_DAYS. */
export const open = (at: Date, reason: string) => ({
  changes: { status: Status.EXPLANATION_REQUIRED, explanationRequiredAt: at, explanationDueAt: endOfDayAfter(at, EXPLANATION_DAYS) },
  kind: Kind.EXPLANATION_REQUIRED,
  at,
  note: reason,
});

const refuse = (s: Supervision, what: string) => badInput("input.supervisionId", `${what} (status ${s.status})`);

export function receiveExplanation(s: Supervision, explanation: string, receivedAt: Date): Step {
  if (s.status !== Status.EXPLANATION_REQUIRED) throw refuse(s, "no explanation is pending");
  if (receivedAt < s.explanationRequiredAt)
    throw badInput("input.receivedAt", `is before the explanation was required (${s.explanationRequiredAt.toISOString()})`);
  return { changes: { explanationReceivedAt: receivedAt, explanation, status: Status.EXPLAINED }, kind: Kind.EXPLANATION_RECEIVED, at: receivedAt, note: explanation };
}

/** 通知立案: once the explanation is in, or once it is overdue; the police then have FILING_DAYS. */
export function orderFiling(s: Supervision, at: Date, note: string | null): Step {
  const explanationOverdue = s.status === Status.EXPLANATION_REQUIRED && isOverdue(s.explanationDueAt, at);
  if (s.status !== Status.EXPLAINED && !explanationOverdue)
    throw refuse(s, s.status === Status.EXPLANATION_REQUIRED
      ? `the police have until ${s.explanationDueAt.toISOString()} to explain`
      : "filing can be ordered only after the police's explanation or once it is overdue");
  return { changes: { filingOrderedAt: at, filingDueAt: endOfDayAfter(at, FILING_DAYS), status: Status.FILING_ORDERED }, kind: Kind.FILING_ORDERED, at, note };
}

/** The police filed: the case itself is the referral's (linkage), checked before this step. */
export function recordFiling(s: Supervision, at: Date): Step {
  if (![Status.EXPLANATION_REQUIRED, Status.EXPLAINED, Status.FILING_ORDERED].includes(s.status)) throw refuse(s, "supervision has ended");
  return { changes: { filedAt: at, status: Status.FILED }, kind: Kind.FILED, at, note: null };
}

export function close(s: Supervision, reason: string, at: Date): Step {
  if (s.status === Status.CLOSED) throw refuse(s, "supervision is already closed");
  return { changes: { closedAt: at, closingReason: reason, status: Status.CLOSED }, kind: Kind.CLOSED, at, note: reason };
}

/** The deadline of the step the police still owe, if any. */
export function dueAt(s: Supervision): Date | null {
  if (s.status === Status.EXPLANATION_REQUIRED) return s.explanationDueAt;
  if (s.status === Status.FILING_ORDERED) return s.filingDueAt ?? null;
  return null;
}

/** The workflow only moves forward and each step happens at most once, so this order is the order of events. */
export const STEP_ORDER = [Kind.EXPLANATION_REQUIRED, Kind.EXPLANATION_RECEIVED, Kind.FILING_ORDERED, Kind.FILED, Kind.CLOSED];

/** `overdue` of the list filter in SQL: the pending step's stored deadline has passed. */
export function overdueWhere(overdue: boolean | null | undefined, now: Date) {
  if (overdue == null) return {};
  const pending = [Status.EXPLANATION_REQUIRED, Status.FILING_ORDERED];
  if (overdue)
    return { $or: [{ status: Status.EXPLANATION_REQUIRED, explanationDueAt: { $lt: now } }, { status: Status.FILING_ORDERED, filingDueAt: { $lt: now } }] };
  return {
    $or: [
      { status: { $nin: pending } },
      { status: Status.EXPLANATION_REQUIRED, explanationDueAt: { $gte: now } },
      { status: Status.FILING_ORDERED, filingDueAt: { $gte: now } },
    ],
  };
}
