import { badInput, todayIn } from "@ipr/shared";
import { MajorCaseReportStatus, type MajorCaseReport } from "../entities/major-case-report";
import { MajorCaseEventKind } from "../entities/major-case-event";
import { SupervisionStatus, type Supervision, type SupervisionOutcome } from "../entities/supervision";
import { FORWARD_DAYS, PROGRESS_DAYS, endOfDayAfter, isOverdue } from "./deadlines";

/**
 * The major case's state machine, pure: each step takes the record as it stands and the time, and
 * returns the changes and the event to record, or throws BAD_USER_INPUT when the step does not apply.
 *
 *   report:      REPORTED (to the provincial office; a case of the national level goes straight up) ─forward→ FORWARDED
 *   supervision: OPEN ─progress (every 30 days)→ OPEN ─close→ CLOSED; one open supervision per report at a time
 */

/** A new report: pending on the provincial office unless it is already the national office's. */
export function report(at: Date, officeRegion: string) {
  const national = officeRegion === "000000";
  return {
    changes: national
      ? { status: MajorCaseReportStatus.FORWARDED, forwardDueAt: null, forwardedAt: at }
      : { status: MajorCaseReportStatus.REPORTED, forwardDueAt: endOfDayAfter(at, FORWARD_DAYS), forwardedAt: null },
    kind: MajorCaseEventKind.REPORTED,
  };
}

export function forward(r: Pick<MajorCaseReport, "status">, at: Date) {
  if (r.status !== MajorCaseReportStatus.REPORTED) throw badInput("input.reportId", `the report was already passed up (${r.status})`);
  return { changes: { status: MajorCaseReportStatus.FORWARDED, forwardedAt: at, forwardDueAt: null }, kind: MajorCaseEventKind.FORWARDED };
}

/** Opening a supervision: none other open on the report, and a due date after today. */
export function openSupervision(openOnReport: number, at: Date, dueOn: string) {
  if (openOnReport > 0) throw badInput("input.reportId", "the case is already under supervision: close that one first");
  if (dueOn <= todayIn(at)) throw badInput("input.dueOn", `${dueOn} is not after today`);
  return { changes: { status: SupervisionStatus.OPEN, openedAt: at, dueOn, nextProgressDueAt: endOfDayAfter(at, PROGRESS_DAYS) }, kind: MajorCaseEventKind.SUPERVISION_OPENED };
}

export function reportProgress(s: Pick<Supervision, "status" | "nextProgressDueAt">, at: Date) {
  if (s.status !== SupervisionStatus.OPEN) throw badInput("input.supervisionId", "the supervision is closed");
  return { changes: { nextProgressDueAt: endOfDayAfter(at, PROGRESS_DAYS) }, late: isOverdue(s.nextProgressDueAt, at), kind: MajorCaseEventKind.PROGRESS_REPORTED };
}

export function close(s: Pick<Supervision, "status">, at: Date, outcome: SupervisionOutcome, result: string) {
  if (s.status !== SupervisionStatus.OPEN) throw badInput("input.supervisionId", "the supervision is already closed");
  return { changes: { status: SupervisionStatus.CLOSED, closedAt: at, outcome, result, nextProgressDueAt: null }, kind: MajorCaseEventKind.SUPERVISION_CLOSED };
}

/** Past its due date and still open (the due date is a calendar day: overdue from the next day, China time). */
export const supervisionOverdue = (s: Pick<Supervision, "status" | "dueOn">, now: Date) => s.status === SupervisionStatus.OPEN && todayIn(now) > s.dueOn;

/** The handling agency owes a progress report past its due time. */
export const progressOverdue = (s: Pick<Supervision, "status" | "nextProgressDueAt">, now: Date) => s.status === SupervisionStatus.OPEN && isOverdue(s.nextProgressDueAt, now);
