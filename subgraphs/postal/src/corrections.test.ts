import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, correctionSmoke, createTestDatabase, identity, startFakeDependents } from "@ipr/shared/testing";
import { postal } from "./index";

/** The kit's corrections on this agency's records (saic's test covers every rule; this one that the kit is wired here). */
const OWNER = identity("POSTAL", "440300");
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let linkage: Awaited<ReturnType<typeof startFakeDependents>>;
let running: RunningSubgraph;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  linkage = await startFakeDependents();
  running = await startSubgraph(postal, { port: 0, databaseUrl: db.url, peers: { linkage: linkage.url } });
});
afterAll(async () => {
  await running?.stop();
  await linkage?.stop();
  await db?.drop();
});

test("PostalInterception: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "PostalInterception",
    owner: OWNER,
    correction: { itemCount: 14 },
    async create() {
      const res = await callSubgraph(running.url, OWNER, `mutation($input: RecordPostalInterceptionInput!) { recordPostalInterception(input: $input) { id } }`, { input: {
        caseNumber: `邮截更-${++n}`, region: "440300", interceptedOn: "2017-10-18", rightHolderCreditCode: makeCreditCode("440300", 5), foreignInvested: true,
        amountInvolved: "68000.00", trackingNumber: `SF${String(n).padStart(12, "0")}`, courierCreditCode: makeCreditCode("440300", 6), courierName: "快递公司",
        origin: "US", destination: "440300", crossBorderECommerce: true, control: "XRAY", goods: "假冒手表", itemCount: 12,
      } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.recordPostalInterception.id;
    },
  });
});

test("PostalInterception: a referred record is not withdrawn", async () => {
  const res = await callSubgraph(running.url, OWNER, `mutation($input: RecordPostalInterceptionInput!) { recordPostalInterception(input: $input) { id } }`, { input: {
    caseNumber: `邮截更-${++n}`, region: "440300", interceptedOn: "2017-10-18", rightHolderCreditCode: makeCreditCode("440300", 5), foreignInvested: true,
        amountInvolved: "68000.00", trackingNumber: `SF${String(n).padStart(12, "0")}`, courierCreditCode: makeCreditCode("440300", 6), courierName: "快递公司",
        origin: "US", destination: "440300", crossBorderECommerce: true, control: "XRAY", goods: "假冒手表", itemCount: 12,
  } });
  const id = res.data.recordPostalInterception.id;
  linkage.put("PostalInterception", id, [{ type: "Referral", id: "0d6f1b9e-1c1e-4a57-8d0e-3f1e2d3c4b5a", region: "440300", relies: ["region"] }]);
  const refused = await callSubgraph(running.url, OWNER, `mutation($input: WithdrawRecordInput!) { withdrawPostalInterception(input: $input) { id } }`, { input: { id, reason: "撤销" } });
  expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id", reason: "DEPENDENT_RECORDS" });
});

test("CourierComplianceCheck: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "CourierComplianceCheck",
    owner: OWNER,
    correction: { xray: true, outletName: "福田网点二部" },
    async create() {
      const res = await callSubgraph(running.url, OWNER, `mutation($input: RecordCourierComplianceCheckInput!) { recordCourierComplianceCheck(input: $input) { id } }`, {
        input: { region: "440300", checkedOn: "2017-10-12", courierCreditCode: makeCreditCode("440300", 6), courierName: "快递公司", outletName: "福田网点",
          inspectionOnReceipt: true, realName: true, xray: false },
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.recordCourierComplianceCheck.id;
    },
  });
});
