import { complaintDeadlines } from "@ipr/commerce/dist/deadlines";
import { adminCases } from "./generate";
import { byKey, demo, groupBy, recs, Violations } from "./demo.testing";

/** Commerce's complaints in the demo set (`npm start`, `npm run seed`): every state, the pending ones overdue, deadlines as the subgraph computes them. */
describe("the demo set's complaints", () => {
  const data = demo(1);
  const complaints = recs(data.commerce.complaints);
  const events = groupBy(data.commerce.complaintEvents, "complaint");
  const cases = byKey(adminCases(data));
  const now = new Date();
  const v = new Violations();
  afterEach(() => expect(v.flush()).toEqual([]));

  test("in every state, each pending one past the deadline of its step", () => {
    expect(complaints.length).toBeGreaterThan(50);
    expect(new Set(complaints.map((c) => c.status))).toEqual(new Set(["RECEIVED", "ROUTED", "ACCEPTED", "DECLINED", "ANSWERED"]));
    for (const c of complaints) {
      const due = ["RECEIVED", "ROUTED"].includes(c.status) ? c.decisionDueAt : ["ACCEPTED", "DECLINED"].includes(c.status) ? c.answerDueAt : null;
      v.check(due === null || due < now, `${c.id} (${c.status}) is pending but not overdue`);
    }
  });

  test("deadlines computed from the day of receipt, on the official calendar; accepted ones name a generated case of the handling agency", () => {
    for (const c of complaints) {
      v.check(JSON.stringify(complaintDeadlines(c.receivedOn)) === JSON.stringify({ decisionDueAt: c.decisionDueAt, decisionDueBasis: c.decisionDueBasis, answerDueAt: c.answerDueAt }), `${c.id} deadlines`);
      v.check(c.decisionDueBasis === "OFFICIAL_CALENDAR", `${c.id} counted on weekdays only`);
      if (c.resultingCaseId) {
        const named = cases.get(c.resultingCaseId);
        v.check(named && named.region === c.handlingRegion && (named.openedOn ?? named.seizedOn ?? named.interceptedOn) >= c.receivedOn, `${c.id} names ${c.resultingCaseId}`);
      }
      if (c.status === "ACCEPTED") v.check(c.resultingCaseId, `${c.id} accepted without a case`);
      if (["RECEIVED", "ROUTED", "DECLINED"].includes(c.status)) v.check(!c.resultingCaseId, `${c.id} (${c.status}) names a case`);
    }
  });

  test("each complaint's history starts with FILED and has one event per step reached", () => {
    const steps: Record<string, number> = { RECEIVED: 1, ROUTED: 2, ACCEPTED: 3, DECLINED: 3, ANSWERED: 4 };
    for (const c of complaints) {
      const kinds = (events.get(c.id) ?? []).map((e) => e.kind);
      v.check(kinds[0] === "FILED" && kinds.length === steps[c.status], `${c.id} (${c.status}) events ${kinds.join(",")}`);
    }
  });
});
