import { makeCreditCode, makeIdNumber, todayIn } from "@ipr/shared";
import { countStatements, startPlatform, type Platform } from "./platform";
import { M } from "./chain";

/** Postal's interceptions and courier checks through the real gateway, linked to SAIC's register and linkage's referrals. */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const RECORD = `mutation($input: RecordPostalInterceptionInput!) { recordPostalInterception(input: $input) { id } }`;
const CHECK = `mutation($input: RecordCourierComplianceCheckInput!) { recordCourierComplianceCheck(input: $input) { id } }`;

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

let serial = 0;
/** Registers a foreign-invested right holder and a courier on SAIC's register, then records one intercepted parcel. */
async function interceptParcel(region: string, over: Record<string, unknown> = {}) {
  const n = ++serial;
  const saic = { agency: "SAIC", region };
  const holder = makeCreditCode(region, 30_000 + n);
  const courier = makeCreditCode(region, 40_000 + n);
  must(await p.query(saic, M.register, { input: { creditCode: holder, name: `外资品牌${n}`, foreignInvested: true, investorCountry: "US", region } }));
  must(await p.query(saic, M.register, { input: { creditCode: courier, name: `快递公司${n}`, foreignInvested: false, region } }));
  const { recordPostalInterception } = must(await p.query({ agency: "POSTAL", region }, RECORD, {
    input: {
      caseNumber: `邮截-${region}-${n}`, region, interceptedOn: "2017-10-18", rightHolderCreditCode: holder, foreignInvested: true,
      amountInvolved: "68000.00", campaign: "GREEN_SHIELD", trackingNumber: `SF${String(n).padStart(12, "0")}`, courierCreditCode: courier,
      courierName: `快递公司${n}`, origin: "US", destination: region, crossBorderECommerce: true, control: "XRAY", goods: "假冒手表", itemCount: 12,
      ...over,
    },
  }));
  return { holder, courier, id: recordPostalInterception.id as string };
}

describe("postal through the gateway", () => {
  test("an intercepted parcel is referred to the police and traced both ways", async () => {
    const region = "440300";
    const parcel = await interceptParcel(region);
    const { sendReferral } = must(await p.query({ agency: "POSTAL", region }, M.refer, {
      input: { sourceType: "POSTAL_INTERCEPTION", sourceId: parcel.id, region, reason: "涉案金额超过五万元，涉嫌销售假冒注册商标的商品罪" },
    }));
    const police = { agency: "POLICE", region };
    const { fileCriminalCase } = must(await p.query(police, M.file, {
      input: {
        filingNumber: `公经立-邮-${serial}`, offence: "SELLING_COUNTERFEIT_TRADEMARK_GOODS", region, filedOn: todayIn(new Date()), amountInvolved: "68000.00",
        rightHolderCreditCode: parcel.holder, foreignInvested: true,
        suspects: [{ name: "王强", idNumber: makeIdNumber(region, "1990-01-02", 7), caughtOn: "2017-10-21" }],
      },
    }));
    // linkage accepts only a criminal case filed on or after the day the referral was sent
    must(await p.query(police, M.decide, { input: { referralId: sendReferral.id, decision: "FILED", criminalCaseId: fileCriminalCase.id } }));

    const forward = await p.query({ agency: "OFFICE", region: "000000" }, `query($id: ID!) { postalInterception(id: $id) {
      trackingNumber courier { name } referrals { status fromAgency criminalCase { filingNumber } } } }`, { id: parcel.id });
    expect(forward.errors).toBeUndefined();
    expect(forward.data.postalInterception).toEqual({
      trackingNumber: `SF${String(serial).padStart(12, "0")}`,
      courier: { name: `快递公司${serial}` },
      referrals: [{ status: "FILED", fromAgency: "POSTAL", criminalCase: { filingNumber: `公经立-邮-${serial}` } }],
    });
    const backward = await p.query(police, `query($id: ID!) { criminalCase(id: $id) { referral { source { __typename ... on PostalInterception { id control crossBorderECommerce } } } } }`, { id: fileCriminalCase.id });
    expect(backward.data.criminalCase.referral.source).toEqual({ __typename: "PostalInterception", id: parcel.id, control: "XRAY", crossBorderECommerce: true });
  });

  test("SAIC's enterprise carries postal's interceptions and courier checks", async () => {
    const region = "310115";
    const parcel = await interceptParcel(region);
    must(await p.query({ agency: "POSTAL", region }, CHECK, {
      input: { region, checkedOn: "2017-10-25", courierCreditCode: parcel.courier, courierName: "快递公司", outletName: "浦东营业部", inspectionOnReceipt: true, realName: false, xray: true, violations: "未实名收寄", penaltyAmount: "2000.00" },
    }));
    const ENTERPRISE = `query($c: String!) { enterprise(creditCode: $c) { name postalInterceptions { id } courierComplianceChecks { compliant penaltyAmount } } }`;
    const holder = await p.query({ agency: "SAIC", region: "310000" }, ENTERPRISE, { c: parcel.holder });
    expect(holder.data.enterprise).toMatchObject({ postalInterceptions: [{ id: parcel.id }], courierComplianceChecks: [] });
    const courier = await p.query({ agency: "SAIC", region: "310000" }, ENTERPRISE, { c: parcel.courier });
    expect(courier.data.enterprise).toMatchObject({ postalInterceptions: [], courierComplianceChecks: [{ compliant: false, penaltyAmount: "2000.00" }] });
    // postal's rows stay inside the caller's region, even though the register itself is public
    const elsewhere = await p.query({ agency: "SAIC", region: "440000" }, ENTERPRISE, { c: parcel.holder });
    expect(elsewhere.data.enterprise).toMatchObject({ postalInterceptions: [], courierComplianceChecks: [] });
  });

  test("SQL statements of a list of parcels with courier and referrals do not grow with the number of parcels", async () => {
    await interceptParcel("440600");
    for (let i = 0; i < 20; i++) await interceptParcel("441900");
    const LIST = `query($region: String!) { postalInterceptions(first: 50, filter: { region: $region }) { edges { node {
      trackingNumber courier { name } referrals { status } } } } }`;
    const who = { agency: "POSTAL", region: "440000" };
    let one: any, twenty: any;
    const small = await countStatements(p, async () => (one = await p.query(who, LIST, { region: "440600" })));
    const large = await countStatements(p, async () => (twenty = await p.query(who, LIST, { region: "441900" })));
    expect(one.data.postalInterceptions.edges).toHaveLength(1);
    expect(twenty.data.postalInterceptions.edges).toHaveLength(20);
    expect(large).toEqual(small);
  });
});
