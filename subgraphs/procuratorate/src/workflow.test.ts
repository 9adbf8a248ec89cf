import { FilingSupervisionStatus as Status } from "./entities/filing-supervision";
import { FilingSupervisionEventKind as Kind } from "./entities/filing-supervision-event";
import { checkSupervisable, close, dueAt, open, orderFiling, receiveExplanation, recordFiling } from "./workflow";

const at = (iso: string) => new Date(iso);
const OPENED = at("2017-11-01T10:00:00+08:00");
/** A supervision as stored right after opening. */
const opened = () => ({ ...open(OPENED, "拒不立案").changes });

describe("filing supervision workflow", () => {
  test("only a declined or overdue referral is supervised", () => {
    expect(() => checkSupervisable({ status: "DECLINED", overdue: false })).not.toThrow();
    expect(() => checkSupervisable({ status: "RECONSIDERATION_DECLINED", overdue: false })).not.toThrow();
    expect(() => checkSupervisable({ status: "SENT", overdue: true })).not.toThrow();
    expect(() => checkSupervisable({ status: "SENT", overdue: false })).toThrow(/declined or left undecided/);
  });

  test("opening requires an explanation within 7 days", () => {
    const step = open(OPENED, "拒不立案");
    expect(step.kind).toBe(Kind.EXPLANATION_REQUIRED);
    expect(step.changes.status).toBe(Status.EXPLANATION_REQUIRED);
    expect(step.changes.explanationDueAt.toISOString()).toBe(at("2017-11-08T23:59:59.999+08:00").toISOString());
    expect(dueAt(step.changes)).toEqual(step.changes.explanationDueAt);
  });

  test("an explanation is received once, not before it was required", () => {
    const step = receiveExplanation(opened(), "证据不足", at("2017-11-03T09:00:00+08:00"));
    expect(step).toMatchObject({ kind: Kind.EXPLANATION_RECEIVED, note: "证据不足", changes: { status: Status.EXPLAINED } });
    expect(dueAt({ ...opened(), ...step.changes })).toBeNull();
    expect(() => receiveExplanation(opened(), "早", at("2017-10-31T09:00:00+08:00"))).toThrow(/before the explanation was required/);
    expect(() => receiveExplanation({ ...opened(), status: Status.EXPLAINED }, "again", at("2017-11-03T09:00:00+08:00"))).toThrow(/no explanation is pending/);
  });

  test("filing is ordered after the explanation or once it is overdue; the police then have 15 days", () => {
    expect(() => orderFiling(opened(), at("2017-11-05T09:00:00+08:00"), null)).toThrow(/have until/);
    const overdue = orderFiling(opened(), at("2017-11-09T09:00:00+08:00"), null);
    expect(overdue.changes.status).toBe(Status.FILING_ORDERED);
    expect(overdue.changes.filingDueAt!.toISOString()).toBe(at("2017-11-24T23:59:59.999+08:00").toISOString());
    const explained = { ...opened(), status: Status.EXPLAINED };
    expect(orderFiling(explained, at("2017-11-04T09:00:00+08:00"), "理由不成立").note).toBe("理由不成立");
    expect(() => orderFiling({ ...opened(), status: Status.FILED }, at("2017-11-04T09:00:00+08:00"), null)).toThrow(/only after the police's explanation/);
  });

  test("the police may file until the supervision ends; closing ends it once", () => {
    const filed = recordFiling({ ...opened(), status: Status.FILING_ORDERED }, at("2017-11-20T09:00:00+08:00"));
    expect(filed.changes).toEqual({ status: Status.FILED, filedAt: at("2017-11-20T09:00:00+08:00") }); // the case is the referral's, not stored here
    expect(() => recordFiling({ ...opened(), status: Status.CLOSED }, new Date())).toThrow(/supervision has ended/);
    expect(close({ ...opened(), status: Status.FILED }, "已立案", new Date()).changes.status).toBe(Status.CLOSED);
    expect(() => close({ ...opened(), status: Status.CLOSED }, "again", new Date())).toThrow(/already closed/);
  });
});
