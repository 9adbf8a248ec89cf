import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { saic } from "./index";

const GD = identity("SAIC", "440000");
const SZ = identity("SAIC", "440300");
const ZJ = identity("SAIC", "330000");
const holder = makeCreditCode("440300", 1);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof GD, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const REGISTER = `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode name foreignInvested } }`;
const CREATE = `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id caseNumber amountInvolved openedOn rightHolder { name } } }`;
const caseInput = (over: Record<string, unknown> = {}) => ({
  caseNumber: `粤工商处字〔2017〕${Math.random().toString().slice(2, 8)}号`,
  category: "TRADEMARK",
  trademarkViolation: "COUNTERFEITING",
  region: "440300",
  openedOn: "2017-10-09",
  rightHolderCreditCode: holder,
  foreignInvested: true,
  amountInvolved: "128000.5",
  ...over,
});

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(saic, { port: 0, databaseUrl: db.url });
  const res = await call(GD, REGISTER, { input: { creditCode: holder, name: "深圳某外资电子有限公司", foreignInvested: true, investorCountry: "de", region: "440300" } });
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const count = async (sql: string) => Number((await running.db.orm.em.getConnection().execute(sql))[0].n);

describe("saic subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  test("opens a case and reads it back with exact amounts and dates", async () => {
    const res = await call(SZ, CREATE, { input: caseInput() });
    expect(res.errors).toBeUndefined();
    expect(res.data.createSaicCase).toMatchObject({ amountInvolved: "128000.50", openedOn: "2017-10-09", rightHolder: { name: "深圳某外资电子有限公司" } });
    const read = await call(GD, `query($id: ID!) { saicCase(id: $id) { caseNumber category foreignInvested } }`, { id: res.data.createSaicCase.id });
    expect(read.data.saicCase).toMatchObject({ category: "TRADEMARK", foreignInvested: true });
  });

  test.each([
    ["input.rightHolderCreditCode", { rightHolderCreditCode: "91440300MA5DXXXXX1" }, "BAD_USER_INPUT"],
    ["input.rightHolderCreditCode", { rightHolderCreditCode: makeCreditCode("440300", 999) }, "NOT_FOUND"],
    ["input.region", { region: "990000" }, "BAD_USER_INPUT"],
    ["input.openedOn", { openedOn: "2099-01-01" }, "BAD_USER_INPUT"],
    ["input.amountInvolved", { amountInvolved: "-5" }, "BAD_USER_INPUT"],
    ["input.foreignInvested", { foreignInvested: false }, "BAD_USER_INPUT"],
    ["input.caseNumber", { caseNumber: "  " }, "BAD_USER_INPUT"],
  ])("refuses bad %s and writes nothing", async (field, over, code) => {
    const before = await count("select count(*) as n from saic.saic_case");
    const res = await call(SZ, CREATE, { input: caseInput(over) });
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    expect(await count("select count(*) as n from saic.saic_case")).toBe(before);
  });

  test.each([
    ["amountInvolved", "12.345"],
    ["amountInvolved", 12.5],
    ["openedOn", "2017-02-30"],
  ])("refuses a malformed scalar %s = %p", async (field, value) => {
    const res = await call(SZ, CREATE, { input: caseInput({ [field]: value }) });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toContain(field);
  });

  test("a duplicate case number is refused", async () => {
    const input = caseInput();
    expect((await call(SZ, CREATE, { input })).errors).toBeUndefined();
    expect((await call(SZ, CREATE, { input })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
  });

  test("writes only for SAIC inside its region", async () => {
    expect((await call(ZJ, CREATE, { input: caseInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await call(identity("POLICE", "440000"), CREATE, { input: caseInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  test("lists page by page inside the caller's region only", async () => {
    for (let i = 0; i < 5; i++) await call(SZ, CREATE, { input: caseInput({ openedOn: `2017-11-0${i + 1}` }) });
    const total = (await call(GD, `{ saicCases(first: 2) { totalCount } }`)).data.saicCases.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await call(GD, `query($after: String) { saicCases(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
      seen.push(...res.data.saicCases.edges.map((e: any) => e.node.id));
      if (!res.data.saicCases.pageInfo.hasNextPage) break;
      after = res.data.saicCases.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(total);
    expect((await call(ZJ, `{ saicCases { totalCount } }`)).data.saicCases.totalCount).toBe(0);
    const someId = seen[0];
    expect((await call(ZJ, `query($id: ID!) { saicCase(id: $id) { id } }`, { id: someId })).data.saicCase).toBeNull();
  });

  test("refuses unsigned and wrongly signed requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ saicCases { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    const forged = await callSubgraph(running.url, GD, `{ _service { sdl } }`, {}, { secret: "guess" });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
