import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { saic } from "./index";

const SZ = identity("SAIC", "440300");
const GZ = identity("SAIC", "440100");
const IPO = identity("IPO", "440300");
const holder = makeCreditCode("440300", 7);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof SZ, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const CLOSE = `mutation($input: CloseAdminCaseInput!) { closeSaicCase(input: $input) {
  id openedOn closedOn outcome penaltyDecisionNumber fine confiscatedGains goodsConfiscated goodsDestroyed outcomeReason } }`;
let n = 0;
async function openCase(openedOn = "2017-10-09") {
  const res = await call(SZ, `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`, {
    input: {
      caseNumber: `深市监立字〔2017〕${++n}号`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn,
      rightHolderCreditCode: holder, foreignInvested: false, amountInvolved: "80000",
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data.createSaicCase.id as string;
}
const penalised = (caseId: string, over: Record<string, unknown> = {}) => ({
  caseId, closedOn: "2017-11-20", outcome: "PENALISED", penaltyDecisionNumber: "深市监罚字〔2017〕88号", fine: "50000", confiscatedGains: "1200.5",
  goodsConfiscated: "假冒运动鞋 320 双", ...over,
});
const outcomeOf = async (id: string) =>
  (await running.db.orm.em.getConnection().execute(`select outcome, closed_on from saic.saic_case where id = ?`, [id]))[0];

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(saic, { port: 0, databaseUrl: db.url });
  const res = await call(SZ, `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`, {
    input: { creditCode: holder, name: "深圳某鞋业有限公司", foreignInvested: false, region: "440300" },
  });
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("closing a market-regulation case (结案)", () => {
  test("records the outcome once, and the list filters on it", async () => {
    const id = await openCase();
    const res = await call(SZ, CLOSE, { input: penalised(id) });
    expect(res.errors).toBeUndefined();
    expect(res.data.closeSaicCase).toMatchObject({
      openedOn: "2017-10-09", closedOn: "2017-11-20", outcome: "PENALISED", fine: "50000.00", confiscatedGains: "1200.50", goodsConfiscated: "假冒运动鞋 320 双",
    });
    const again = await call(SZ, CLOSE, { input: penalised(id, { closedOn: "2017-11-21" }) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseId" });
    expect((await outcomeOf(id)).closed_on).toBeTruthy();

    const open = await openCase();
    const list = async (filter: object) =>
      (await call(SZ, `query($f: SaicCaseFilter) { saicCases(filter: $f, first: 100) { edges { node { id } } } }`, { f: filter })).data.saicCases.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await list({ outcome: "PENALISED" })).toContain(id);
    expect(await list({ closedFrom: "2017-11-20", closedTo: "2017-11-20" })).toEqual([id]);
    expect(await list({ closedFrom: "2017-11-21" })).not.toContain(id);
    expect(await list({ closed: false })).toContain(open);
    expect(await list({ closed: false })).not.toContain(id);
    expect(await list({ closed: true })).toEqual([id]);
  });

  test("a not-penalised case needs a reason", async () => {
    const id = await openCase();
    const res = await call(SZ, CLOSE, { input: { caseId: id, closedOn: "2017-10-30", outcome: "NOT_PENALISED", outcomeReason: "违法行为轻微并及时纠正，没有造成危害后果" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.closeSaicCase).toMatchObject({ outcome: "NOT_PENALISED", fine: null, penaltyDecisionNumber: null });
  });

  test.each([
    ["closing before it was opened", "input.closedOn", "BAD_USER_INPUT", SZ, { closedOn: "2017-10-08" }],
    ["a fine on a not-penalised outcome", "input.fine", "BAD_USER_INPUT", SZ, { outcome: "NOT_PENALISED", penaltyDecisionNumber: null, confiscatedGains: null, outcomeReason: "情节轻微" }],
    ["confiscated gains on a not-penalised outcome", "input.confiscatedGains", "BAD_USER_INPUT", SZ, { outcome: "NOT_PENALISED", penaltyDecisionNumber: null, fine: null, outcomeReason: "情节轻微" }],
    ["a penalty without its decision number", "input.penaltyDecisionNumber", "BAD_USER_INPUT", SZ, { penaltyDecisionNumber: null }],
    ["another agency", undefined, "FORBIDDEN", IPO, {}],
    ["another region (reads as absent)", "input.caseId", "NOT_FOUND", GZ, {}],
  ])("refuses %s and writes nothing", async (_, field, code, who, over) => {
    const id = await openCase();
    const res = await call(who, CLOSE, { input: penalised(id, over) });
    expect(res.errors?.[0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await outcomeOf(id)).toEqual({ outcome: null, closed_on: null });
  });

  test("an unknown case is NOT_FOUND", async () => {
    const res = await call(SZ, CLOSE, { input: penalised("00000000-0000-4000-8000-000000000000") });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.caseId" });
  });
});
