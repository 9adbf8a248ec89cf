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

    const filed = must(await fileIt()).decideReferral;
    expect(filed.status).toBe("FILED");
    const read = must(await p.query({ agency: "OFFICE", region: "000000" }, `query($id: ID!) { referral(id: $id) {
      status events { kind } criminalCase { filingNumber referral { id } } filingSupervisions { status } } }`, { id: referralId })).referral;
    expect(read.events.map((e: any) => e.kind)).toEqual(["SENT", "DECLINED", "FILED_UNDER_SUPERVISION"]);
    expect(read.criminalCase).toEqual({ filingNumber: "深公经立-监督-1", referral: { id: referralId } });
    expect(read.filingSupervisions).toEqual([{ status: "FILING_ORDERED" }]);
  });
});
