import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { saic } from "./index";
import { termEnd } from "./resolvers/trademark";

const SZ = identity("SAIC", "440300");
const holder = makeCreditCode("440300", 7);
const other = makeCreditCode("440300", 8);
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (query: string, variables = {}, who = SZ) => callSubgraph(running.url, who, query, variables);

const REGISTER_TM = `mutation($input: RegisterTrademarkInput!) { registerTrademark(input: $input) { registrationNumber validUntil foreignRelated holder { name } } }`;
const CREATE = `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id trademark { mark } trademarkViolation online } }`;
const caseInput = (over: Record<string, unknown> = {}) => ({
  caseNumber: `深市监-${Math.random().toString().slice(2, 10)}`, category: "TRADEMARK", trademarkViolation: "BRAND_IMITATION",
  region: "440300", openedOn: "2017-11-02", rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "56000", ...over,
});

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(saic, { port: 0, databaseUrl: db.url });
  for (const [code, foreign] of [[holder, true], [other, false]] as const)
    await call(`mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { creditCode } }`, {
      i: { creditCode: code, name: `企业${code.slice(-3)}`, foreignInvested: foreign, investorCountry: foreign ? "JP" : null, region: "440300" },
    });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("trademarks and trademark cases", () => {
  test("a 10-year term ends the day before its anniversary, 29 February included", () => {
    expect(termEnd("2010-03-07", 10)).toBe("2020-03-06");
    expect(termEnd("2016-02-29", 10)).toBe("2026-02-27");
  });

  test("registers a mark of a foreign-invested holder and links cases to it", async () => {
    const tm = await call(REGISTER_TM, { input: { registrationNumber: "12345678", mark: "SAKURA", niceClass: 9, holderCreditCode: holder, wellKnown: true, registeredOn: "2012-05-14" } });
    expect(tm.errors).toBeUndefined();
    expect(tm.data.registerTrademark).toMatchObject({ validUntil: "2022-05-13", foreignRelated: true });
    const c = await call(CREATE, { input: caseInput({ trademarkRegistrationNumber: "12345678", online: true }) });
    expect(c.errors).toBeUndefined();
    expect(c.data.createSaicCase).toMatchObject({ trademark: { mark: "SAKURA" }, trademarkViolation: "BRAND_IMITATION", online: true });
    const e = await call(`query($c: String!) { enterprise(creditCode: $c) { trademarks { registrationNumber cases { id } } } }`, { c: holder });
    expect(e.data.enterprise.trademarks[0].cases).toHaveLength(1);
  });

  test.each([
    ["input.trademarkViolation", { trademarkViolation: null }, "BAD_USER_INPUT"],
    ["input.trademarkViolation", { category: "TRADE_SECRET" }, "BAD_USER_INPUT"],
    ["input.trademarkRegistrationNumber", { trademarkRegistrationNumber: "99999999" }, "NOT_FOUND"],
    ["input.rightHolderLoss", { rightHolderLoss: "100" }, "BAD_USER_INPUT"],
    ["input.illegalGains", { illegalGains: "-1" }, "BAD_USER_INPUT"],
  ])("refuses %s (%p)", async (field, over, code) => {
    const res = await call(CREATE, { input: caseInput(over) });
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
  });

  test("a mark of another holder cannot be the infringed mark", async () => {
    await call(REGISTER_TM, { input: { registrationNumber: "7654321", mark: "宏达", niceClass: 25, holderCreditCode: other, registeredOn: "2015-01-01" } });
    const res = await call(CREATE, { input: caseInput({ trademarkRegistrationNumber: "7654321" }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.trademarkRegistrationNumber" });
  });

  test.each([
    ["input.registrationNumber", { registrationNumber: "12AB" }],
    ["input.niceClass", { niceClass: 46 }],
    ["input.registeredOn", { registeredOn: "2999-01-01" }],
  ])("registration refuses bad %s", async (field, over) => {
    const res = await call(REGISTER_TM, { input: { registrationNumber: "555555", mark: "X", niceClass: 3, holderCreditCode: holder, registeredOn: "2016-01-01", ...over } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  test("only SAIC registers marks", async () => {
    const res = await call(REGISTER_TM, { input: { registrationNumber: "555556", mark: "X", niceClass: 3, holderCreditCode: holder, registeredOn: "2016-01-01" } }, identity("IPO", "000000"));
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
