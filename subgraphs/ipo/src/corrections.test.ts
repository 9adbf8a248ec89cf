import { makeCreditCode } from "@ipr/shared";
import { correctionSmoke, identity, subgraphUnderTest } from "@ipr/shared/testing";
import { ipo } from "./index";

/** The kit's corrections on this agency's records (saic's test covers every rule; this one that the kit is wired here). */
const OWNER = identity("IPO", "440300");
// linkage and the office stand in as the registry's dependents of its admin cases: nothing there until a test puts it
const running = subgraphUnderTest(ipo);
const { call, peers } = running;
let n = 0;

test("PatentCase: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "PatentCase",
    owner: OWNER,
    dependents: peers.linkage,
    correction: { amountInvolved: "231000.00", keyField: "HIGH_TECH" },
    async create() {
      const res = await call(OWNER, `mutation($input: CreatePatentCaseInput!) { createPatentCase(input: $input) { id } }`, { input: {
        caseNumber: `知执更-${++n}`, category: "PASSING_OFF", source: "EX_OFFICIO", region: "440300", openedOn: "2017-10-09",
        rightHolderCreditCode: makeCreditCode("440300", 5), foreignInvested: true, amountInvolved: "230000.00",
      } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.createPatentCase.id;
    },
  });
});

