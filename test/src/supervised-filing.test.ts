import pg from "pg";
import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import { startPlatform, type Platform } from "./platform";
import { M, today } from "./chain";

let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

function must(res: { data?: any; errors?: unknown[] }) {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const region = "440300";
const saic = { agency: "SAIC", region };
const police = { agency: "POLICE", region };
const procurator = { agency: "PROCURATORATE", region };
const OFFICE = { agency: "OFFICE", region: "000000" };
/** This month's procuratorate issues of Guangdong, as the national office sees them. */
const issues = async (scope = "ALL") => must(await p.query(OFFICE, `query($p: String!, $s: ReportScope!) { monthlyReport(region: "440000", period: $p, scope: $s) {
  procuratorateIssues { agency kind recordType recordId } } }`, { p: today().slice(0, 7), s: scope })).monthlyReport.procuratorateIssues;
const step = (mutation: string, input: object) =>
  p.query(procurator, `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id status } }`, { input });

describe("filing supervision (立案监督) closes the loop in linkage", () => {
  test("a declined referral is filed only after the procuratorate orders it, and then reads as filed under supervision", async () => {
    const holder = makeCreditCode(region, 55_001);
    must(await p.query(saic, M.register, { input: { creditCode: holder, name: "外资企业", foreignInvested: true, investorCountry: "IT", region } }));
    const { createSaicCase } = must(await p.query(saic, M.saicCase, { input: {
      caseNumber: "深市监-监督-1", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region, openedOn: "2017-10-09",
      rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "380000.00" } }));
    const { sendReferral } = must(await p.query(saic, M.refer, { input: { sourceType: "SAIC_CASE", sourceId: createSaicCase.id, region, reason: "经营额逾三十万元" } }));
    const referralId = sendReferral.id;
    must(await p.query(police, M.decide, { input: { referralId, decision: "DECLINED", reason: "证据不足" } }));

    const { fileCriminalCase } = must(await p.query(police, M.file, { input: {
      filingNumber: "深公经立-监督-1", offence: "COUNTERFEITING_TRADEMARK", region, filedOn: today(), amountInvolved: "380000.00",
      rightHolderCreditCode: holder, foreignInvested: true, suspects: [{ name: "赵磊", idNumber: makeIdNumber(region, "1983-04-04", 9001), caughtOn: today() }] } }));
    const fileIt = () => p.query(police, M.decide, { input: { referralId, decision: "FILED", criminalCaseId: fileCriminalCase.id } });

    // declined, and no order to file yet: the police cannot simply change their mind
    expect((await fileIt()).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });

    const opened = must(await step("openFilingSupervision", { referralId, region, reason: "不立案理由不足" })).openFilingSupervision;
    must(await step("recordPoliceExplanation", { supervisionId: opened.id, explanation: "证据不足" }));
    expect((await fileIt()).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT"); // explained, not yet ordered
    must(await step("orderFiling", { supervisionId: opened.id, note: "不立案理由不能成立" }));

    // the procuratorate cannot record the filing before the police record it on the referral (linkage owns it)
    const early = await step("recordSupervisedFiling", { supervisionId: opened.id });
    expect(early.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.supervisionId" });

    const filed = must(await fileIt()).decideReferral;
    expect(filed.status).toBe("FILED");
    const read = must(await p.query(OFFICE, `query($id: ID!) { referral(id: $id) {
      status events { kind } criminalCase { filingNumber referral { id } } filingSupervisions { status } } }`, { id: referralId })).referral;
    expect(read.events.map((e: any) => e.kind)).toEqual(["SENT", "DECLINED", "FILED_UNDER_SUPERVISION"]);
    expect(read.criminalCase).toEqual({ filingNumber: "深公经立-监督-1", referral: { id: referralId } });
    expect(read.filingSupervisions).toEqual([{ status: "FILING_ORDERED" }]);

    // another case than the referral's is refused; naming none takes the referral's
    const other = must(await p.query(police, M.file, { input: {
      filingNumber: "深公经立-监督-2", offence: "COUNTERFEITING_TRADEMARK", region, filedOn: today(), amountInvolved: "1000.00",
      rightHolderCreditCode: holder, foreignInvested: true,
      suspects: [{ name: "钱明", idNumber: makeIdNumber(region, "1990-01-01", 9002), caughtOn: today() }] } })).fileCriminalCase;
    const wrong = await step("recordSupervisedFiling", { supervisionId: opened.id, criminalCaseId: other.id });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.criminalCaseId" });
    expect(must(await step("recordSupervisedFiling", { supervisionId: opened.id })).recordSupervisedFiling.status).toBe("FILED");

    // one fact, traceable both ways through the gateway: supervision → referral → case, and case → referral → supervision
    const supervision = must(await p.query(procurator, `query($id: ID!) { filingSupervision(id: $id) {
      status criminalCase { id } referral { id criminalCase { id filingNumber } } } }`, { id: opened.id })).filingSupervision;
    expect(supervision).toEqual({ status: "FILED", criminalCase: { id: fileCriminalCase.id }, referral: { id: referralId, criminalCase: { id: fileCriminalCase.id, filingNumber: "深公经立-监督-1" } } });
    const back = must(await p.query(OFFICE, `query($id: ID!) { criminalCase(id: $id) {
      referral { id filingSupervisions { id status } } filingSupervisions { id status } } }`, { id: fileCriminalCase.id })).criminalCase;
    expect(back).toEqual({ referral: { id: referralId, filingSupervisions: [{ id: opened.id, status: "FILED" }] }, filingSupervisions: [{ id: opened.id, status: "FILED" }] });
    expect(must(await p.query(OFFICE, `query($id: ID!) { criminalCase(id: $id) { filingSupervisions { id } } }`, { id: other.id })).criminalCase.filingSupervisions).toEqual([]);
    expect(await issues()).toEqual([]);
  });

  test("a supervision recorded as filed whose referral linkage does not record FILED is a data-quality issue", async () => {
    // a row as written before the filing was read from the referral: the supervision says filed, the referral says declined
    const holder = makeCreditCode(region, 55_002);
    must(await p.query(saic, M.register, { input: { creditCode: holder, name: "外资企业二", foreignInvested: true, investorCountry: "FR", region } }));
    const { createSaicCase } = must(await p.query(saic, M.saicCase, { input: {
      caseNumber: "深市监-监督-2", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region, openedOn: "2017-10-09",
      rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "320000.00" } }));
    const referralId = must(await p.query(saic, M.refer, { input: { sourceType: "SAIC_CASE", sourceId: createSaicCase.id, region, reason: "涉嫌犯罪" } })).sendReferral.id;
    must(await p.query(police, M.decide, { input: { referralId, decision: "DECLINED", reason: "证据不足" } }));
    const opened = must(await step("openFilingSupervision", { referralId, region, reason: "不立案理由不足" })).openFilingSupervision;
    const db = new pg.Client({ connectionString: p.databaseUrl });
    await db.connect();
    try {
      await db.query(`update procuratorate.filing_supervision set status = 'FILED', filed_at = now() where id = $1`, [opened.id]);
    } finally {
      await db.end();
    }
    const found = await issues();
    expect(found).toEqual([{ agency: "PROCURATORATE", kind: "SUPERVISED_FILING_NOT_ON_REFERRAL", recordType: "FilingSupervision", recordId: opened.id }]);
    expect(found).toEqual(await issues("FOREIGN_INVESTED")); // a supervision has no scope of its own: shown in both
  });
});
