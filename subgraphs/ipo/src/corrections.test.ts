import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, correctionSmoke, createTestDatabase, identity, startFakeDependents } from "@ipr/shared/testing";
import { ipo } from "./index";

/** The kit's corrections on this agency's records (saic's test covers every rule; this one that the kit is wired here). */
const OWNER = identity("IPO", "440300");
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let linkage: Awaited<ReturnType<typeof startFakeDependents>>;
let office: Awaited<ReturnType<typeof startFakeDependents>>;
let running: RunningSubgraph;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  linkage = await startFakeDependents();
  // the office answers for its major-case reports and typical cases: nothing here
  office = await startFakeDependents();
  running = await startSubgraph(ipo, { port: 0, databaseUrl: db.url, peers: { linkage: linkage.url, office: office.url } });
});
afterAll(async () => {
  await running?.stop();
  await linkage?.stop();
  await office?.stop();
  await db?.drop();
});

test("PatentCase: correct, refusals, withdraw, history", async () => {
  await correctionSmoke({
    url: running.url,
    typename: "PatentCase",
    owner: OWNER,
    dependents: linkage,
    correction: { amountInvolved: "231000.00", keyField: "HIGH_TECH" },
    async create() {
      const res = await callSubgraph(running.url, OWNER, `mutation($input: CreatePatentCaseInput!) { createPatentCase(input: $input) { id } }`, { input: {
        caseNumber: `知执更-${++n}`, category: "PASSING_OFF", source: "EX_OFFICIO", region: "440300", openedOn: "2017-10-09",
        rightHolderCreditCode: makeCreditCode("440300", 5), foreignInvested: true, amountInvolved: "230000.00",
      } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.createPatentCase.id;
    },
  });
});

