import { makeCreditCode } from "@ipr/shared";
import { correctionSmoke, identity, subgraphUnderTest } from "@ipr/shared/testing";
import { press } from "./index";

/** The kit's corrections on this agency's records (saic's test covers every rule; this one that the kit is wired here). */
const OWNER = identity("PRESS", "440300");
// linkage and the office stand in as the registry's dependents of its admin cases: nothing there until a test puts it
const running = subgraphUnderTest(press);
const { call, peers } = running;
let n = 0;

test("CopyrightCase: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "CopyrightCase",
    owner: OWNER,
    dependents: peers.linkage,
    correction: { copies: 3200, openedOn: "2017-10-11" },
    async create() {
      const res = await call(OWNER, `mutation($input: CreateCopyrightCaseInput!) { createCopyrightCase(input: $input) { id } }`, { input: {
        caseNumber: `粤版更字〔2017〕${++n}号`, region: "440300", openedOn: "2017-10-10", rightHolderCreditCode: makeCreditCode("440300", 5),
        foreignInvested: true, amountInvolved: "150000.00", workType: "FILM", online: false, copies: 3000,
      } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.createCopyrightCase.id;
    },
  });
});

test("SoftwareLegalisationCheck: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "SoftwareLegalisationCheck",
    owner: OWNER,
    correction: { computersChecked: 41, unlicensedCopiesFound: 2 },
    async create() {
      const res = await call(OWNER, `mutation($input: RecordSoftwareLegalisationCheckInput!) { recordSoftwareLegalisationCheck(input: $input) { id } }`, {
        input: { region: "440300", checkedOn: "2017-10-12", organisationName: `深圳某局${++n}`, organisationType: "GOVERNMENT_AGENCY", computersChecked: 40, unlicensedCopiesFound: 3 },
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.recordSoftwareLegalisationCheck.id;
    },
  });
});
