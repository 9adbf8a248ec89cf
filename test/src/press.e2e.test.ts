import { makeCreditCode } from "@ipr/shared";
import { countStatements, startPlatform, type Platform } from "./platform";

/** The press subgraph composed with the deployment: its fields on SAIC's Enterprise, and SAIC's enterprise behind its stubs. */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const SAIC = { agency: "SAIC", region: "440000" };
const PRESS = { agency: "PRESS", region: "440000" };
const OFFICE = { agency: "OFFICE", region: "000000" };

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

let serial = 0;
async function registerEnterprise(region: string) {
  const creditCode = makeCreditCode(region, 20_000 + ++serial);
  must(await p.query(SAIC, `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`, {
    input: { creditCode, name: `外资影业${serial}`, foreignInvested: true, investorCountry: "US", region },
  }));
  return creditCode;
}
async function registerWork(ownerCreditCode: string) {
  const { registerCopyrightWork } = must(await p.query(PRESS, `mutation($input: RegisterCopyrightWorkInput!) { registerCopyrightWork(input: $input) { registrationNumber } }`, {
    input: {
      registrationNumber: `国作登字-2017-F-${String(++serial).padStart(8, "0")}`, title: `影片${serial}`, workType: "FILM",
      ownerCreditCode, ownerName: "外资影业", foreignInvested: true, registeredOn: "2017-02-01",
    },
  }));
  return registerCopyrightWork.registrationNumber as string;
}
async function openCase(region: string, rightHolderCreditCode: string, registrationNumber: string, infringerCreditCode: string | null = null) {
  const { createCopyrightCase } = must(await p.query(PRESS, `mutation($input: CreateCopyrightCaseInput!) { createCopyrightCase(input: $input) { id caseNumber } }`, {
    input: {
      caseNumber: `粤版罚字〔2017〕${++serial}号`, region, openedOn: "2017-10-10", rightHolderCreditCode, infringerCreditCode, foreignInvested: true,
      amountInvolved: "150000.00", campaign: "SWORD_NET_2017", workType: "FILM", online: true, platformType: "APP_STORE", copies: 3000,
      illegalGains: "52000.00", registrationNumber,
    },
  }));
  return createCopyrightCase as { id: string; caseNumber: string };
}

test("an enterprise shows its registered works and copyright cases next to SAIC's facts", async () => {
  const holder = await registerEnterprise("440300");
  const unregistered = makeCreditCode("440300", 29_999);
  const work = await registerWork(holder);
  const opened = await openCase("440300", holder, work, unregistered);

  const { enterprise } = must(await p.query(OFFICE, `query($c: String!) { enterprise(creditCode: $c) {
    name copyrightWorks { registrationNumber owner { name } }
    copyrightCases { caseNumber online platformType illegalGains work { title } rightHolder { investorCountry } infringer { name } } } }`, { c: holder }));
  expect(enterprise).toEqual({
    name: expect.stringMatching(/^外资影业/),
    copyrightWorks: [{ registrationNumber: work, owner: { name: enterprise.name } }],
    copyrightCases: [{
      caseNumber: opened.caseNumber, online: true, platformType: "APP_STORE", illegalGains: "52000.00",
      work: { title: expect.stringMatching(/^影片/) }, rightHolder: { investorCountry: "US" }, infringer: null,
    }],
  });
  // outside the case's region the register still shows, the case does not
  const zj = must(await p.query({ agency: "SAIC", region: "330000" }, `query($c: String!) { enterprise(creditCode: $c) { copyrightWorks { registrationNumber } copyrightCases { id } } }`, { c: holder }));
  expect(zj.enterprise).toEqual({ copyrightWorks: [{ registrationNumber: work }], copyrightCases: [] });
});

test("cases with their works and right holders cost the same statements for 1 case as for 30", async () => {
  const region = "441900";
  const list = async () => {
    let res: any;
    const statements = await countStatements(p, async () => {
      res = await p.query({ agency: "PRESS", region }, `{ copyrightCases(first: 50) { edges { node { work { title } rightHolder { name } } } } }`);
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.copyrightCases.edges.every((e: any) => e.node.work.title && e.node.rightHolder.name)).toBe(true);
    return { statements, cases: res.data.copyrightCases.edges.length };
  };
  const add = async () => {
    const holder = await registerEnterprise(region);
    await openCase(region, holder, await registerWork(holder));
  };
  await add();
  const single = await list();
  for (let i = 1; i < 30; i++) await add();
  const thirty = await list();
  expect([single.cases, thirty.cases]).toEqual([1, 30]);
  expect(thirty.statements).toEqual(single.statements);
});
