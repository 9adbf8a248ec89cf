import { makeCreditCode } from "@ipr/shared";
import { countStatements, startPlatform, type Platform } from "./platform";

/**
 * Customs composed with the deployed subgraphs, through the real gateway: recordations and detentions
 * recorded by customs, the right holder resolved from SAIC's register, customs' fields on Enterprise.
 */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const M = {
  register: `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`,
  record: `mutation($input: RecordCustomsRecordationInput!) { recordCustomsRecordation(input: $input) { id recordationNumber validUntil } }`,
  seize: `mutation($input: RecordCustomsSeizureInput!) { recordCustomsSeizure(input: $input) { id caseNumber } }`,
};

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

let serial = 0;
/** A foreign-invested right holder on SAIC's register with a trademark recorded at customs. */
async function holderWithRecordation(region: string) {
  const n = ++serial;
  const creditCode = makeCreditCode(region, 20_000 + n);
  must(await p.query({ agency: "SAIC", region }, M.register, {
    input: { creditCode, name: `外资品牌${n}有限公司`, foreignInvested: true, investorCountry: "FR", region },
  }));
  const { recordCustomsRecordation } = must(await p.query({ agency: "CUSTOMS", region: "000000" }, M.record, {
    input: {
      recordationNumber: `T2016-${String(n).padStart(5, "0")}`, rightType: "TRADEMARK", rightNumber: `${9_100_000 + n}`,
      holderCreditCode: creditCode, holderName: `外资品牌${n}有限公司`, foreignInvested: true, recordedOn: "2016-02-29",
    },
  }));
  return { creditCode, name: `外资品牌${n}有限公司`, recordation: recordCustomsRecordation, rightNumber: `${9_100_000 + n}` };
}

const seizure = (region: string, creditCode: string, recordationId: string | null, over: Record<string, unknown> = {}) => ({
  caseNumber: `关扣-${region}-${++serial}`, region, seizedOn: "2017-10-16", rightHolderCreditCode: creditCode, foreignInvested: true,
  amountInvolved: "64000.00", direction: "EXPORT", port: "深圳湾海关", goods: "假冒手提包", quantity: 320, declaredValue: "9600.00",
  basis: "EX_OFFICIO", recordationId, campaign: "LONGTENG", ...over,
});

describe("customs through the gateway", () => {
  test("a detention reads its right holder from SAIC, and Enterprise reads its detentions from customs", async () => {
    const { creditCode, name, recordation, rightNumber } = await holderWithRecordation("440300");
    expect(recordation.validUntil).toBe("2026-02-28");
    const { recordCustomsSeizure } = must(await p.query({ agency: "CUSTOMS", region: "440300" }, M.seize, { input: seizure("440300", creditCode, recordation.id) }));

    const police = await p.query({ agency: "POLICE", region: "440000" }, `query($id: ID!) { customsSeizure(id: $id) {
      caseNumber basis rightHolder { name foreignInvested investorCountry } recordation { recordationNumber holder { name } } } }`, { id: recordCustomsSeizure.id });
    expect(police.errors).toBeUndefined();
    expect(police.data.customsSeizure).toEqual({
      caseNumber: recordCustomsSeizure.caseNumber, basis: "EX_OFFICIO",
      rightHolder: { name, foreignInvested: true, investorCountry: "FR" },
      recordation: { recordationNumber: recordation.recordationNumber, holder: { name } },
    });

    const ENTERPRISE = `query($c: String!) { enterprise(creditCode: $c) { name
      customsRecordations { recordationNumber valid(on: "2026-02-28") trademark { registrationNumber customsSeizures { id } } }
      customsSeizures { id } } }`;
    const office = await p.query({ agency: "OFFICE", region: "000000" }, ENTERPRISE, { c: creditCode });
    expect(office.errors).toBeUndefined();
    expect(office.data.enterprise.customsSeizures).toEqual([{ id: recordCustomsSeizure.id }]);
    expect(office.data.enterprise.customsRecordations).toEqual([
      { recordationNumber: recordation.recordationNumber, valid: true, trademark: { registrationNumber: rightNumber, customsSeizures: [{ id: recordCustomsSeizure.id }] } },
    ]);
    // recordations are national, detentions are not
    const zhejiang = await p.query({ agency: "SAIC", region: "330000" }, ENTERPRISE, { c: creditCode });
    expect(zhejiang.data.enterprise.customsSeizures).toEqual([]);
    expect(zhejiang.data.enterprise.customsRecordations[0].trademark.customsSeizures).toEqual([]);
    expect(zhejiang.data.enterprise.customsRecordations[0].recordationNumber).toBe(recordation.recordationNumber);
  });

  test("refusals reach the caller with code and field, and nothing is written", async () => {
    const { creditCode } = await holderWithRecordation("440100");
    const other = await holderWithRecordation("440100");
    const customsGz = { agency: "CUSTOMS", region: "440100" };
    const noRecordation = await p.query(customsGz, M.seize, { input: seizure("440100", creditCode, null) });
    expect(noRecordation.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.recordationId" });
    const mismatch = await p.query(customsGz, M.seize, { input: seizure("440100", creditCode, other.recordation.id) });
    expect(mismatch.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.recordationId" });
    const saic = await p.query({ agency: "SAIC", region: "440100" }, M.seize, { input: seizure("440100", creditCode, null, { basis: "ON_APPLICATION" }) });
    expect(saic.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const list = await p.query({ agency: "OFFICE", region: "000000" }, `{ customsSeizures(filter: { region: "440100" }) { totalCount } }`);
    expect(list.data.customsSeizures.totalCount).toBe(0);
  });

  test("a list of detentions with right holders and recordations costs the same statements for 1 row as for 20", async () => {
    const LIST = `query($region: String!) { customsSeizures(first: 50, filter: { region: $region }) { edges { node {
      caseNumber rightHolder { name customsSeizures { id } } recordation { recordationNumber holder { name } } } } } }`;
    const who = { agency: "OFFICE", region: "000000" };
    const add = async (region: string) => {
      const { creditCode, recordation } = await holderWithRecordation(region);
      must(await p.query({ agency: "CUSTOMS", region }, M.seize, { input: seizure(region, creditCode, recordation.id) }));
    };
    await add("440600");
    for (let i = 0; i < 20; i++) await add("441900");
    let one: any, twenty: any;
    const small = await countStatements(p, async () => (one = await p.query(who, LIST, { region: "440600" })));
    const large = await countStatements(p, async () => (twenty = await p.query(who, LIST, { region: "441900" })));
    expect(one.errors).toBeUndefined();
    expect(one.data.customsSeizures.edges).toHaveLength(1);
    expect(twenty.data.customsSeizures.edges).toHaveLength(20);
    expect(twenty.data.customsSeizures.edges.every((e: any) => e.node.rightHolder.name && e.node.recordation.holder.name)).toBe(true);
    expect(large).toEqual(small);
  });
});
