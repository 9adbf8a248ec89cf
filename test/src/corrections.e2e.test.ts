import pg from "pg";
import { makeCreditCode } from "@ipr/shared";
import { startPlatform, type Platform } from "./platform";
import { M } from "./chain";
import { expectedTally } from "./tally-sql";

/*
 * Corrections and withdrawals through the real gateway: the kit's mutations in SAIC and customs,
 * the refusals of the issue, linkage asked about referrals, and the monthly table: withdrawn and
 * corrected cases change the live table, the plain-SQL cross-check and a submitted month's differences.
 */
let p: Platform;
let db: pg.Client;
beforeAll(async () => {
  p = await startPlatform();
  db = new pg.Client({ connectionString: p.databaseUrl });
  await db.connect();
  must(await p.query(SZ_SAIC, M.register, { input: { creditCode: holder, name: "更正测试外资有限公司", foreignInvested: true, investorCountry: "FR", region: "440300" } }));
});
afterAll(async () => {
  await db?.end();
  await p?.stop();
});

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const errorOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions;

const SZ_SAIC = { agency: "SAIC", region: "440300", sub: "sz-saic-7" };
const GZ_SAIC = { agency: "SAIC", region: "440100" };
const SZ_CUSTOMS = { agency: "CUSTOMS", region: "440300" };
const GD_OFFICE = { agency: "OFFICE", region: "440000", sub: "gd-office-1" };
const holder = makeCreditCode("440300", 41_001);

const CORRECT = `mutation($input: CorrectSaicCaseInput!) { correctSaicCase(input: $input) { id amountInvolved history { version action actor agency reason changes { field from to } } } }`;
const WITHDRAW = `mutation($input: WithdrawRecordInput!) { withdrawSaicCase(input: $input) { id } }`;
let n = 0;
async function openCase(amountInvolved = "80000.00", openedOn = "2017-10-09") {
  return must(await p.query(SZ_SAIC, M.saicCase, {
    input: { caseNumber: `深市监正字〔2017〕${++n}号`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn,
      rightHolderCreditCode: holder, foreignInvested: true, amountInvolved },
  })).createSaicCase.id as string;
}

describe("correcting and withdrawing through the gateway", () => {
  test("SAIC corrects its case; every agency reads the history", async () => {
    const id = await openCase();
    const res = must(await p.query(SZ_SAIC, CORRECT, { input: { id, reason: "涉案金额录入错误，按询问笔录更正", amountInvolved: "85000" } }));
    expect(res.correctSaicCase.amountInvolved).toBe("85000.00");
    const read = must(await p.query({ agency: "POLICE", region: "440000" }, `query($id: ID!) { saicCase(id: $id) { amountInvolved history { version action actor agency reason changes { field from to } } } }`, { id }));
    expect(read.saicCase).toEqual({
      amountInvolved: "85000.00",
      history: [{ version: 1, action: "CORRECTED", actor: "sz-saic-7", agency: "SAIC", reason: "涉案金额录入错误，按询问笔录更正", changes: [{ field: "amountInvolved", from: "80000.00", to: "85000.00" }] }],
    });
  });

  test.each([
    ["another agency", SZ_CUSTOMS, { amountInvolved: "1.00" }, "FORBIDDEN", undefined],
    ["another region", GZ_SAIC, { amountInvolved: "1.00" }, "NOT_FOUND", "input.id"],
    ["no reason", SZ_SAIC, { reason: "", amountInvolved: "1.00" }, "BAD_USER_INPUT", "input.reason"],
    ["a no-op", SZ_SAIC, { amountInvolved: "80000" }, "BAD_USER_INPUT", "input"],
    ["hostile text", SZ_SAIC, { caseNumber: "深\u0007" }, "BAD_USER_INPUT", "input.caseNumber"],
  ])("refuses %s, writing nothing", async (_what, who, over, code, field) => {
    const id = await openCase();
    const res = await p.query(who, CORRECT, { input: { id, reason: "更正", ...over } });
    expect(errorOf(res)).toMatchObject({ code, ...(field ? { field } : {}) });
    expect((await db.query(`select amount_involved from saic.saic_case where id = $1`, [id])).rows[0].amount_involved).toBe("80000.00");
    expect((await db.query(`select count(*)::int as n from saic.record_version where record_id = $1`, [id])).rows[0].n).toBe(0);
  });

  test("a referred case: linkage's referral forbids withdrawing it and correcting what the referral relies on", async () => {
    const id = await openCase();
    const { sendReferral } = must(await p.query(SZ_SAIC, M.refer, { input: { sourceType: "SAIC_CASE", sourceId: id, region: "440300", reason: "经营额超过五万元，涉嫌假冒注册商标罪" } }));
    const withdraw = await p.query(SZ_SAIC, WITHDRAW, { input: { id, reason: "撤销" } });
    expect(errorOf(withdraw)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id", reason: "DEPENDENT_RECORDS", dependents: [{ type: "Referral", id: sendReferral.id, subgraph: "linkage" }] });
    const amount = await p.query(SZ_SAIC, CORRECT, { input: { id, reason: "更正", amountInvolved: "40000" } });
    expect(errorOf(amount)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amountInvolved", reason: "DEPENDENT_RECORDS" });
    // the referral still reads its source, unchanged
    const trace = must(await p.query(SZ_SAIC, `query($id: ID!) { referral(id: $id) { source { ... on SaicCase { id amountInvolved } } } }`, { id: sendReferral.id }));
    expect(trace.referral.source).toEqual({ id, amountInvolved: "80000.00" });
    // the case number is the agency's own: still correctable
    must(await p.query(SZ_SAIC, CORRECT, { input: { id, reason: "文号笔误", caseNumber: `深市监正字〔2017〕${++n}号` } }));
  });

  test("a withdrawn case leaves lookups, lists and the enterprise's cases; its history stays; it cannot be corrected", async () => {
    const id = await openCase();
    must(await p.query(SZ_SAIC, WITHDRAW, { input: { id, reason: "重复立案" } }));
    const read = must(await p.query({ agency: "OFFICE", region: "000000" }, `query($id: ID!, $c: String!) {
      saicCase(id: $id) { id } saicCaseHistory(id: $id) { action reason }
      saicCases(first: 100, filter: { rightHolderCreditCode: $c }) { edges { node { id } } }
      enterprise(creditCode: $c) { saicCases { id } } }`, { id, c: holder }));
    expect(read.saicCase).toBeNull();
    expect(read.saicCaseHistory).toEqual([{ action: "WITHDRAWN", reason: "重复立案" }]);
    expect(read.saicCases.edges.map((e: any) => e.node.id)).not.toContain(id);
    expect(read.enterprise.saicCases.map((c: any) => c.id)).not.toContain(id);
    expect(errorOf(await p.query(SZ_SAIC, CORRECT, { input: { id, reason: "更正", amountInvolved: "1.00" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    expect(errorOf(await p.query(SZ_SAIC, WITHDRAW, { input: { id, reason: "再撤" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
  });
});

describe("the monthly table after corrections and withdrawals", () => {
  const LINES = `trademarkCases { cases amountInvolved } customs { seizures amountInvolved }`;
  const REPORT = `query { monthlyReport(region: "440000", period: "2017-11") { ${LINES} differences { line measure submitted live } } }`;
  const seizure = async () =>
    must(await p.query(SZ_CUSTOMS, `mutation($input: RecordCustomsSeizureInput!) { recordCustomsSeizure(input: $input) { id } }`, {
      input: { caseNumber: `关扣正-${++n}`, region: "440300", seizedOn: "2017-11-16", rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "64000.00",
        direction: "EXPORT", port: "深圳湾海关", goods: "假冒手提包", quantity: 320, declaredValue: "9600.00", basis: "ON_APPLICATION" },
    })).recordCustomsSeizure.id as string;

  test("a submitted month's differences show a withdrawn and a corrected case; the live table agrees with plain SQL", async () => {
    const kept = await openCase("50000.00", "2017-11-03");
    const dropped = await openCase("30000.00", "2017-11-04");
    const detention = await seizure();
    const submitted = must(await p.query(GD_OFFICE, `mutation { submitMonthlyReport(input: { region: "440000", period: "2017-11" }) { figures { ${LINES} } } }`));
    expect(submitted.submitMonthlyReport.figures).toEqual({ trademarkCases: { cases: 2, amountInvolved: "80000.00" }, customs: { seizures: 1, amountInvolved: "64000.00" } });

    must(await p.query(SZ_SAIC, WITHDRAW, { input: { id: dropped, reason: "重复立案" } }));
    must(await p.query(SZ_SAIC, CORRECT, { input: { id: kept, reason: "金额更正", amountInvolved: "52000" } }));
    must(await p.query(SZ_CUSTOMS, `mutation($input: WithdrawRecordInput!) { withdrawCustomsSeizure(input: $input) { id } }`, { input: { id: detention, reason: "误录" } }));

    const report = must(await p.query(GD_OFFICE, REPORT)).monthlyReport;
    expect(report.trademarkCases).toEqual({ cases: 1, amountInvolved: "52000.00" });
    expect(report.customs).toEqual({ seizures: 0, amountInvolved: "0.00" });
    expect(report.differences).toEqual(expect.arrayContaining([
      { line: "trademarkCases", measure: "cases", submitted: "2", live: "1" },
      { line: "trademarkCases", measure: "amountInvolved", submitted: "80000.00", live: "52000.00" },
      { line: "customs", measure: "seizures", submitted: "1", live: "0" },
      { line: "customs", measure: "amountInvolved", submitted: "64000.00", live: "0.00" },
    ]));
    const expected = await expectedTally(db, "440000", "2017-11", "FOREIGN_INVESTED");
    expect({ trademarkCases: expected.trademarkCases, customs: { seizures: expected.customs.seizures, amountInvolved: expected.customs.amountInvolved } }).toEqual({
      trademarkCases: report.trademarkCases, customs: report.customs,
    });
  });
});
