import { makeCreditCode } from "@ipr/shared";
import { correctionSmoke, identity, subgraphUnderTest } from "@ipr/shared/testing";
import { postal } from "./index";

/** The kit's corrections on this agency's records (saic's test covers every rule; this one that the kit is wired here). */
const OWNER = identity("POSTAL", "440300");
// linkage and the office stand in as the registry's dependents of its admin cases: nothing there until a test puts it
const running = subgraphUnderTest(postal);
const { call, peers } = running;
let n = 0;

test("PostalInterception: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "PostalInterception",
    owner: OWNER,
    dependents: peers.linkage,
    correction: { itemCount: 14 },
    async create() {
      const res = await call(OWNER, `mutation($input: RecordPostalInterceptionInput!) { recordPostalInterception(input: $input) { id } }`, { input: {
        caseNumber: `邮截更-${++n}`, region: "440300", interceptedOn: "2017-10-18", rightHolderCreditCode: makeCreditCode("440300", 5), foreignInvested: true,
        amountInvolved: "68000.00", trackingNumber: `SF${String(n).padStart(12, "0")}`, courierCreditCode: makeCreditCode("440300", 6), courierName: "快递公司",
        origin: "US", destination: "440300", crossBorderECommerce: true, control: "XRAY", goods: "假冒手表", itemCount: 12,
      } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.recordPostalInterception.id;
    },
  });
});

test("CourierComplianceCheck: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "CourierComplianceCheck",
    owner: OWNER,
    correction: { xray: true, outletName: "福田网点二部" },
    async create() {
      const res = await call(OWNER, `mutation($input: RecordCourierComplianceCheckInput!) { recordCourierComplianceCheck(input: $input) { id } }`, {
        input: { region: "440300", checkedOn: "2017-10-12", courierCreditCode: makeCreditCode("440300", 6), courierName: "快递公司", outletName: "福田网点",
          inspectionOnReceipt: true, realName: true, xray: false },
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.recordCourierComplianceCheck.id;
    },
  });
});
