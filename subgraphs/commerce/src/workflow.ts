import { Agency, badInput, covers, forbidden, isOverdue, type Identity } from "@ipr/shared";
import { Complaint, ComplaintStatus } from "./entities/complaint";
import { ComplaintEventKind } from "./entities/complaint-event";
import { HANDLING_AGENCIES } from "./entities/cases";

/**
 * The complaint's state machine, pure (no I/O): RECEIVED → ROUTED → ACCEPTED | DECLINED → ANSWERED.
 * A complaint not yet decided may be routed again (sent to the wrong agency), and a declined one
 * may be routed on to another agency. Deadlines never move: both count from the day of receipt.
 */

/** Who may route: the agency that recorded it, COMMERCE (the complaint centre) or the office, each covering the region it was recorded in. */
export const ROUTERS_BESIDES_FILER: readonly Agency[] = [Agency.COMMERCE, Agency.OFFICE];

export const mayRoute = (c: Complaint, who: Identity) =>
  (c.filedByAgency === who.agency || ROUTERS_BESIDES_FILER.includes(who.agency)) && covers(who.region, c.region);

/** The agency handling it, inside the handling region: it decides, answers and sees the contact details. */
export const handles = (c: Complaint, who: Identity) => c.handlingAgency === who.agency && covers(who.region, c.handlingRegion);

const ROUTABLE = [ComplaintStatus.RECEIVED, ComplaintStatus.ROUTED, ComplaintStatus.DECLINED];
const DECIDED = [ComplaintStatus.ACCEPTED, ComplaintStatus.DECLINED];

export function route(c: Complaint, who: Identity, agency: Agency, region: string, at: Date) {
  if (!mayRoute(c, who))
    throw forbidden(`only the recording agency (${c.filedByAgency}), COMMERCE or the office of region ${c.region} may route this complaint; you act for ${who.agency} in ${who.region}`, "input.complaintId");
  if (!HANDLING_AGENCIES.includes(agency))
    throw badInput("input.agency", `${agency} does not handle complaints; route to an agency that opens admin cases: ${HANDLING_AGENCIES.join(", ")}`);
  if (!covers(who.region, region)) throw forbidden(`input.region ${region} is outside your region ${who.region}`, "input.region");
  if (!ROUTABLE.includes(c.status)) throw badInput("input.complaintId", `the complaint is ${c.status}: only one not yet accepted or answered can be routed`);
  if (c.status === ComplaintStatus.ROUTED && c.handlingAgency === agency && c.handlingRegion === region)
    throw badInput("input.region", `the complaint is already routed to ${agency} in ${region}`);
  return {
    changes: { status: ComplaintStatus.ROUTED, handlingAgency: agency, handlingRegion: region, routedAt: at, decidedAt: null, decisionReason: null },
    kind: ComplaintEventKind.ROUTED,
  };
}

/** Checked before any peer is asked, and again on the locked row. */
export function assertMayDecide(c: Complaint, who: Identity) {
  if (c.status === ComplaintStatus.RECEIVED)
    throw badInput("input.complaintId", "the complaint has not been routed yet: route it to the agency responsible (your own, if it is yours) first");
  if (!handles(c, who))
    throw forbidden(`the complaint is routed to ${c.handlingAgency} in ${c.handlingRegion}; you act for ${who.agency} in ${who.region}`, "input.complaintId");
  if (c.status !== ComplaintStatus.ROUTED) throw badInput("input.complaintId", `the complaint was already decided (${c.status})`);
}

export interface ResultingCase {
  type: string;
  id: string;
}

export function decide(c: Complaint, who: Identity, accept: boolean, at: Date, reason: string | null, resulting: ResultingCase | null) {
  assertMayDecide(c, who);
  return {
    changes: {
      status: accept ? ComplaintStatus.ACCEPTED : ComplaintStatus.DECLINED,
      decidedAt: at,
      decisionReason: reason,
      resultingCaseType: resulting?.type ?? null,
      resultingCaseId: resulting?.id ?? null,
    },
    kind: accept ? ComplaintEventKind.ACCEPTED : ComplaintEventKind.DECLINED,
  };
}

export function answer(c: Complaint, who: Identity, text: string, answeredOn: string) {
  if (!handles(c, who))
    throw forbidden(`the complaint is handled by ${c.handlingAgency} in ${c.handlingRegion}; you act for ${who.agency} in ${who.region}`, "input.complaintId");
  if (!DECIDED.includes(c.status)) throw badInput("input.complaintId", `the complaint is ${c.status}: it is answered once accepted or declined`);
  if (answeredOn < c.receivedOn) throw badInput("input.answeredOn", `${answeredOn} is before the complaint was received (${c.receivedOn})`);
  return { changes: { status: ComplaintStatus.ANSWERED, answer: text, answeredOn }, kind: ComplaintEventKind.ANSWERED };
}

/** The deadline of the step now pending: the decision until it is decided, then the answer; none once answered. */
export function pendingDueAt(c: Complaint): Date | null {
  if (c.status === ComplaintStatus.RECEIVED || c.status === ComplaintStatus.ROUTED) return c.decisionDueAt;
  if (DECIDED.includes(c.status)) return c.answerDueAt;
  return null;
}

export const overdue = (c: Complaint, now: Date) => isOverdue(pendingDueAt(c), now);

/** The same rule as a row filter, for lists. */
export function overdueWhere(now: Date, overdue: boolean) {
  const undecided = { status: { $in: [ComplaintStatus.RECEIVED, ComplaintStatus.ROUTED] } };
  const decided = { status: { $in: DECIDED } };
  return overdue
    ? { $or: [{ ...undecided, decisionDueAt: { $lt: now } }, { ...decided, answerDueAt: { $lt: now } }] }
    : {
        $or: [
          { status: ComplaintStatus.ANSWERED },
          { ...undecided, decisionDueAt: { $gte: now } },
          { ...decided, answerDueAt: { $gte: now } },
        ],
      };
}
