import { makeCreditCode } from "@ipr/shared";
import { startPlatform, type Platform } from "./platform";

/**
 * Outcomes (结案) of admin cases through the real gateway: the kit's close mutation in two agencies,
 * the refusals of the issue, and the outcome read by another agency.
 */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const SAIC = { agency: "SAIC", region: "440300" };
const CUSTOMS = { agency: "CUSTOMS", region: "440300" };
const creditCode = makeCreditCode("440300", 31_001);

async function openSaicCase(n: number) {
  return must(await p.query(SAIC, `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`, {
    input: {
      caseNumber: `深市监立字〔2017〕结${n}号`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn: "2017-10-09",
      rightHolderCreditCode: creditCode, foreignInvested: true, amountInvolved: "80000",
    },
  })).createSaicCase.id as string;
}

beforeAll(async () => {
  must(await p.query(SAIC, `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`, {
    input: { creditCode, name: "结案测试外资有限公司", foreignInvested: true, investorCountry: "JP", region: "440300" },
  }));
});

describe("closing admin cases through the gateway", () => {
  test("SAIC closes its case with a penalty; the police read the outcome; lists filter on it", async () => {
    const id = await openSaicCase(1);
    must(await p.query(SAIC, `mutation($input: CloseAdminCaseInput!) { closeSaicCase(input: $input) { id } }`, {
      input: { caseId: id, closedOn: "2017-11-20", outcome: "PENALISED", penaltyDecisionNumber: "深市监罚字〔2017〕88号", fine: "50000", goodsDestroyed: "假冒运动鞋 320 双" },
    }));
    const read = must(await p.query({ agency: "POLICE", region: "440000" }, `query($id: ID!) { saicCase(id: $id) { closedOn outcome penaltyDecisionNumber fine goodsDestroyed } }`, { id }));
    expect(read.saicCase).toEqual({ closedOn: "2017-11-20", outcome: "PENALISED", penaltyDecisionNumber: "深市监罚字〔2017〕88号", fine: "50000.00", goodsDestroyed: "假冒运动鞋 320 双" });
    const list = must(await p.query(SAIC, `{ saicCases(filter: { outcome: PENALISED, closedFrom: "2017-11-01", closedTo: "2017-11-30" }, first: 50) { edges { node { id } } } }`));
    expect(list.saicCases.edges.map((e: any) => e.node.id)).toContain(id);
  });

  test("refusals: another agency, before opening, a fine when not penalised; nothing written", async () => {
    const id = await openSaicCase(2);
    const close = (who: typeof SAIC, input: Record<string, unknown>) =>
      p.query(who, `mutation($input: CloseAdminCaseInput!) { closeSaicCase(input: $input) { id } }`, { input: { caseId: id, ...input } });
    expect((await close(CUSTOMS, { closedOn: "2017-11-20", outcome: "REFERRED_TO_POLICE" })).errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await close(SAIC, { closedOn: "2017-10-01", outcome: "REFERRED_TO_POLICE" })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.closedOn" });
    expect((await close(SAIC, { closedOn: "2017-11-20", outcome: "NOT_PENALISED", fine: "100", outcomeReason: "情节轻微" })).errors?.[0].extensions)
      .toMatchObject({ code: "BAD_USER_INPUT", field: "input.fine" });
    const still = must(await p.query(SAIC, `query($id: ID!) { saicCase(id: $id) { closedOn outcome fine } }`, { id }));
    expect(still.saicCase).toEqual({ closedOn: null, outcome: null, fine: null });
    must(await close(SAIC, { closedOn: "2017-11-20", outcome: "NOT_PENALISED", outcomeReason: "违法行为轻微并及时纠正" }));
  });

  test("customs closes a seizure by the kit's same mutation shape", async () => {
    const { recordCustomsSeizure } = must(await p.query(CUSTOMS, `mutation($input: RecordCustomsSeizureInput!) { recordCustomsSeizure(input: $input) { id } }`, {
      input: {
        caseNumber: "关扣-结案-1", region: "440300", seizedOn: "2017-10-16", rightHolderCreditCode: creditCode, foreignInvested: true, amountInvolved: "64000.00",
        direction: "EXPORT", port: "深圳湾海关", goods: "假冒手提包", quantity: 320, declaredValue: "9600.00", basis: "ON_APPLICATION", recordationId: null,
      },
    }));
    const closed = must(await p.query(CUSTOMS, `mutation($input: CloseAdminCaseInput!) { closeCustomsSeizure(input: $input) { seizedOn closedOn outcome confiscatedGains goodsConfiscated } }`, {
      input: { caseId: recordCustomsSeizure.id, closedOn: "2017-12-01", outcome: "PENALISED", penaltyDecisionNumber: "深关知罚字〔2017〕3号", goodsConfiscated: "假冒手提包 320 个" },
    }));
    expect(closed.closeCustomsSeizure).toEqual({ seizedOn: "2017-10-16", closedOn: "2017-12-01", outcome: "PENALISED", confiscatedGains: null, goodsConfiscated: "假冒手提包 320 个" });
  });
});
