import type { GraphQLError } from "graphql";
import { Agency } from "@ipr/shared";
import { identity } from "@ipr/shared/testing";
import { Complaint, ComplaintStatus } from "./entities/complaint";
import { ComplaintEventKind } from "./entities/complaint-event";
import { answer, decide, overdue, pendingDueAt, route } from "./workflow";

/* The complaint's state machine on its own: no database, no server (src/commerce.test.ts runs it end to end). */

const at = (iso: string) => new Date(iso);
const RECEIVED_ON = "2017-09-29";
const DECISION_DUE = at("2017-10-16T23:59:59.999+08:00");
const ANSWER_DUE = at("2017-11-28T23:59:59.999+08:00");

function complaint(over: Partial<Complaint> = {}): Complaint {
  return Object.assign(new Complaint(), {
    id: "c", region: "440300", receivedOn: RECEIVED_ON, filedByAgency: Agency.SAIC, filedBy: "saic-clerk", status: ComplaintStatus.RECEIVED,
    handlingAgency: Agency.SAIC, handlingRegion: "440300", decisionDueAt: DECISION_DUE, answerDueAt: ANSWER_DUE, ...over,
  });
}
const routed = (over: Partial<Complaint> = {}) => complaint({ status: ComplaintStatus.ROUTED, handlingAgency: Agency.IPO, handlingRegion: "440300", ...over });

/** The error code a step refuses with (FORBIDDEN, BAD_USER_INPUT), or undefined when it does not. */
function refusal(step: () => unknown): unknown {
  try {
    step();
  } catch (e) {
    return (e as GraphQLError).extensions?.code;
  }
  return undefined;
}

const SZ_SAIC = identity("SAIC", "440300");
const SZ_IPO = identity("IPO", "440300");
const GD_COMMERCE = identity("COMMERCE", "440000");
const now = at("2017-10-02T10:00:00+08:00");

describe("complaint workflow", () => {
  test("the recording agency, COMMERCE or the office route it inside the region it was recorded in", () => {
    const step = route(complaint(), SZ_SAIC, Agency.IPO, "440300", now);
    expect(step).toEqual({
      changes: { status: ComplaintStatus.ROUTED, handlingAgency: Agency.IPO, handlingRegion: "440300", routedAt: now, decidedAt: null, decisionReason: null },
      kind: ComplaintEventKind.ROUTED,
    });
    expect(route(complaint(), GD_COMMERCE, Agency.SAIC, "440100", now).changes.handlingRegion).toBe("440100");
    expect(refusal(() => route(complaint(), SZ_IPO, Agency.SAIC, "440300", now))).toBe("FORBIDDEN");
    expect(refusal(() => route(complaint(), identity("COMMERCE", "330000"), Agency.SAIC, "440300", now))).toBe("FORBIDDEN");
    expect(refusal(() => route(complaint(), SZ_SAIC, Agency.SAIC, "440100", now))).toBe("FORBIDDEN");
  });

  test("only to an agency that opens admin cases; not twice to the same place; a declined one may be routed on", () => {
    expect(refusal(() => route(complaint(), SZ_SAIC, Agency.POLICE, "440300", now))).toBe("BAD_USER_INPUT");
    expect(refusal(() => route(routed(), SZ_SAIC, Agency.IPO, "440300", now))).toBe("BAD_USER_INPUT");
    expect(route(routed({ status: ComplaintStatus.DECLINED }), SZ_SAIC, Agency.IPO, "440300", now).changes.status).toBe(ComplaintStatus.ROUTED);
    for (const status of [ComplaintStatus.ACCEPTED, ComplaintStatus.ANSWERED])
      expect(refusal(() => route(routed({ status }), SZ_SAIC, Agency.PRESS, "440300", now))).toBe("BAD_USER_INPUT");
  });

  test("the handling agency decides once, after routing; accepting names the case it opened", () => {
    const accepted = decide(routed(), SZ_IPO, true, now, "已立案", { type: "PATENT_CASE", id: "p1" });
    expect(accepted).toEqual({
      changes: { status: ComplaintStatus.ACCEPTED, decidedAt: now, decisionReason: "已立案", resultingCaseType: "PATENT_CASE", resultingCaseId: "p1" },
      kind: ComplaintEventKind.ACCEPTED,
    });
    expect(decide(routed(), SZ_IPO, false, now, "不属于本部门职责", null).changes).toMatchObject({ status: ComplaintStatus.DECLINED, resultingCaseId: null });
    expect(refusal(() => decide(complaint(), SZ_SAIC, true, now, null, null))).toBe("BAD_USER_INPUT");
    expect(refusal(() => decide(routed(), SZ_SAIC, true, now, null, null))).toBe("FORBIDDEN");
    expect(refusal(() => decide(routed(), identity("IPO", "440100"), true, now, null, null))).toBe("FORBIDDEN");
    expect(refusal(() => decide(routed({ status: ComplaintStatus.ACCEPTED }), SZ_IPO, false, now, "again", null))).toBe("BAD_USER_INPUT");
  });

  test("the handling agency answers a decided complaint, not before it was received", () => {
    const decided = routed({ status: ComplaintStatus.ACCEPTED });
    expect(answer(decided, SZ_IPO, "已立案查处", "2017-10-20")).toEqual({
      changes: { status: ComplaintStatus.ANSWERED, answer: "已立案查处", answeredOn: "2017-10-20" },
      kind: ComplaintEventKind.ANSWERED,
    });
    expect(refusal(() => answer(decided, SZ_SAIC, "x", "2017-10-20"))).toBe("FORBIDDEN");
    expect(refusal(() => answer(routed(), SZ_IPO, "x", "2017-10-20"))).toBe("BAD_USER_INPUT");
    expect(refusal(() => answer(decided, SZ_IPO, "x", "2017-09-28"))).toBe("BAD_USER_INPUT");
  });

  test("the pending deadline is the decision's until decided, then the answer's, none once answered", () => {
    expect(pendingDueAt(complaint())).toBe(DECISION_DUE);
    expect(pendingDueAt(routed())).toBe(DECISION_DUE);
    expect(pendingDueAt(routed({ status: ComplaintStatus.DECLINED }))).toBe(ANSWER_DUE);
    expect(pendingDueAt(routed({ status: ComplaintStatus.ANSWERED }))).toBeNull();
    expect(overdue(routed(), at("2017-10-17T00:00:00+08:00"))).toBe(true);
    expect(overdue(routed(), at("2017-10-16T23:00:00+08:00"))).toBe(false);
    expect(overdue(routed({ status: ComplaintStatus.ANSWERED }), at("2018-01-01T00:00:00+08:00"))).toBe(false);
  });
});
