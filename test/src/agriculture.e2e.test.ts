import { makeCreditCode, makeIdNumber, todayIn } from "@ipr/shared";
import { countStatements, startPlatform, type Platform } from "./platform";
import { M } from "./chain";

/** Agriculture in the composed platform: its varieties and cases joined with SAIC's enterprises, linkage's referrals and police cases. */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const REGISTER_VARIETY = `mutation($input: RegisterPlantVarietyInput!) { registerPlantVariety(input: $input) { rightNumber } }`;
const CREATE_CASE = `mutation($input: CreatePlantVarietyCaseInput!) { createPlantVarietyCase(input: $input) { id caseNumber } }`;

function must<T = any>(res: { data?: T; errors?: unknown[] }): T {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

let serial = 0;
/** A foreign-invested seed company on SAIC's register, a maize variety it holds, and an infringement case about it. */
async function varietyCase(region: string) {
  const n = ++serial;
  const creditCode = makeCreditCode(region, 30_000 + n);
  must(await p.query({ agency: "SAIC", region }, M.register, { input: { creditCode, name: `外资种业${n}`, foreignInvested: true, investorCountry: "US", region } }));
  const rightNumber = `CNA2016${String(n).padStart(4, "0")}.3`;
  must(await p.query({ agency: "AGRICULTURE", region: "000000" }, REGISTER_VARIETY, {
    input: { rightNumber, denomination: `先玉${n}号`, species: "玉米", sector: "AGRICULTURE", holderCreditCode: creditCode, holderName: `外资种业${n}`, foreignInvested: true, grantedOn: "2016-06-01" },
  }));
  const { createPlantVarietyCase } = must(await p.query({ agency: "AGRICULTURE", region }, CREATE_CASE, {
    input: {
      caseNumber: `农种罚-${region}-${n}`, sector: "AGRICULTURE", category: "VARIETY_RIGHT_INFRINGEMENT", campaign: "SEED_ENFORCEMENT",
      rightNumber, region, openedOn: "2017-10-09", rightHolderCreditCode: creditCode, foreignInvested: true, amountInvolved: "180000.00", seedQuantityKg: "3200.00",
    },
  })) as any;
  return { creditCode, rightNumber, caseId: createPlantVarietyCase.id as string, caseNumber: createPlantVarietyCase.caseNumber as string };
}

describe("agriculture through the gateway", () => {
  test("an enterprise shows SAIC's register data with agriculture's varieties and cases, and back", async () => {
    const made = await varietyCase("440300");
    const res = await p.query({ agency: "OFFICE", region: "000000" }, `query($c: String!, $id: ID!) {
      enterprise(creditCode: $c) { name plantVarieties { rightNumber cases { caseNumber } } plantVarietyCases { caseNumber campaign variety { denomination } } }
      plantVarietyCase(id: $id) { seedQuantityKg rightHolder { name investorCountry } variety { holder { name foreignInvested } } }
    }`, { c: made.creditCode, id: made.caseId });
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprise).toEqual({
      name: expect.stringMatching(/^外资种业/),
      plantVarieties: [{ rightNumber: made.rightNumber, cases: [{ caseNumber: made.caseNumber }] }],
      plantVarietyCases: [{ caseNumber: made.caseNumber, campaign: "SEED_ENFORCEMENT", variety: { denomination: expect.stringMatching(/^先玉/) } }],
    });
    expect(res.data.plantVarietyCase).toEqual({
      seedQuantityKg: "3200.00", rightHolder: { name: expect.stringMatching(/^外资种业/), investorCountry: "US" }, variety: { holder: { name: expect.stringMatching(/^外资种业/), foreignInvested: true } },
    });
  });

  test("a holder missing from SAIC's register reads as a null holder, not an error", async () => {
    const holder = makeCreditCode("110000", 77);
    must(await p.query({ agency: "AGRICULTURE", region: "110000" }, REGISTER_VARIETY, {
      input: { rightNumber: "20160088", denomination: "京林杨2号", species: "杨树", sector: "FORESTRY", holderCreditCode: holder, holderName: "北京某林场", foreignInvested: false, grantedOn: "2016-08-08" },
    }));
    const res = await p.query({ agency: "POLICE", region: "110000" }, `{ plantVariety(rightNumber: "20160088") { denomination holder { name } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.plantVariety).toEqual({ denomination: "京林杨2号", holder: null });
  });

  test("a plant-variety case is referred to the police, and the chain reads both ways", async () => {
    const made = await varietyCase("440300");
    const agriSZ = { agency: "AGRICULTURE", region: "440300" };
    const police = { agency: "POLICE", region: "440300" };
    const today = todayIn(new Date());
    const { sendReferral } = must(await p.query(agriSZ, M.refer, {
      input: { sourceType: "PLANT_VARIETY_CASE", sourceId: made.caseId, region: "440300", reason: "销售假冒授权品种种子，数量较大，涉嫌生产、销售伪劣产品罪" },
    })) as any;
    const { fileCriminalCase } = must(await p.query(police, M.file, {
      input: {
        filingNumber: `公经立-种子-${made.caseNumber}`, offence: "COUNTERFEIT_GOODS", region: "440300", filedOn: today, amountInvolved: "180000.00",
        rightHolderCreditCode: made.creditCode, foreignInvested: true, suspects: [{ name: "刘洋", idNumber: makeIdNumber("440300", "1982-04-05", 9), caughtOn: today }],
      },
    })) as any;
    must(await p.query(police, M.decide, { input: { referralId: sendReferral.id, decision: "FILED", criminalCaseId: fileCriminalCase.id } }));

    const forward = await p.query({ agency: "AGRICULTURE", region: "440000" }, `query($id: ID!) {
      plantVarietyCase(id: $id) { caseNumber variety { rightNumber } referrals { status fromAgency criminalCase { offence suspects { name } } } }
    }`, { id: made.caseId });
    expect(forward.errors).toBeUndefined();
    expect(forward.data.plantVarietyCase).toEqual({
      caseNumber: made.caseNumber, variety: { rightNumber: made.rightNumber },
      referrals: [{ status: "FILED", fromAgency: "AGRICULTURE", criminalCase: { offence: "COUNTERFEIT_GOODS", suspects: [{ name: "刘*" }] } }],
    });
    const backward = await p.query({ agency: "OFFICE", region: "000000" }, `query($id: ID!) {
      criminalCase(id: $id) { referral { source { __typename ... on PlantVarietyCase { caseNumber sector variety { species } } } } }
    }`, { id: fileCriminalCase.id });
    expect(backward.errors).toBeUndefined();
    expect(backward.data.criminalCase.referral.source).toEqual({ __typename: "PlantVarietyCase", caseNumber: made.caseNumber, sector: "AGRICULTURE", variety: { species: "玉米" } });
  });

  test("linkage cannot refer a case agriculture hides from the sender's region", async () => {
    const made = await varietyCase("440300");
    const res = await p.query({ agency: "AGRICULTURE", region: "330000" }, M.refer, {
      input: { sourceType: "PLANT_VARIETY_CASE", sourceId: made.caseId, region: "330000", reason: "跨省移送" },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.sourceId" });
  });

  test("statements per subgraph do not grow with the number of cases listed", async () => {
    for (let i = 0; i < 1; i++) await varietyCase("450100");
    for (let i = 0; i < 20; i++) await varietyCase("450200");
    const LIST = `query($region: String!) { plantVarietyCases(first: 50, filter: { region: $region }) { edges { node {
      caseNumber variety { denomination holder { name } cases { id } } rightHolder { name plantVarietyCases { id } } referrals { status }
    } } } }`;
    const who = { agency: "OFFICE", region: "000000" };
    let one: any, twenty: any;
    const small = await countStatements(p, async () => (one = await p.query(who, LIST, { region: "450100" })));
    const large = await countStatements(p, async () => (twenty = await p.query(who, LIST, { region: "450200" })));
    expect(one.errors).toBeUndefined();
    expect(one.data.plantVarietyCases.edges).toHaveLength(1);
    expect(twenty.data.plantVarietyCases.edges).toHaveLength(20);
    expect(twenty.data.plantVarietyCases.edges.every((e: any) => e.node.variety.holder.name === e.node.rightHolder.name)).toBe(true);
    expect(large).toEqual(small);
  });
});
