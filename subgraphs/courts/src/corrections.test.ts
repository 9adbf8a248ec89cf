import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { makeCreditCode } from "@ipr/shared";
import { errorOf, identity, subgraphUnderTest, type StandIn } from "@ipr/shared/testing";
import { courts } from "./index";
import type { ProsecutionFacts } from "./prosecutions";

const SZ = identity("COURTS", "440300", "sz-judge");
const GZ = identity("COURTS", "440100");
const PROCURATORATE = identity("PROCURATORATE", "440300");
const holder = makeCreditCode("440300", 1);
const infringer = makeCreditCode("440300", 2);

/* A stand-in for the procuratorate's `_entities` on Prosecution; the real one is in test/src/corrections-chain.e2e.test.ts. */
const prosecutions = new Map<string, ProsecutionFacts>();
const peer = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const { variables } = JSON.parse(body) as { variables: { r: Array<{ id: string }> } };
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ data: { _entities: variables.r.map((r) => prosecutions.get(r.id) ?? null) } }));
  });
});
const startProcuratorate = async (): Promise<StandIn> => {
  await new Promise<void>((resolve) => peer.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(peer.address() as AddressInfo).port}/graphql`, stop: () => new Promise<void>((resolve) => peer.close(() => resolve())) };
};
const P = { id: randomUUID(), decision: "PROSECUTED", region: "440300", decidedOn: "2017-11-20", foreignInvested: true, defendants: [{ id: randomUUID() }] } as ProsecutionFacts;
prosecutions.set(P.id, P);

// the office as the registry's dependent of a case record
const running = subgraphUnderTest(courts, { peers: { procuratorate: startProcuratorate } });
const { call, versions, peers } = running;

let serial = 0;
async function file(over: Record<string, unknown> = {}): Promise<string> {
  const res = await call(SZ, `mutation($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`, { input: {
    caseNumber: `（2017）粤03民初更${++serial}号`, kind: "CIVIL", region: "440300", filedOn: "2017-10-09", plaintiffCreditCode: holder,
    defendantCreditCode: infringer, ipType: "TRADEMARK", foreignInvested: true, ...over,
  } });
  expect(res.errors).toBeUndefined();
  return res.data.fileCourtCase.id;
}
async function judge(courtCaseId: string, over: Record<string, unknown> = {}): Promise<string> {
  const res = await call(SZ, `mutation($input: RecordJudgmentInput!) { recordJudgment(input: $input) { judgment { id } } }`, {
    input: { courtCaseId, decidedOn: "2017-11-10", verdict: "FOR_PLAINTIFF", damages: "50000", ...over },
  });
  expect(res.errors).toBeUndefined();
  return res.data.recordJudgment.judgment.id;
}
const CORRECT_CASE = `mutation($input: CorrectCourtCaseInput!) { correctCourtCase(input: $input) { id filedOn ipType history { version changes { field from to } } } }`;
const CORRECT_JUDGMENT = `mutation($input: CorrectJudgmentInput!) { correctJudgment(input: $input) { id verdict damages history { version actor reason } } }`;
const WITHDRAW = (type: string) => `mutation($input: WithdrawRecordInput!) { withdraw${type}(input: $input) { id } }`;

describe("correcting court cases and judgments", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("a court case is corrected with a version", async () => {
    const id = await file();
    const res = await call(SZ, CORRECT_CASE, { input: { id, reason: "案由分类错误", ipType: "COPYRIGHT" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.correctCourtCase).toMatchObject({ ipType: "COPYRIGHT", history: [{ version: 1, changes: [{ field: "ipType", from: "TRADEMARK", to: "COPYRIGHT" }] }] });
  });

  test.each([
    ["another agency", PROCURATORATE, {}, "FORBIDDEN", undefined],
    ["another region's case", GZ, {}, "NOT_FOUND", "input.id"],
    ["no reason", SZ, { reason: "" }, "BAD_USER_INPUT", "input.reason"],
    ["a civil case without its defendant (the filing rule)", SZ, { defendantCreditCode: null }, "BAD_USER_INPUT", "input.defendantCreditCode"],
    ["a region outside the caller's", SZ, { region: "440100" }, "FORBIDDEN", "input.region"],
  ])("a court case: refuses %s, writing nothing", async (_what, who, over, code, field) => {
    const id = await file();
    expect(errorOf(await call(who, CORRECT_CASE, { input: { id, reason: "更正", ipType: "PATENT", ...over } }))).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await versions(id)).toBe(0);
  });

  test("a criminal trial is checked against its prosecution again", async () => {
    const id = await file({ caseNumber: `（2017）粤03刑初更${++serial}号`, kind: "CRIMINAL", filedOn: "2017-12-01", prosecutionId: P.id, plaintiffCreditCode: null, defendantCreditCode: null });
    expect(errorOf(await call(SZ, CORRECT_CASE, { input: { id, reason: "更正", filedOn: "2017-11-01" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filedOn" });
    expect(errorOf(await call(SZ, CORRECT_CASE, { input: { id, reason: "更正", foreignInvested: false } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.foreignInvested" });
    const dependents = await call(PROCURATORATE, `query($id: ID!) { courtsDependents(typename: "Prosecution", id: $id) { type id relies } }`, { id: P.id });
    expect(dependents.data.courtsDependents).toEqual([{ type: "CourtCase", id, relies: ["decision", "decidedOn", "region", "foreignInvested"] }]);
    expect(errorOf(await call(SZ, `query($id: ID!) { courtsDependents(typename: "Prosecution", id: $id) { id } }`, { id: P.id }))).toMatchObject({ code: "FORBIDDEN" });
  });

  test("a judged case keeps its filing date and cannot be withdrawn; its judgment can be corrected", async () => {
    const id = await file();
    const judgment = await judge(id);
    const refused = await call(SZ, CORRECT_CASE, { input: { id, reason: "更正", filedOn: "2017-10-10" } });
    expect(errorOf(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filedOn", reason: "DEPENDENT_RECORDS", dependents: [{ type: "Judgment", id: judgment, subgraph: "courts" }] });
    expect(errorOf(await call(SZ, WITHDRAW("CourtCase"), { input: { id, reason: "撤销" } }))).toMatchObject({ field: "input.id", reason: "DEPENDENT_RECORDS" });
    expect((await call(SZ, CORRECT_CASE, { input: { id, reason: "分类更正", ipType: "PATENT" } })).errors).toBeUndefined();
    // a major-case report (office) relies on the case's facts too
    peers.office.put("CourtCase", id, [{ type: "MajorCaseReport", id: randomUUID(), region: "440300", relies: ["region", "filedOn"] }]);
    expect((errorOf(await call(SZ, CORRECT_CASE, { input: { id, reason: "更正", filedOn: "2017-10-10" } }))!.dependents as Array<{ type: string }>).map((d) => d.type).sort())
      .toEqual(["Judgment", "MajorCaseReport"]);
    peers.office.clear();

    const res = await call(SZ, CORRECT_JUDGMENT, { input: { id: judgment, reason: "赔偿额笔误", damages: "55000" } });
    expect(res.data.correctJudgment).toMatchObject({ damages: "55000.00", history: [{ version: 1, actor: "sz-judge", reason: "赔偿额笔误" }] });
    expect(errorOf(await call(SZ, CORRECT_JUDGMENT, { input: { id: judgment, reason: "更正", decidedOn: "2017-10-01" } }))).toMatchObject({ field: "input.decidedOn" });
    expect(errorOf(await call(SZ, CORRECT_JUDGMENT, { input: { id: judgment, reason: "更正", verdict: "GUILTY" } }))).toMatchObject({ field: "input.verdict" });
    expect(errorOf(await call(SZ, CORRECT_JUDGMENT, { input: { id: judgment, reason: "更正", verdict: "FOR_DEFENDANT" } }))).toMatchObject({ field: "input.damages" });
    expect(await versions(judgment)).toBe(1);
  });
});

describe("withdrawing judgments and court cases", () => {
  test("a withdrawn judgment leaves the case, the lists and the tally; the case is judged again, then can go", async () => {
    const id = await file({ filedOn: "2017-09-04" });
    const tally = async () =>
      (await call(SZ, `{ _entities(representations: [{ __typename: "MonthlyReport", region: "440300", period: "2017-09", scope: ALL }]) { ... on MonthlyReport { courts { casesFiled judgments } } } }`)).data._entities[0].courts;
    const judgment = await judge(id, { decidedOn: "2017-09-20" });
    expect(await tally()).toEqual({ casesFiled: 1, judgments: 1 });
    expect((await call(SZ, WITHDRAW("Judgment"), { input: { id: judgment, reason: "判决录入错误" } })).errors).toBeUndefined();
    expect(await tally()).toEqual({ casesFiled: 1, judgments: 0 });
    const read = async () => (await call(SZ, `query($id: ID!) { courtCase(id: $id) { judgment { id } } }`, { id })).data.courtCase;
    expect(await read()).toEqual({ judgment: null });
    const pending = await call(SZ, `{ courtCases(first: 100, filter: { hasJudgment: false }) { edges { node { id } } } }`);
    expect(pending.data.courtCases.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    const again = await judge(id, { decidedOn: "2017-09-21" });
    expect(await read()).toEqual({ judgment: { id: again } });
    expect(errorOf(await call(SZ, `mutation($input: RecordJudgmentInput!) { recordJudgment(input: $input) { id } }`, {
      input: { courtCaseId: id, decidedOn: "2017-09-22", verdict: "FOR_PLAINTIFF" } }))).toMatchObject({ field: "input.courtCaseId" });
    expect((await call(SZ, WITHDRAW("Judgment"), { input: { id: again, reason: "撤销" } })).errors).toBeUndefined();
    expect((await call(SZ, WITHDRAW("CourtCase"), { input: { id, reason: "重复立案" } })).errors).toBeUndefined();
    expect(await tally()).toEqual({ casesFiled: 0, judgments: 0 });
    expect((await call(SZ, `query($id: ID!) { courtCase(id: $id) { id } }`, { id })).data.courtCase).toBeNull();
    expect((await call(SZ, `query($id: ID!) { courtCaseHistory(id: $id) { action reason } }`, { id })).data.courtCaseHistory).toEqual([{ action: "WITHDRAWN", reason: "重复立案" }]);
    expect((await call(SZ, `query($id: ID!) { judgmentHistory(id: $id) { action } }`, { id: judgment })).data.judgmentHistory).toEqual([{ action: "WITHDRAWN" }]);
  });
});
