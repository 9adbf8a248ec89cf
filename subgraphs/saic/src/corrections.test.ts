import { makeCreditCode } from "@ipr/shared";
import { errorOf, identity, startFakeDependents, subgraphUnderTest } from "@ipr/shared/testing";
import { saic } from "./index";

const SZ = identity("SAIC", "440300", "sz-officer");
const GZ = identity("SAIC", "440100");
const IPO = identity("IPO", "440300");
const holder = makeCreditCode("440300", 11);
const other = makeCreditCode("440300", 12);

// linkage and the office as the registry's dependents of its cases; customs answers for recordations of a mark
const running = subgraphUnderTest(saic, { peers: { customs: startFakeDependents } });
const { call, sql, versions, peers } = running;

const CORRECT = `mutation($input: CorrectSaicCaseInput!) { correctSaicCase(input: $input) {
  id caseNumber amountInvolved openedOn foreignInvested history { version action actor agency reason changes { field from to } } } }`;
const WITHDRAW = `mutation($input: WithdrawRecordInput!) { withdrawSaicCase(input: $input) { id } }`;
let n = 0;
async function openCase(over: Record<string, unknown> = {}) {
  const res = await call(SZ, `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`, {
    input: {
      caseNumber: `深市监更字〔2017〕${++n}号`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn: "2017-10-09",
      rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "80000", ...over,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data.createSaicCase.id as string;
}

beforeAll(async () => {
  for (const [creditCode, foreignInvested] of [[holder, true], [other, false]] as const) {
    const res = await call(SZ, `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`, {
      input: { creditCode, name: `深圳某公司${creditCode.slice(-3)}`, foreignInvested, investorCountry: foreignInvested ? "de" : null, region: "440300" },
    });
    expect(res.errors).toBeUndefined();
  }
});

describe("correcting a market-regulation case", () => {
  test("writes the given fields and keeps a version with who, why and what changed", async () => {
    const id = await openCase();
    const res = await call(SZ, CORRECT, { input: { id, reason: "金额录入错误，按笔录更正", amountInvolved: "85000", openedOn: "2017-10-10" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.correctSaicCase).toMatchObject({ amountInvolved: "85000.00", openedOn: "2017-10-10" });
    expect(res.data.correctSaicCase.history).toEqual([
      {
        version: 1, action: "CORRECTED", actor: "sz-officer", agency: "SAIC", reason: "金额录入错误，按笔录更正",
        changes: [{ field: "amountInvolved", from: "80000.00", to: "85000.00" }, { field: "openedOn", from: "2017-10-09", to: "2017-10-10" }],
      },
    ]);
    const again = await call(SZ, CORRECT, { input: { id, reason: "再次更正", caseNumber: `深市监更字〔2017〕${++n}号` } });
    expect(again.errors).toBeUndefined();
    expect(again.data.correctSaicCase.history.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const [row] = await sql(`select amount_involved, opened_on::text as opened_on from saic.saic_case where id = ?`, [id]);
    expect(row).toMatchObject({ amount_involved: "85000.00", opened_on: "2017-10-10" });
  });

  test.each([
    ["another agency", IPO, {}, "FORBIDDEN", undefined],
    ["another region's case (reads as absent)", GZ, {}, "NOT_FOUND", "input.id"],
    ["no reason", SZ, { reason: "  " }, "BAD_USER_INPUT", "input.reason"],
    ["a control character in the reason", SZ, { reason: "更正\u0000" }, "BAD_USER_INPUT", "input.reason"],
    ["a correction that changes nothing", SZ, { amountInvolved: "80000.00" }, "BAD_USER_INPUT", "input"],
    ["a date in the future (the creation check)", SZ, { openedOn: "2999-01-01" }, "BAD_USER_INPUT", "input.openedOn"],
    ["a region outside the caller's", SZ, { region: "440100" }, "FORBIDDEN", "input.region"],
    ["foreign investment the register contradicts", SZ, { foreignInvested: false }, "BAD_USER_INPUT", "input.foreignInvested"],
    ["a right holder not on the register", SZ, { rightHolderCreditCode: makeCreditCode("440300", 99) }, "NOT_FOUND", "input.rightHolderCreditCode"],
    ["clearing a required field", SZ, { caseNumber: null }, "BAD_USER_INPUT", "input.caseNumber"],
    ["a trade-secret loss on a trademark case", SZ, { rightHolderLoss: "10" }, "BAD_USER_INPUT", "input.rightHolderLoss"],
  ])("refuses %s, writing nothing", async (_what, who, over, code, field) => {
    const id = await openCase();
    const res = await call(who, CORRECT, { input: { id, reason: "更正", ...over } });
    expect(errorOf(res)).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await versions(id)).toBe(0);
    expect((await sql(`select amount_involved from saic.saic_case where id = ?`, [id]))[0].amount_involved).toBe("80000.00");
  });

  test("a case number already used is refused", async () => {
    const first = await openCase();
    const [{ case_number }] = await sql(`select case_number from saic.saic_case where id = ?`, [first]);
    const id = await openCase();
    expect(errorOf(await call(SZ, CORRECT, { input: { id, reason: "更正", caseNumber: case_number } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
  });

  test("fields a referral relies on are refused; others are not", async () => {
    const id = await openCase();
    const referral = { type: "Referral", id: "4b0c6f4e-0d5e-4c1a-9e52-0c5d1f0a0001", region: "440300", relies: ["region", "foreignInvested", "amountInvolved", "openedOn"] };
    peers.linkage.put("SaicCase", id, [referral]);
    const refused = await call(SZ, CORRECT, { input: { id, reason: "更正", amountInvolved: "90000" } });
    expect(errorOf(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amountInvolved", reason: "DEPENDENT_RECORDS", dependents: [{ type: "Referral", id: referral.id, subgraph: "linkage" }] });
    expect(await versions(id)).toBe(0);
    const allowed = await call(SZ, CORRECT, { input: { id, reason: "文号笔误", caseNumber: `深市监更字〔2017〕${++n}号` } });
    expect(allowed.errors).toBeUndefined();
    expect(errorOf(await call(SZ, WITHDRAW, { input: { id, reason: "撤销" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id", reason: "DEPENDENT_RECORDS" });
    peers.linkage.clear();
  });
});

describe("withdrawing a market-regulation case", () => {
  test("leaves lookups, lists, counts and the monthly table; the history stays", async () => {
    const id = await openCase({ openedOn: "2017-11-03" });
    const tally = async () =>
      (await call(SZ, `{ _entities(representations: [{ __typename: "MonthlyReport", region: "440300", period: "2017-11", scope: FOREIGN_INVESTED }]) { ... on MonthlyReport { trademarkCases { cases amountInvolved } } } }`)).data._entities[0].trademarkCases;
    const before = await tally();
    const list = async () => (await call(SZ, `{ saicCases(first: 100, filter: { from: "2017-11-03", to: "2017-11-03" }) { totalCount edges { node { id } } } }`)).data.saicCases;
    expect((await list()).edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    const res = await call(SZ, WITHDRAW, { input: { id, reason: "重复立案，撤销" } });
    expect(res.errors).toBeUndefined();
    expect((await call(SZ, `query($id: ID!) { saicCase(id: $id) { id } }`, { id })).data.saicCase).toBeNull();
    expect((await list()).edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    expect((await list()).totalCount).toBe(before.cases - 1);
    const after = await tally();
    expect(after.cases).toBe(before.cases - 1);
    expect(Number(after.amountInvolved)).toBe(Number(before.amountInvolved) - 80000);
    const entity = await call(SZ, `query($id: ID!) { _entities(representations: [{ __typename: "SaicCase", id: $id }]) { ... on SaicCase { id } } }`, { id });
    expect(entity.data._entities).toEqual([null]);

    const history = await call(SZ, `query($id: ID!) { saicCaseHistory(id: $id) { version action reason changes { field } } }`, { id });
    expect(history.data.saicCaseHistory).toEqual([{ version: 1, action: "WITHDRAWN", reason: "重复立案，撤销", changes: [] }]);
    expect((await call(GZ, `query($id: ID!) { saicCaseHistory(id: $id) { version } }`, { id })).data.saicCaseHistory).toBeNull();

    expect(errorOf(await call(SZ, WITHDRAW, { input: { id, reason: "再撤" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    expect(errorOf(await call(SZ, CORRECT, { input: { id, reason: "更正", amountInvolved: "1" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    expect(await versions(id)).toBe(1);
  });

  test("another agency or region cannot withdraw, and a reason is required", async () => {
    const id = await openCase();
    expect(errorOf(await call(IPO, WITHDRAW, { input: { id, reason: "撤销" } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(errorOf(await call(GZ, WITHDRAW, { input: { id, reason: "撤销" } }))).toMatchObject({ code: "NOT_FOUND", field: "input.id" });
    expect(errorOf(await call(SZ, WITHDRAW, { input: { id, reason: "" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    expect(errorOf(await call(SZ, WITHDRAW, { input: { id: "not-an-id", reason: "撤销" } }))).toMatchObject({ code: "NOT_FOUND", field: "input.id" });
    expect(await versions(id)).toBe(0);
  });

  test("history is batched: one statement for many cases", async () => {
    const ids = [await openCase(), await openCase(), await openCase()];
    for (const id of ids) expect((await call(SZ, CORRECT, { input: { id, reason: "更正", amountInvolved: "81000" } })).errors).toBeUndefined();
    const before = running.db.statements();
    const res = await call(SZ, `query($r: [_Any!]!) { _entities(representations: $r) { ... on SaicCase { history { version } } } }`, {
      r: ids.map((id) => ({ __typename: "SaicCase", id })),
    });
    expect(res.data._entities.map((e: { history: unknown[] }) => e.history.length)).toEqual([1, 1, 1]);
    expect(running.db.statements() - before).toBe(2);
  });
});

describe("correcting and withdrawing a registered trademark", () => {
  const register = async (registrationNumber: string) => {
    const res = await call(SZ, `mutation($input: RegisterTrademarkInput!) { registerTrademark(input: $input) { registrationNumber } }`, {
      input: { registrationNumber, mark: "AQUILA", niceClass: 25, holderCreditCode: holder, registeredOn: "2012-05-14" },
    });
    expect(res.errors).toBeUndefined();
  };
  const CORRECT_MARK = `mutation($input: CorrectTrademarkInput!) { correctTrademark(input: $input) { registrationNumber mark validUntil foreignRelated history { action changes { field from to } } } }`;

  test("a correction recomputes what creation derives; the number names it", async () => {
    await register("31000001");
    const res = await call(SZ, CORRECT_MARK, { input: { id: "3100 0001", reason: "注册日期录入错误", registeredOn: "2012-05-15", mark: "AQUILA 鹰" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.correctTrademark).toMatchObject({ registrationNumber: "31000001", mark: "AQUILA 鹰", validUntil: "2022-05-14", foreignRelated: true });
    expect(res.data.correctTrademark.history[0].changes.map((c: { field: string }) => c.field)).toEqual(["mark", "registeredOn", "validUntil"]);
    expect(errorOf(await call(IPO, CORRECT_MARK, { input: { id: "31000001", reason: "更正", mark: "X" } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(errorOf(await call(SZ, CORRECT_MARK, { input: { id: "3100x", reason: "更正", mark: "X" } }))).toMatchObject({ code: "NOT_FOUND", field: "input.id" });
  });

  test("a mark a case is about keeps its holder and is not withdrawn; another is, and leaves the register", async () => {
    await register("31000002");
    const caseId = await openCase({ trademarkRegistrationNumber: "31000002" });
    const moved = await call(SZ, CORRECT_MARK, { input: { id: "31000002", reason: "更正", holderCreditCode: other } });
    expect(errorOf(moved)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.holderCreditCode", reason: "DEPENDENT_RECORDS", dependents: [{ type: "SaicCase", id: caseId, subgraph: "saic" }] });
    const WITHDRAW_MARK = `mutation($input: WithdrawRecordInput!) { withdrawTrademark(input: $input) { registrationNumber } }`;
    expect(errorOf(await call(SZ, WITHDRAW_MARK, { input: { id: "31000002", reason: "撤销" } }))).toMatchObject({ code: "BAD_USER_INPUT", reason: "DEPENDENT_RECORDS" });

    await register("31000003");
    peers.customs.put("Trademark", "31000003", [{ type: "CustomsRecordation", id: "0d6f1b9e-1c1e-4a57-8d0e-3f1e2d3c4b5a", region: "000000", relies: [] }]);
    expect(errorOf(await call(SZ, WITHDRAW_MARK, { input: { id: "31000003", reason: "撤销" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id", reason: "DEPENDENT_RECORDS" });
    peers.customs.clear();
    expect((await call(SZ, WITHDRAW_MARK, { input: { id: "31000003", reason: "注册已被宣告无效" } })).errors).toBeUndefined();
    const read = await call(IPO, `{ trademark(registrationNumber: "31000003") { mark } trademarkHistory(id: "31000003") { action reason } }`);
    expect(read.data).toEqual({ trademark: null, trademarkHistory: [{ action: "WITHDRAWN", reason: "注册已被宣告无效" }] });
    // a case cannot name a withdrawn mark
    const named = await call(SZ, `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`, {
      input: { caseNumber: `深市监更字〔2017〕${++n}号`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn: "2017-10-09",
        rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "80000", trademarkRegistrationNumber: "31000003" },
    });
    expect(errorOf(named)).toMatchObject({ code: "NOT_FOUND", field: "input.trademarkRegistrationNumber" });
  });
});
