import { makeCreditCode } from "@ipr/shared";
import { correctionSmoke, identity, subgraphUnderTest } from "@ipr/shared/testing";
import { customs } from "./index";

/** The kit's corrections on this agency's records (saic's test covers every rule; this one that the kit is wired here). */
const OWNER = identity("CUSTOMS", "440300");
// linkage and the office stand in as the registry's dependents of its admin cases: nothing there until a test puts it
const running = subgraphUnderTest(customs);
const { call, peers } = running;
let n = 0;

test("CustomsSeizure: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "CustomsSeizure",
    owner: OWNER,
    dependents: peers.linkage,
    correction: { quantity: 321, port: "蛇口海关" },
    async create() {
      const res = await call(OWNER, `mutation($input: RecordCustomsSeizureInput!) { recordCustomsSeizure(input: $input) { id } }`, { input: {
        caseNumber: `关扣更-${++n}`, region: "440300", seizedOn: "2017-10-16", rightHolderCreditCode: makeCreditCode("440300", 5), foreignInvested: true,
        amountInvolved: "64000.00", direction: "EXPORT", port: "深圳湾海关", goods: "假冒手提包", quantity: 320, declaredValue: "9600.00", basis: "ON_APPLICATION",
      } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.recordCustomsSeizure.id;
    },
  });
});

const recordation = async (serial: number) => {
  const res = await call(OWNER, `mutation($input: RecordCustomsRecordationInput!) { recordCustomsRecordation(input: $input) { id } }`, {
    input: { recordationNumber: `T2017-${serial}`, rightType: "TRADEMARK", rightNumber: `${serial}`, holderCreditCode: makeCreditCode("440300", 5),
      holderName: "某外资公司", foreignInvested: true, recordedOn: "2017-01-05" },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.recordCustomsRecordation.id as string;
};

test("CustomsRecordation: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({ url: running.url, typename: "CustomsRecordation", owner: OWNER, correction: { holderName: "某外资（中国）公司" }, create: () => recordation(90001) });
});

test("CustomsJointOperation: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url, typename: "CustomsJointOperation", owner: OWNER, correction: { partners: ["WCO", "EU"] },
    async create() {
      const res = await call(OWNER, `mutation($input: RecordCustomsJointOperationInput!) { recordCustomsJointOperation(input: $input) { id } }`, {
        input: { name: `联合行动${++n}`, partners: ["WCO"], startedOn: "2017-09-01", endedOn: "2017-12-31" },
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.recordCustomsJointOperation.id;
    },
  });
});

test("a recordation a detention was made under: its holder stays, and it is not withdrawn", async () => {
  const id = await recordation(90002);
  const seized = await call(OWNER, `mutation($input: RecordCustomsSeizureInput!) { recordCustomsSeizure(input: $input) { id } }`, { input: {
    caseNumber: `关扣依-${++n}`, region: "440300", seizedOn: "2017-10-16", rightHolderCreditCode: makeCreditCode("440300", 5), foreignInvested: true,
    amountInvolved: "64000.00", direction: "EXPORT", port: "深圳湾海关", goods: "假冒手提包", quantity: 320, declaredValue: "9600.00", basis: "EX_OFFICIO", recordationId: id,
  } });
  expect(seized.errors).toBeUndefined();
  const holder = await call(OWNER, `mutation($input: CorrectCustomsRecordationInput!) { correctCustomsRecordation(input: $input) { id } }`, {
    input: { id, reason: "更正", holderCreditCode: makeCreditCode("440300", 8) },
  });
  expect(holder.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.holderCreditCode", reason: "DEPENDENT_RECORDS",
    dependents: [{ type: "CustomsSeizure", id: seized.data.recordCustomsSeizure.id, subgraph: "customs" }] });
  const withdraw = await call(OWNER, `mutation($input: WithdrawRecordInput!) { withdrawCustomsRecordation(input: $input) { id } }`, { input: { id, reason: "撤销" } });
  expect(withdraw.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id", reason: "DEPENDENT_RECORDS" });
  const name = await call(OWNER, `mutation($input: CorrectCustomsRecordationInput!) { correctCustomsRecordation(input: $input) { holderName } }`, {
    input: { id, reason: "名称更正", holderName: "某外资（中国）有限公司" },
  });
  expect(name.errors).toBeUndefined();
});
