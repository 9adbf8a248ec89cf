import { newId } from "@ipr/shared";
import { errorOf, identity, startFakeDependents, subgraphUnderTest } from "@ipr/shared/testing";
import { procuratorate } from "./index";
import { startFakePeers } from "./fake-peers.testing";

const SZ = identity("PROCURATORATE", "440300", "sz-prosecutor");
const GZ = identity("PROCURATORATE", "440100");
const POLICE = identity("POLICE", "440300");
const SAIC = identity("SAIC", "440300");

// the office as the registry's dependent of a case record; the police answer for their case, the courts for a prosecution's trials
const running = subgraphUnderTest(procuratorate, { peers: { police: startFakePeers, courts: startFakeDependents } });
const { call, sql, versions, peers } = running;

const P1 = newId(), P2 = newId();
const CASE = newId();

beforeAll(() => {
  peers.police.put("CriminalCase", { id: CASE, region: "440305", filedOn: "2017-10-12", suspects: [{ id: P1 }, { id: P2 }] });
});

const CORRECT_PROSECUTION = `mutation($input: CorrectProsecutionInput!) { correctProsecution(input: $input) {
  id decision decidedOn charges defendants { id } history { version action actor agency reason changes { field from to } } } }`;
const CORRECT_REVIEW = `mutation($input: CorrectArrestReviewInput!) { correctArrestReview(input: $input) { id decision decidedOn } }`;
async function record(kind: "ArrestReview" | "Prosecution", over: Record<string, unknown> = {}): Promise<string> {
  const base = { criminalCaseId: CASE, decidedOn: "2017-11-15", region: "440300", foreignInvested: true, ...over };
  const res = kind === "ArrestReview"
    ? await call(SZ, `mutation($input: RecordArrestReviewInput!) { recordArrestReview(input: $input) { id } }`, { input: { personIds: [P1, P2], decision: "APPROVED", ...base } })
    : await call(SZ, `mutation($input: RecordProsecutionInput!) { recordProsecution(input: $input) { id } }`, { input: { defendantIds: [P1], decision: "PROSECUTED", charges: "假冒注册商标罪", ...base } });
  expect(res.errors).toBeUndefined();
  return (res.data.recordArrestReview ?? res.data.recordProsecution).id;
}
const tally = async () =>
  (await call(SZ, `{ _entities(representations: [{ __typename: "MonthlyReport", region: "440300", period: "2017-12", scope: ALL }]) { ... on MonthlyReport { procuratorate { arrestApprovedCases arrestApprovedPersons prosecutedCases prosecutedPersons } } } }`)).data._entities[0].procuratorate;

describe("correcting a procuratorial decision", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("a prosecution's date and charges are corrected with a version; its defendants stay", async () => {
    const id = await record("Prosecution");
    const res = await call(SZ, CORRECT_PROSECUTION, { input: { id, reason: "起诉书日期笔误", decidedOn: "2017-11-16", charges: "销售假冒注册商标的商品罪" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.correctProsecution).toMatchObject({ decidedOn: "2017-11-16", charges: "销售假冒注册商标的商品罪", defendants: [{ id: P1 }] });
    expect(res.data.correctProsecution.history).toEqual([{
      version: 1, action: "CORRECTED", actor: "sz-prosecutor", agency: "PROCURATORATE", reason: "起诉书日期笔误",
      changes: [{ field: "charges", from: "假冒注册商标罪", to: "销售假冒注册商标的商品罪" }, { field: "decidedOn", from: "2017-11-15", to: "2017-11-16" }],
    }]);
  });

  test.each([
    ["another agency", SAIC, {}, "FORBIDDEN", undefined],
    ["another region's decision (reads as absent)", GZ, {}, "NOT_FOUND", "input.id"],
    ["no reason", SZ, { reason: "" }, "BAD_USER_INPUT", "input.reason"],
    ["a decision before the case was filed (the creation check, asked of the police)", SZ, { decidedOn: "2017-10-01" }, "BAD_USER_INPUT", "input.decidedOn"],
    ["a region outside the caller's", SZ, { region: "440100" }, "FORBIDDEN", "input.region"],
    ["a correction that changes nothing", SZ, { decision: "APPROVED" }, "BAD_USER_INPUT", "input"],
  ])("an arrest review: refuses %s, writing nothing", async (_what, who, over, code, field) => {
    const id = await record("ArrestReview");
    expect(errorOf(await call(who, CORRECT_REVIEW, { input: { id, reason: "更正", decision: "DISAPPROVED", ...over } }))).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await versions(id)).toBe(0);
  });

  test("a prosecution a court case tries keeps its decision and cannot be withdrawn; its charges can change", async () => {
    const id = await record("Prosecution");
    peers.courts.put("Prosecution", id, [{ type: "CourtCase", id: newId(), region: "440300", relies: ["decision", "decidedOn", "region", "foreignInvested"] }]);
    const refused = await call(SZ, CORRECT_PROSECUTION, { input: { id, reason: "更正", decision: "NOT_PROSECUTED" } });
    expect(errorOf(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.decision", reason: "DEPENDENT_RECORDS", dependents: [{ type: "CourtCase", subgraph: "courts" }] });
    expect((await call(SZ, CORRECT_PROSECUTION, { input: { id, reason: "罪名更正", charges: "侵犯著作权罪" } })).errors).toBeUndefined();
    const withdraw = await call(SZ, `mutation($input: WithdrawRecordInput!) { withdrawProsecution(input: $input) { id } }`, { input: { id, reason: "撤销" } });
    expect(errorOf(withdraw)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id", reason: "DEPENDENT_RECORDS" });
    expect(await versions(id)).toBe(1);
    peers.courts.clear();
  });
});

describe("withdrawing a procuratorial decision", () => {
  test("leaves lookups, the case's lists, the monthly table and the police's dependents; the history stays", async () => {
    const before = await tally();
    const review = await record("ArrestReview", { decidedOn: "2017-12-05" });
    const prosecution = await record("Prosecution", { decidedOn: "2017-12-05" });
    const dependents = async () =>
      (await call(POLICE, `query($id: ID!) { procuratorateDependents(typename: "CriminalCase", id: $id) { type id relies } }`, { id: CASE })).data.procuratorateDependents;
    expect((await dependents()).map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([review, prosecution]));
    expect((await dependents()).find((d: { id: string }) => d.id === review).relies).toEqual(["region", "filedOn", "foreignInvested"]);
    expect(await tally()).toEqual({ arrestApprovedCases: 1, arrestApprovedPersons: 2, prosecutedCases: 1, prosecutedPersons: 1 });

    for (const [type, id] of [["ArrestReview", review], ["Prosecution", prosecution]]) {
      const res = await call(SZ, `mutation($input: WithdrawRecordInput!) { withdraw${type}(input: $input) { id } }`, { input: { id, reason: "录入重复，撤销" } });
      expect(res.errors).toBeUndefined();
    }
    expect(await tally()).toEqual(before);
    expect((await call(SZ, `query($id: ID!) { prosecution(id: $id) { id } }`, { id: prosecution })).data.prosecution).toBeNull();
    const listed = await call(SZ, `query($c: ID!) { prosecutions(first: 100, filter: { criminalCaseId: $c }) { edges { node { id } } } }`, { c: CASE });
    expect(listed.data.prosecutions.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(prosecution);
    const onCase = await call(SZ, `query($r: [_Any!]!) { _entities(representations: $r) { ... on CriminalCase { arrestReviews { id } prosecutions { id } } } }`, { r: [{ __typename: "CriminalCase", id: CASE }] });
    expect(onCase.data._entities[0].arrestReviews.map((r: { id: string }) => r.id)).not.toContain(review);
    const left = (await dependents()).map((d: { id: string }) => d.id);
    expect(left).not.toContain(review);
    expect(left).not.toContain(prosecution);
    expect((await call(SZ, `query($id: ID!) { prosecutionHistory(id: $id) { action reason } }`, { id: prosecution })).data.prosecutionHistory).toEqual([{ action: "WITHDRAWN", reason: "录入重复，撤销" }]);
  });

  test("only the police ask about a criminal case's dependents", async () => {
    expect(errorOf(await call(SAIC, `{ procuratorateDependents(typename: "CriminalCase", id: "${CASE}") { id } }`))).toMatchObject({ code: "FORBIDDEN" });
  });
});
