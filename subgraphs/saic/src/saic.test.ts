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
    ["input.description", { description: "案".repeat(4001) }, "BAD_USER_INPUT"],
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

  test("enterprise names are searched as plain text: wildcards match themselves, an oversized search is refused", async () => {
    const search = (nameContains: string) => call(GD, `query($f: EnterpriseFilter) { enterprises(filter: $f) { totalCount } }`, { f: { nameContains } });
    expect((await search("外资电子")).data.enterprises.totalCount).toBe(1);
    for (const wildcard of ["%", "_", "%%", "\\", "' or 1=1 --"]) expect((await search(wildcard)).data.enterprises.totalCount).toBe(0);
    const big = await search("深".repeat(100_000));
    expect(big.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.nameContains" });
  });

  describe("trade-secret descriptions", () => {
    const SECRET = "配方：硅胶 62%，固化温度 138℃（商业秘密）";
    let secretId: string, markId: string;
    beforeAll(async () => {
      const secret = await call(SZ, CREATE, { input: caseInput({ category: "TRADE_SECRET", trademarkViolation: null, rightHolderLoss: "600000", description: SECRET }) });
      const mark = await call(SZ, CREATE, { input: caseInput({ description: "假冒注册商标的耳机" }) });
      expect([secret.errors, mark.errors]).toEqual([undefined, undefined]);
      [secretId, markId] = [secret.data.createSaicCase.id, mark.data.createSaicCase.id];
    });
    const READ = `query($id: ID!) { saicCase(id: $id) { category amountInvolved description } }`;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SaicCase { category description } } }`;

    test.each(["SAIC", "POLICE", "PROCURATORATE", "COURTS"] as const)("are shown to %s", async (agency) => {
      const who = identity(agency, "440000");
      const res = await call(who, READ, { id: secretId });
      expect(res.errors).toBeUndefined();
      expect(res.data.saicCase.description).toBe(SECRET);
      expect((await call(who, ENTITIES, { r: [{ __typename: "SaicCase", id: secretId }] })).data._entities[0].description).toBe(SECRET);
    });

    test.each(["OFFICE", "IPO", "PRESS", "AGRICULTURE", "CUSTOMS", "POSTAL"] as const)(
      "are null with a FORBIDDEN error for %s on lookups, lists and _entities; the rest still returns",
      async (agency) => {
        const who = identity(agency, "440000");
        const res = await call(who, READ, { id: secretId });
        expect(res.data.saicCase).toEqual({ category: "TRADE_SECRET", amountInvolved: expect.any(String), description: null });
        expect(res.errors).toEqual([expect.objectContaining({ path: ["saicCase", "description"], extensions: { code: "FORBIDDEN", field: "SaicCase.description" } })]);
        const list = await call(who, `{ saicCases(first: 100, filter: { category: TRADE_SECRET }) { edges { node { id description } } } }`);
        expect(list.data.saicCases.edges.length).toBeGreaterThan(0);
        expect(list.data.saicCases.edges.every((e: any) => e.node.description === null)).toBe(true);
        expect(list.errors?.every((e) => e.extensions?.code === "FORBIDDEN")).toBe(true);
        const refs = await call(who, ENTITIES, { r: [{ __typename: "SaicCase", id: secretId }, { __typename: "SaicCase", id: markId }] });
        expect(refs.data._entities).toEqual([{ category: "TRADE_SECRET", description: null }, { category: "TRADEMARK", description: "假冒注册商标的耳机" }]);
        expect(refs.errors?.map((e) => e.path)).toEqual([["_entities", 0, "description"]]);
        expect(JSON.stringify([res, list, refs])).not.toContain("硅胶");
      },
    );

    test("trademark cases' descriptions are open to every agency", async () => {
      const res = await call(identity("CUSTOMS", "440000"), READ, { id: markId });
      expect(res.errors).toBeUndefined();
      expect(res.data.saicCase.description).toBe("假冒注册商标的耳机");
    });
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
