import { makeCreditCode } from "@ipr/shared";
import { errorOf, identity, subgraphUnderTest } from "@ipr/shared/testing";
import { commerce } from "./index";

const SZ_COMMERCE = identity("COMMERCE", "440300", "sz-commerce");
const GZ_COMMERCE = identity("COMMERCE", "440100");
const SZ_SAIC = identity("SAIC", "440300", "sz-saic");
const SZ_IPO = identity("IPO", "440300");

const running = subgraphUnderTest(commerce, { clock: () => new Date("2017-10-10T10:00:00+08:00") });
const { call, versions } = running;

let serial = 0;
async function fileComplaint(who = SZ_COMMERCE, over: Record<string, unknown> = {}): Promise<string> {
  const res = await call(who, `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id } }`, { input: {
    complainantCreditCode: makeCreditCode("310000", 8000 + ++serial), channel: "COMMERCE_CENTRE", rightType: "TRADEMARK", subject: `仿冒外资品牌${serial}`,
    description: "在深圳发现大量仿冒其注册商标的商品。", region: "440300", receivedOn: "2017-09-29", contactName: "王小明", contactPhone: "138 0013 8000", ...over,
  } });
  expect(res.errors).toBeUndefined();
  return res.data.fileComplaint.id;
}
async function recordEvent(who = SZ_SAIC): Promise<string> {
  const res = await call(who, `mutation($input: RecordOutreachEventInput!) { recordOutreachEvent(input: $input) { id } }`, { input: {
    title: "外资企业知识产权保护座谈会", heldOn: "2017-10-09", region: "440300", audienceKind: "FOREIGN_CHAMBER", audience: "华南美国商会", attendees: 60,
    topics: ["打击侵权假冒专项行动进展", "投诉渠道"],
  } });
  expect(res.errors).toBeUndefined();
  return res.data.recordOutreachEvent.id;
}
const CORRECT_COMPLAINT = `mutation($input: CorrectComplaintInput!) { correctComplaint(input: $input) {
  id receivedOn decisionDueAt answerDueAt history { version actor agency reason changes { field from to } } } }`;
const CORRECT_EVENT = `mutation($input: CorrectOutreachEventInput!) { correctOutreachEvent(input: $input) { id attendees topics history { changes { field from to } } } }`;
const WITHDRAW = (type: string) => `mutation($input: WithdrawRecordInput!) { withdraw${type}(input: $input) { id } }`;

describe("correcting and withdrawing complaints", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("the recording agency corrects the receipt date; the deadlines follow; the contact's change is hidden from other agencies", async () => {
    const id = await fileComplaint(SZ_SAIC);
    const before = (await call(SZ_SAIC, `query($id: ID!) { complaint(id: $id) { decisionDueAt answerDueAt } }`, { id })).data.complaint;
    const res = await call(SZ_SAIC, CORRECT_COMPLAINT, { input: { id, reason: "收件日期录入错误", receivedOn: "2017-09-28", contactPhone: "138 0013 8001" } });
    expect(res.errors).toBeUndefined();
    const c = res.data.correctComplaint;
    expect(c.receivedOn).toBe("2017-09-28");
    expect(new Date(c.answerDueAt).getTime()).toBeLessThan(new Date(before.answerDueAt).getTime());
    expect(c.history[0]).toMatchObject({ version: 1, actor: "sz-saic", agency: "SAIC", reason: "收件日期录入错误" });
    expect(c.history[0].changes.map((x: { field: string }) => x.field)).toEqual(["answerDueAt", "contactPhone", "decisionDueAt", "receivedOn"]);
    const seenByIpo = await call(SZ_IPO, `query($id: ID!) { complaintHistory(id: $id) { changes { field from to } } }`, { id });
    expect(seenByIpo.data.complaintHistory[0].changes.find((x: { field: string }) => x.field === "contactPhone")).toEqual({ field: "contactPhone", from: null, to: null });
  });

  test.each([
    ["another agency than the recording one", SZ_COMMERCE, {}, "FORBIDDEN", undefined],
    ["another region", GZ_COMMERCE, {}, "NOT_FOUND", "input.id"],
    ["no reason", SZ_SAIC, { reason: "" }, "BAD_USER_INPUT", "input.reason"],
    ["a malformed phone (the filing check)", SZ_SAIC, { contactPhone: "call me" }, "BAD_USER_INPUT", "input.contactPhone"],
    ["a receipt date in the future", SZ_SAIC, { receivedOn: "2999-01-01" }, "BAD_USER_INPUT", "input.receivedOn"],
  ])("refuses %s, writing nothing", async (_what, who, over, code, field) => {
    const id = await fileComplaint(SZ_SAIC);
    expect(errorOf(await call(who, CORRECT_COMPLAINT, { input: { id, reason: "更正", subject: "更正后的事由", ...over } }))).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await versions(id)).toBe(0);
  });

  test("a withdrawn complaint leaves lookups and lists; its history stays", async () => {
    const id = await fileComplaint();
    const list = async () => (await call(SZ_COMMERCE, `{ complaints(first: 100) { totalCount edges { node { id } } } }`)).data.complaints;
    const before = await list();
    expect((await call(SZ_COMMERCE, WITHDRAW("Complaint"), { input: { id, reason: "重复登记" } })).errors).toBeUndefined();
    expect((await call(SZ_COMMERCE, `query($id: ID!) { complaint(id: $id) { id } }`, { id })).data.complaint).toBeNull();
    const after = await list();
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    expect((await call(SZ_COMMERCE, `query($id: ID!) { complaintHistory(id: $id) { action reason } }`, { id })).data.complaintHistory).toEqual([{ action: "WITHDRAWN", reason: "重复登记" }]);
    expect(errorOf(await call(SZ_COMMERCE, WITHDRAW("Complaint"), { input: { id, reason: "再撤" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
  });
});

describe("correcting and withdrawing outreach events", () => {
  test("the organiser corrects an event; an unchanged list is no change, a new one is", async () => {
    const id = await recordEvent();
    expect(errorOf(await call(SZ_SAIC, CORRECT_EVENT, { input: { id, reason: "更正", topics: ["打击侵权假冒专项行动进展", "投诉渠道"] } }))).toMatchObject({ field: "input" });
    const res = await call(SZ_SAIC, CORRECT_EVENT, { input: { id, reason: "人数按签到表更正", attendees: 64, topics: ["打击侵权假冒专项行动进展"] } });
    expect(res.errors).toBeUndefined();
    expect(res.data.correctOutreachEvent).toMatchObject({ attendees: 64, topics: ["打击侵权假冒专项行动进展"] });
    expect(res.data.correctOutreachEvent.history[0].changes).toEqual([
      { field: "attendees", from: "60", to: "64" },
      { field: "topics", from: JSON.stringify(["打击侵权假冒专项行动进展", "投诉渠道"]), to: JSON.stringify(["打击侵权假冒专项行动进展"]) },
    ]);
    expect(errorOf(await call(SZ_COMMERCE, CORRECT_EVENT, { input: { id, reason: "更正", attendees: 1 } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(errorOf(await call(SZ_SAIC, CORRECT_EVENT, { input: { id, reason: "更正", attendees: 0 } }))).toMatchObject({ field: "input.attendees" });
  });

  test("a withdrawn event leaves the lists", async () => {
    const id = await recordEvent(SZ_IPO);
    expect(errorOf(await call(SZ_SAIC, WITHDRAW("OutreachEvent"), { input: { id, reason: "撤销" } }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await call(SZ_IPO, WITHDRAW("OutreachEvent"), { input: { id, reason: "活动取消，误录" } })).errors).toBeUndefined();
    const listed = await call(SZ_IPO, `{ outreachEvents(first: 100) { edges { node { id } } } }`);
    expect(listed.data.outreachEvents.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    expect((await call(SZ_IPO, `query($id: ID!) { outreachEvent(id: $id) { id } }`, { id })).data.outreachEvent).toBeNull();
  });
});
