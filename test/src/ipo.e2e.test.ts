import { makeCreditCode, makeIdNumber, todayIn } from "@ipr/shared";
import { makePatentNumber } from "@ipr/ipo";
import { countStatements, startPlatform, type Platform } from "./platform";
import { M } from "./chain";

/** IPO in the composed platform: its Patent and PatentCase joined with SAIC's enterprises and linkage's referrals. */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const REGISTER_PATENT = `mutation($input: RegisterPatentInput!) { registerPatent(input: $input) { patentNumber kind } }`;
const CREATE_CASE = `mutation($input: CreatePatentCaseInput!) { createPatentCase(input: $input) { id caseNumber } }`;

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

let serial = 0;
/** A foreign-invested enterprise on SAIC's register, a patent it holds, and a case about it. */
async function patentCase(region: string, category: "INFRINGEMENT" | "PASSING_OFF" = "INFRINGEMENT") {
  const n = ++serial;
  const creditCode = makeCreditCode(region, 20_000 + n);
  must(await p.query({ agency: "SAIC", region }, M.register, { input: { creditCode, name: `外资专利权人${n}`, foreignInvested: true, investorCountry: "JP", region } }));
  const patentNumber = makePatentNumber(2015, 1, 300_000 + n);
  must(await p.query({ agency: "IPO", region: "000000" }, REGISTER_PATENT, {
    input: { patentNumber: patentNumber.slice(2), title: `一种电池管理方法${n}`, holderCreditCode: creditCode, holderName: `外资专利权人${n}`, foreignInvested: true, grantedOn: "2017-02-01" },
  }));
  const { createPatentCase } = must(await p.query({ agency: "IPO", region }, CREATE_CASE, {
    input: {
      caseNumber: `知执-${region}-${n}`, category, source: "COMPLAINT_12330", keyField: "HIGH_TECH", campaign: "THUNDER",
      patentNumber, region, openedOn: "2017-10-09", rightHolderCreditCode: creditCode, foreignInvested: true, amountInvolved: "230000.00",
    },
  }));
  return { creditCode, patentNumber, caseId: createPatentCase.id as string, caseNumber: createPatentCase.caseNumber as string };
}

describe("ipo through the gateway", () => {
  test("an enterprise shows SAIC's register data with IPO's patents and patent cases", async () => {
    const made = await patentCase("440300");
    const res = await p.query({ agency: "OFFICE", region: "000000" }, `query($c: String!) {
      enterprise(creditCode: $c) { name foreignInvested patents { patentNumber kind cases { caseNumber } } patentCases { caseNumber campaign patent { title } } }
    }`, { c: made.creditCode });
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprise).toEqual({
      name: expect.stringMatching(/^外资专利权人/), foreignInvested: true,
      patents: [{ patentNumber: made.patentNumber, kind: "INVENTION", cases: [{ caseNumber: made.caseNumber }] }],
      patentCases: [{ caseNumber: made.caseNumber, campaign: "THUNDER", patent: { title: expect.stringMatching(/^一种电池管理方法/) } }],
    });
  });

  test("a passing-off case is referred to the police, and the chain reads both ways", async () => {
    // passing off (假冒专利) is the patent wrong that can be a crime (Criminal Law art. 216)
    const made = await patentCase("440300", "PASSING_OFF");
    const ipoSZ = { agency: "IPO", region: "440300" };
    const police = { agency: "POLICE", region: "440300" };
    // the police file after the referral is sent, which is now
    const today = todayIn(new Date());
    const { sendReferral } = must(await p.query(ipoSZ, M.refer, {
      input: { sourceType: "PATENT_CASE", sourceId: made.caseId, region: "440300", reason: "假冒他人专利，情节严重，涉嫌假冒专利罪" },
    }));
    const { fileCriminalCase } = must(await p.query(police, M.file, {
      input: {
        filingNumber: `公经立-专利-${made.caseNumber}`, offence: "PATENT_PASSING_OFF", region: "440300", filedOn: today, amountInvolved: "230000.00",
        rightHolderCreditCode: made.creditCode, foreignInvested: true, suspects: [{ name: "王强", idNumber: makeIdNumber("440300", "1979-02-03", 7), caughtOn: today }],
      },
    }));
    must(await p.query(police, M.decide, { input: { referralId: sendReferral.id, decision: "FILED", criminalCaseId: fileCriminalCase.id } }));

    const forward = await p.query({ agency: "IPO", region: "440000" }, `query($id: ID!) {
      patentCase(id: $id) { caseNumber patent { patentNumber } referrals { status fromAgency criminalCase { offence suspects { name } } } }
    }`, { id: made.caseId });
    expect(forward.errors).toBeUndefined();
    expect(forward.data.patentCase).toEqual({
      caseNumber: made.caseNumber, patent: { patentNumber: made.patentNumber },
      referrals: [{ status: "FILED", fromAgency: "IPO", criminalCase: { offence: "PATENT_PASSING_OFF", suspects: [{ name: "王*" }] } }],
    });
    const backward = await p.query({ agency: "OFFICE", region: "000000" }, `query($id: ID!) {
      criminalCase(id: $id) { referral { source { __typename ... on PatentCase { id category keyField patent { title } } } } }
    }`, { id: fileCriminalCase.id });
    expect(backward.errors).toBeUndefined();
    expect(backward.data.criminalCase.referral.source).toMatchObject({ __typename: "PatentCase", id: made.caseId, category: "PASSING_OFF", keyField: "HIGH_TECH" });
  });

  test("linkage sees a patent case only where the sender may: another region's IPO cannot refer it", async () => {
    const made = await patentCase("440300");
    const res = await p.query({ agency: "IPO", region: "330000" }, M.refer, {
      input: { sourceType: "PATENT_CASE", sourceId: made.caseId, region: "330100", reason: "跨区域移送" },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.sourceId" });
  });

  test("a list of patent cases with their patents and referrals costs the same for 1 case as for 20", async () => {
    await patentCase("440600");
    for (let i = 0; i < 20; i++) await patentCase("441900");
    const LIST = `query($region: String!) { patentCases(first: 50, filter: { region: $region }) { edges { node {
      caseNumber patent { title cases { id } } referrals { status }
    } } } }`;
    const who = { agency: "OFFICE", region: "000000" };
    let one: any, twenty: any;
    const small = await countStatements(p, async () => (one = await p.query(who, LIST, { region: "440600" })));
    const large = await countStatements(p, async () => (twenty = await p.query(who, LIST, { region: "441900" })));
    expect(one.errors).toBeUndefined();
    expect([one.data.patentCases.edges.length, twenty.data.patentCases.edges.length]).toEqual([1, 20]);
    expect(large).toEqual(small);
  });
});
