import { makeCreditCode } from "@ipr/shared";
import { correctionSmoke, identity, subgraphUnderTest } from "@ipr/shared/testing";
import { agriculture } from "./index";

/** The kit's corrections on this agency's records (saic's test covers every rule; this one that the kit is wired here). */
const OWNER = identity("AGRICULTURE", "440300");
// linkage and the office stand in as the registry's dependents of its admin cases: nothing there until a test puts it
const running = subgraphUnderTest(agriculture);
const { call, peers } = running;
let n = 0;

test("PlantVarietyCase: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "PlantVarietyCase",
    owner: OWNER,
    dependents: peers.linkage,
    correction: { seedQuantityKg: "3300.00" },
    async create() {
      const res = await call(OWNER, `mutation($input: CreatePlantVarietyCaseInput!) { createPlantVarietyCase(input: $input) { id } }`, { input: {
        caseNumber: `农种更-${++n}`, sector: "AGRICULTURE", category: "COUNTERFEIT_SEEDS", region: "440300", openedOn: "2017-10-09",
        rightHolderCreditCode: makeCreditCode("440300", 5), foreignInvested: true, amountInvolved: "180000.00", seedQuantityKg: "3200.00",
      } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.createPlantVarietyCase.id;
    },
  });
});

