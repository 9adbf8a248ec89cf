import { makeCreditCode, type Identity } from "@ipr/shared";
import { callSubgraph, correctionSmoke } from "@ipr/shared/testing";
import { platformForFile } from "./platform";
import { OPENERS, runChain } from "./chain";
import { expectedTally } from "./tally-sql";

/**
 * Corrections of the record types added last (issue 11): the kit's smoke on each, straight at the
 * platform's subgraphs (real peers answer for dependents), and through the gateway the chain checks:
 * a referral the police filed, a decision's case, a register a case relies on, a typical case about
 * a case; closing a case is a version; the monthly table still equals the plain-SQL count.
 */
const p = platformForFile();

const REGION = "440300";
const who = (agency: string, region = REGION): Identity => ({ agency, region, sub: `${agency.toLowerCase()}-corrector` }) as Identity;
const errorOf = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions;
const ok = (res: { data?: any; errors?: unknown[] }): any => {
  expect(res.errors).toBeUndefined();
  return res.data;
};
const dependentsOf = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
  (errorOf(res)?.dependents as Array<{ type: string; subgraph: string }>).map((d) => `${d.type}@${d.subgraph}`).sort();
const withdraw = (type: string, id: string) => p.query(who(ownerOf[type]), `mutation($input: WithdrawRecordInput!) { withdraw${type}(input: $input) { __typename } }`, { input: { id, reason: "撤销" } });
const ownerOf: Record<string, string> = { SaicCase: "SAIC", Referral: "SAIC", Patent: "IPO", TypicalCase: "OFFICE" };

/** A valid patent number of 2016 with CNIPA's check character. */
function patentNumber(serial: number) {
  const digits = `20161${String(serial).padStart(7, "0")}`;
  const sum = [...digits].reduce((n, d, i) => n + Number(d) * [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5][i], 0) % 11;
  return `ZL${digits}.${sum === 10 ? "X" : sum}`;
}

describe("the kit's smoke on the new record types (the platform's subgraphs, real dependents)", () => {
  const url = (name: string) => (p.peerUrls as Record<string, string>)[name];
  const create = (subgraph: string, agency: string, mutation: string, type: string, input: () => Record<string, unknown>) => async () => {
    const res = ok(await callSubgraph(url(subgraph), who(agency), `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input: input() }));
    return res[mutation].id as string;
  };
  let n = 0;
  test.each([
    ["linkage", "Clue", "SAIC", "sendClue", "SendClueInput", () => ({ toAgency: "CUSTOMS", region: REGION, toRegion: REGION, summary: "某外资品牌耳机假冒货源线索" }), { summary: "某外资品牌耳机假冒货源线索（更正地址）" }],
    ["linkage", "AssistanceRequest", "SAIC", "requestAssistance", "RequestAssistanceInput", () => ({ toAgency: "POLICE", region: REGION, toRegion: "440100", subject: "协查涉案仓库", dueOn: "2099-01-10" }), { dueOn: "2099-01-20" }],
    ["procuratorate", "MisconductCase", "PROCURATORATE", "fileMisconductCase", "FileMisconductCaseInput", () => ({
      caseNumber: `深检职立〔2017〕${++n}号`, region: REGION, filedOn: "2017-11-02", offence: "DERELICTION_OF_DUTY", officialName: "赵某", officialPosition: "某区市场监督管理局稽查科科长" }),
    { officialPosition: "某区市场监督管理局稽查大队副大队长" }],
    ["office", "TypicalCase", "OFFICE", "reportTypicalCase", "ReportTypicalCaseInput", () => ({ region: REGION, period: "2017-10", agency: "SAIC", title: "查处假冒外资品牌案", summary: "某区查处假冒外资品牌耳机案" }), { title: "查处假冒外资品牌耳机案" }],
  ])("%s %s: corrected with a version, refused to strangers, withdrawn out of lookups but not history", async (subgraph, typename, agency, mutation, input, make, correction) => {
    await correctionSmoke({ url: url(subgraph), typename, owner: who(agency), create: create(subgraph, agency, mutation, input, make), correction });
  });
});

describe("chain checks through the gateway", () => {
  test("a referral the police filed: its reason and region stay, it is not withdrawn; the police correct their decision, kept in the referral's history", async () => {
    const chain = await runChain(p, REGION);
    const SAIC = who("SAIC");
    const reason = await p.query(SAIC, `mutation($input: CorrectReferralInput!) { correctReferral(input: $input) { id } }`, { input: { id: chain.referral.id, reason: "更正移送理由", referralReason: "经营额超过十五万元" } });
    expect(errorOf(reason)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralReason", reason: "DEPENDENT_RECORDS" });
    expect(reason.errors?.[0].message).toMatch(/^input\.referralReason: referralReason cannot be corrected/);
    expect(dependentsOf(reason)).toEqual(["CriminalCase@police"]);
    expect(dependentsOf(await withdraw("Referral", chain.referral.id))).toEqual(["CriminalCase@police"]);
    // another agency than the referring one
    expect(errorOf(await p.query(who("IPO"), `mutation($input: WithdrawRecordInput!) { withdrawReferral(input: $input) { id } }`, { input: { id: chain.referral.id, reason: "撤销" } }))?.code).toBe("FORBIDDEN");
    const decided = ok(await p.query(who("POLICE"), `mutation($input: CorrectReferralDecisionInput!) { correctReferralDecision(input: $input) { id decisionReason history { version action agency changes { field from to } } } }`,
      { input: { id: chain.referral.id, reason: "补充立案说明", decisionReason: "符合立案追诉标准" } }));
    expect(decided.correctReferralDecision).toMatchObject({ decisionReason: "符合立案追诉标准", history: [{ version: 1, action: "CORRECTED", agency: "POLICE", changes: [{ field: "decisionReason", from: null, to: "符合立案追诉标准" }] }] });
    // a FILED referral names a case: clearing it is refused; the police cannot correct it as the referring agency
    expect(errorOf(await p.query(who("POLICE"), `mutation($input: CorrectReferralDecisionInput!) { correctReferralDecision(input: $input) { id } }`, { input: { id: chain.referral.id, reason: "更正", criminalCaseId: null } }))).toMatchObject({ field: "input.criminalCaseId" });
    expect(errorOf(await p.query(SAIC, `mutation($input: CorrectReferralDecisionInput!) { correctReferralDecision(input: $input) { id } }`, { input: { id: chain.referral.id, reason: "更正", decisionReason: "x" } }))?.code).toBe("FORBIDDEN");
  });

  test("a referral still pending is corrected and withdrawn by the referring agency; it leaves the case's referrals", async () => {
    const holder = makeCreditCode(REGION, 77_001);
    ok(await p.query(who("SAIC"), `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`, { input: { creditCode: holder, name: "撤回测试外资公司", foreignInvested: true, investorCountry: "JP", region: REGION } }));
    const caseId = await OPENERS.SAIC_CASE.open(p, REGION, holder, 77_001);
    const sent = ok(await p.query(who("SAIC"), `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }`, { input: { sourceType: "SAIC_CASE", sourceId: caseId, region: REGION, reason: "涉嫌犯罪" } }));
    const id = sent.sendReferral.id;
    // the case cannot be withdrawn while referred (linkage answers)
    expect(dependentsOf(await withdraw("SaicCase", caseId))).toEqual(["Referral@linkage"]);
    const corrected = ok(await p.query(who("SAIC"), `mutation($input: CorrectReferralInput!) { correctReferral(input: $input) { reason history { action changes { field } } } }`, { input: { id, reason: "理由不全", referralReason: "经营额超过五万元，涉嫌假冒注册商标罪" } }));
    expect(corrected.correctReferral).toEqual({ reason: "经营额超过五万元，涉嫌假冒注册商标罪", history: [{ action: "CORRECTED", changes: [{ field: "reason" }] }] });
    ok(await withdraw("Referral", id));
    const read = ok(await p.query(who("SAIC"), `query($id: ID!, $c: ID!) { referral(id: $id) { id } referralHistory(id: $id) { action } saicCase(id: $c) { referrals { id } } }`, { id, c: caseId }));
    expect(read).toEqual({ referral: null, referralHistory: [{ action: "CORRECTED" }, { action: "WITHDRAWN" }], saicCase: { referrals: [] } });
    // closing the case is a version of its history; then, no referral left, it can be withdrawn
    const closed = ok(await p.query(who("SAIC"), `mutation($input: CloseAdminCaseInput!) { closeSaicCase(input: $input) { history { action reason changes { field to } } } }`,
      { input: { caseId, closedOn: "2017-11-20", outcome: "PENALISED", penaltyDecisionNumber: "深市监罚〔2017〕77号", fine: "50000" } }));
    expect(closed.closeSaicCase.history).toEqual([{ action: "CLOSED", reason: "结案: PENALISED", changes: expect.arrayContaining([{ field: "outcome", to: "PENALISED" }, { field: "fine", to: "50000.00" }]) }]);
    ok(await withdraw("SaicCase", caseId));
  });

  test("a patent on the register: what IPO's case relies on, and its withdrawal, are refused; its title is corrected", async () => {
    const IPO = who("IPO");
    const number = patentNumber(70_001);
    const holder = makeCreditCode(REGION, 77_002);
    ok(await p.query(IPO, `mutation($input: RegisterPatentInput!) { registerPatent(input: $input) { patentNumber } }`, { input: { patentNumber: number, title: "一种耳机", holderCreditCode: holder, holderName: "某外资公司", foreignInvested: true, grantedOn: "2017-03-01" } }));
    ok(await p.query(IPO, `mutation($input: CreatePatentCaseInput!) { createPatentCase(input: $input) { id } }`, { input: {
      caseNumber: `深知执〔2017〕${number}`, region: REGION, rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "12000.00", category: "INFRINGEMENT", source: "EX_OFFICIO", openedOn: "2017-10-11", patentNumber: number } }));
    const CORRECT = `mutation($input: CorrectPatentInput!) { correctPatent(input: $input) { title history { action changes { field from to } } } }`;
    const moved = await p.query(IPO, CORRECT, { input: { id: number, reason: "授权日更正", grantedOn: "2017-11-01" } });
    expect(errorOf(moved)).toMatchObject({ field: "input.grantedOn", reason: "DEPENDENT_RECORDS" });
    expect(dependentsOf(moved)).toEqual(["PatentCase@ipo"]);
    expect(ok(await p.query(IPO, CORRECT, { input: { id: number, reason: "名称更正", title: "一种降噪耳机" } })).correctPatent).toEqual({ title: "一种降噪耳机", history: [{ action: "CORRECTED", changes: [{ field: "title", from: "一种耳机", to: "一种降噪耳机" }] }] });
    expect(dependentsOf(await withdraw("Patent", number))).toEqual(["PatentCase@ipo"]);
    expect(errorOf(await p.query(who("SAIC"), CORRECT, { input: { id: number, reason: "x", title: "y" } }))?.code).toBe("FORBIDDEN");
  });

  test("a typical case about a SAIC case keeps it from being withdrawn; withdrawn, the typical case leaves and the table still equals the plain-SQL count", async () => {
    const holder = makeCreditCode(REGION, 77_003);
    ok(await p.query(who("SAIC"), `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`, { input: { creditCode: holder, name: "典型案例外资公司", foreignInvested: true, investorCountry: "US", region: REGION } }));
    const caseId = await OPENERS.SAIC_CASE.open(p, REGION, holder, 77_003);
    const OFFICE = who("OFFICE");
    const typical = ok(await p.query(OFFICE, `mutation($i: ReportTypicalCaseInput!) { reportTypicalCase(input: $i) { id } }`, { i: { region: REGION, period: "2017-10", recordType: "SAIC_CASE", recordId: caseId, title: "典型案例", summary: "概述" } })).reportTypicalCase.id;
    expect(dependentsOf(await withdraw("SaicCase", caseId))).toEqual(["TypicalCase@office"]);
    ok(await withdraw("TypicalCase", typical));
    ok(await withdraw("SaicCase", caseId));
    const TABLE = `query { monthlyReport(region: "${REGION}", period: "2017-10", scope: ALL) { trademarkCases { cases amountInvolved } typicalCases { id } } }`;
    const report = ok(await p.query(who("OFFICE", "000000"), TABLE)).monthlyReport;
    expect(report.typicalCases.map((t: { id: string }) => t.id)).not.toContain(typical);
    const expected = await expectedTally(p.sql, REGION, "2017-10", "ALL");
    expect(report.trademarkCases).toEqual(expected.trademarkCases);
  });
});
