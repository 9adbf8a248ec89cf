import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import { errorOf, identity, startFakeDependents, subgraphUnderTest } from "@ipr/shared/testing";
import { police } from "./index";

const SZ = identity("POLICE", "440300", "sz-officer");
const GZ = identity("POLICE", "440100");
const GD = identity("POLICE", "440000", "gd-officer");
const SAIC = identity("SAIC", "440300");

// the office as the registry's dependent of a case record; the procuratorate's decisions and linkage's referrals name a criminal case
const running = subgraphUnderTest(police, { peers: { procuratorate: startFakeDependents, linkage: startFakeDependents } });
const { call, sql, versions, peers } = running;

const CORRECT = `mutation($input: CorrectCriminalCaseInput!) { correctCriminalCase(input: $input) {
  id region amountInvolved filedOn suspects { id } history { version action actor agency reason changes { field from to } } } }`;
const WITHDRAW = `mutation($input: WithdrawRecordInput!) { withdrawCriminalCase(input: $input) { id } }`;
let n = 0;
async function file(who = SZ, over: Record<string, unknown> = {}) {
  const k = ++n;
  const region = (over.region as string) ?? "440300";
  const res = await call(who, `mutation($input: FileCriminalCaseInput!) { fileCriminalCase(input: $input) { id suspects { id } } }`, {
    input: {
      filingNumber: `深公更立字〔2017〕${k}号`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: "2017-10-09", amountInvolved: "80000",
      rightHolderCreditCode: makeCreditCode("440300", k), foreignInvested: true,
      suspects: [{ name: "张三", idNumber: makeIdNumber(region, "1985-03-12", k), caughtOn: "2017-10-10" }], ...over,
    },
  });
  expect(res.errors).toBeUndefined();
  return { id: res.data.fileCriminalCase.id as string, person: res.data.fileCriminalCase.suspects[0].id as string };
}

describe("correcting a criminal case", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("writes the given fields and keeps a version; the suspects follow a corrected region", async () => {
    const { id, person } = await file(GD, { region: "440300" });
    const res = await call(GD, CORRECT, { input: { id, reason: "立案地录入错误", region: "440100", amountInvolved: "85000" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.correctCriminalCase).toMatchObject({ region: "440100", amountInvolved: "85000.00", suspects: [{ id: person }] });
    expect(res.data.correctCriminalCase.history).toEqual([{
      version: 1, action: "CORRECTED", actor: "gd-officer", agency: "POLICE", reason: "立案地录入错误",
      changes: [{ field: "amountInvolved", from: "80000.00", to: "85000.00" }, { field: "region", from: "440300", to: "440100" }],
    }]);
    expect((await sql(`select region from police.person where id = ?`, [person]))[0].region).toBe("440100");
    expect((await call(SZ, `query($id: ID!) { person(id: $id) { id } }`, { id: person })).data.person).toBeNull();
    expect((await call(GZ, `query($id: ID!) { person(id: $id) { id } }`, { id: person })).data.person).toEqual({ id: person });
  });

  test.each([
    ["another agency", SAIC, {}, "FORBIDDEN", undefined],
    ["another region's case (reads as absent)", GZ, {}, "NOT_FOUND", "input.id"],
    ["no reason", SZ, { reason: " " }, "BAD_USER_INPUT", "input.reason"],
    ["a correction that changes nothing", SZ, { amountInvolved: "80000.00" }, "BAD_USER_INPUT", "input"],
    ["a filing date in the future", SZ, { filedOn: "2999-01-01" }, "BAD_USER_INPUT", "input.filedOn"],
    ["a region outside the caller's", SZ, { region: "440100" }, "FORBIDDEN", "input.region"],
    ["a malformed credit code", SZ, { rightHolderCreditCode: "123" }, "BAD_USER_INPUT", "input.rightHolderCreditCode"],
    ["clearing a required field", SZ, { filingNumber: null }, "BAD_USER_INPUT", "input.filingNumber"],
  ])("refuses %s, writing nothing", async (_what, who, over, code, field) => {
    const { id } = await file();
    expect(errorOf(await call(who, CORRECT, { input: { id, reason: "更正", amountInvolved: "81000", ...over } }))).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await versions(id)).toBe(0);
    expect((await sql(`select amount_involved from police.criminal_case where id = ?`, [id]))[0].amount_involved).toBe("80000.00");
  });

  test("a filing number already used, even by a withdrawn case, is refused", async () => {
    const first = await file();
    expect((await call(SZ, WITHDRAW, { input: { id: first.id, reason: "重复立案" } })).errors).toBeUndefined();
    const { id } = await file();
    const res = await call(SZ, CORRECT, { input: { id, reason: "更正", filingNumber: `深公更立字〔2017〕${n - 1}号` } });
    expect(errorOf(res)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filingNumber" });
  });

  test("fields the procuratorate's or linkage's records rely on are refused, others pass; withdrawal is refused", async () => {
    const { id } = await file();
    const review = { type: "ArrestReview", id: "4b0c6f4e-0d5e-4c1a-9e52-0c5d1f0a0001", region: "440300", relies: ["region", "filedOn", "foreignInvested"] };
    const referral = { type: "Referral", id: "4b0c6f4e-0d5e-4c1a-9e52-0c5d1f0a0002", region: "440300", relies: ["filedOn"] };
    peers.procuratorate.put("CriminalCase", id, [review]);
    peers.linkage.put("CriminalCase", id, [referral]);
    const refused = await call(SZ, CORRECT, { input: { id, reason: "更正", filedOn: "2017-10-08" } });
    expect(errorOf(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filedOn", reason: "DEPENDENT_RECORDS" });
    expect((errorOf(refused)!.dependents as Array<{ type: string }>).map((d) => `${d.type}@${(d as { subgraph?: string }).subgraph}`)).toEqual(["ArrestReview@procuratorate", "Referral@linkage"]);
    expect((await call(SZ, CORRECT, { input: { id, reason: "金额更正", amountInvolved: "90000" } })).errors).toBeUndefined();
    expect(errorOf(await call(SZ, WITHDRAW, { input: { id, reason: "撤销" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id", reason: "DEPENDENT_RECORDS" });
    expect(await versions(id)).toBe(1);
    peers.procuratorate.clear();
    peers.linkage.clear();
  });
});

describe("withdrawing a criminal case", () => {
  test("leaves lookups, lists, its suspects and the monthly table; the history stays", async () => {
    const { id, person } = await file(SZ, { filedOn: "2017-11-03", suspects: [{ name: "李四", idNumber: makeIdNumber("440300", "1980-01-01", 900), caughtOn: "2017-11-04" }] });
    const tally = async () =>
      (await call(SZ, `{ _entities(representations: [{ __typename: "MonthlyReport", region: "440300", period: "2017-11", scope: FOREIGN_INVESTED }]) { ... on MonthlyReport { police { casesFiled suspectsCaught amountInvolved } } } }`)).data._entities[0].police;
    const list = async () => (await call(SZ, `{ criminalCases(first: 100, filter: { filedFrom: "2017-11-03", filedTo: "2017-11-03" }) { totalCount edges { node { id } } } }`)).data.criminalCases;
    const before = await tally();
    const listed = await list();
    expect(listed.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    expect((await call(SZ, WITHDRAW, { input: { id, reason: "重复立案，撤销" } })).errors).toBeUndefined();
    expect((await call(SZ, `query($id: ID!) { criminalCase(id: $id) { id } }`, { id })).data.criminalCase).toBeNull();
    expect((await call(SZ, `query($id: ID!) { person(id: $id) { id } }`, { id: person })).data.person).toBeNull();
    expect((await list()).totalCount).toBe(listed.totalCount - 1);
    expect(await tally()).toEqual({ casesFiled: before.casesFiled - 1, suspectsCaught: before.suspectsCaught - 1, amountInvolved: (Number(before.amountInvolved) - 80000).toFixed(2) });
    const history = await call(SZ, `query($id: ID!) { criminalCaseHistory(id: $id) { version action reason } }`, { id });
    expect(history.data.criminalCaseHistory).toEqual([{ version: 1, action: "WITHDRAWN", reason: "重复立案，撤销" }]);
    expect(errorOf(await call(SZ, WITHDRAW, { input: { id, reason: "再撤" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    expect(errorOf(await call(SZ, CORRECT, { input: { id, reason: "更正", amountInvolved: "1" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
  });

  test("a case in a live cluster keeps its region and stays; once the cluster is withdrawn it can go", async () => {
    const a = await file(GD, { region: "440300" });
    const b = await file(GD, { region: "440100" });
    const created = await call(GD, `mutation($input: CreateCaseClusterInput!) { createCaseCluster(input: $input) { id } }`, {
      input: { name: "更正测试集群", leadRegion: "440300", memberCaseIds: [a.id, b.id] },
    });
    expect(created.errors).toBeUndefined();
    const cluster = created.data.createCaseCluster.id as string;
    const moved = await call(GD, CORRECT, { input: { id: a.id, reason: "更正", region: "440100" } });
    expect(errorOf(moved)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.region", reason: "DEPENDENT_RECORDS", dependents: [{ type: "CaseCluster", id: cluster, subgraph: "police" }] });
    expect(errorOf(await call(GD, WITHDRAW, { input: { id: a.id, reason: "撤销" } }))).toMatchObject({ reason: "DEPENDENT_RECORDS" });

    const renamed = await call(GD, `mutation($input: CorrectCaseClusterInput!) { correctCaseCluster(input: $input) { name history { changes { field to } } } }`, {
      input: { id: cluster, reason: "名称更正", name: "2017-10 跨市假冒手表集群战役" },
    });
    expect(renamed.data.correctCaseCluster).toEqual({ name: "2017-10 跨市假冒手表集群战役", history: [{ changes: [{ field: "name", to: "2017-10 跨市假冒手表集群战役" }] }] });
    const badLead = await call(GD, `mutation($input: CorrectCaseClusterInput!) { correctCaseCluster(input: $input) { id } }`, { input: { id: cluster, reason: "更正", leadRegion: "440500" } });
    expect(errorOf(badLead)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.leadRegion" });
    expect(errorOf(await call(SZ, `mutation($input: WithdrawRecordInput!) { withdrawCaseCluster(input: $input) { id } }`, { input: { id: cluster, reason: "" } }))).toMatchObject({ field: "input.reason" });
    expect((await call(GD, `mutation($input: WithdrawRecordInput!) { withdrawCaseCluster(input: $input) { id } }`, { input: { id: cluster, reason: "战役取消" } })).errors).toBeUndefined();
    expect((await call(GD, `query($id: ID!) { caseCluster(id: $id) { id } }`, { id: cluster })).data.caseCluster).toBeNull();
    expect((await call(GD, `query($id: ID!) { criminalCase(id: $id) { clusters { id } } }`, { id: a.id })).data.criminalCase.clusters).toEqual([]);
    expect((await call(GD, WITHDRAW, { input: { id: a.id, reason: "撤销" } })).errors).toBeUndefined();
  });
});
