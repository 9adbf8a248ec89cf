import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { ipo } from "./index";
import { makePatentNumber, patentCheckChar } from "./patent-number";

const NATIONAL = identity("IPO", "000000");
const GD = identity("IPO", "440000");
const SZ = identity("IPO", "440300");
const ZJ = identity("IPO", "330000");
const holder = makeCreditCode("440300", 1);
const infringer = makeCreditCode("440300", 2);
const PATENT = makePatentNumber(2016, 1, 123456);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof GD, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const REGISTER = `mutation($input: RegisterPatentInput!) { registerPatent(input: $input) { patentNumber kind title holderCreditCode holderName foreignInvested grantedOn } }`;
const CREATE = `mutation($input: CreatePatentCaseInput!) { createPatentCase(input: $input) {
  id caseNumber category source keyField patentNumber region openedOn amountInvolved campaign foreignInvested patent { patentNumber title } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Patent { patentNumber title cases { id } } ... on PatentCase { id caseNumber }
  ... on Enterprise { patents { patentNumber } asHolder: patentCases { id } asInfringer: patentCases(role: INFRINGER) { id } } } }`;

let serial = 0;
const patentInput = (over: Record<string, unknown> = {}) => ({
  patentNumber: makePatentNumber(2016, 2, 500000 + ++serial),
  title: "一种手机散热装置",
  holderCreditCode: holder,
  holderName: "深圳某外资电子有限公司",
  foreignInvested: true,
  grantedOn: "2017-03-15",
  ...over,
});
const caseInput = (over: Record<string, unknown> = {}) => ({
  caseNumber: `深知执字〔2017〕${++serial}号`,
  region: "440300",
  openedOn: "2017-10-09",
  category: "INFRINGEMENT",
  source: "COMPLAINT_12330",
  keyField: "E_COMMERCE",
  patentNumber: PATENT,
  rightHolderCreditCode: holder,
  infringerCreditCode: infringer,
  foreignInvested: true,
  amountInvolved: "56000",
  campaign: "THUNDER",
  ...over,
});
const register = async (over: Record<string, unknown> = {}, who = NATIONAL) => {
  const res = await call(who, REGISTER, { input: patentInput(over) });
  expect(res.errors).toBeUndefined();
  return res.data.registerPatent;
};
const open = async (who: typeof GD, over: Record<string, unknown> = {}) => {
  const res = await call(who, CREATE, { input: caseInput(over) });
  expect(res.errors).toBeUndefined();
  return res.data.createPatentCase;
};

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(ipo, { port: 0, databaseUrl: db.url });
  await register({ patentNumber: PATENT, title: "一种锂电池保护电路", grantedOn: "2017-01-10" });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from ipo.${table}`))[0].n);
const rows = async () => ({ patents: await count("patent"), cases: await count("patent_case") });

describe("ipo subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  describe("the patent register", () => {
    test("registers a patent given without ZL, stores it with ZL and derives its kind", async () => {
      const digits = "201630654321";
      const res = await call(ZJ, REGISTER, { input: patentInput({ patentNumber: `${digits}.${patentCheckChar(digits)}`, holderName: " 某外观设计公司 " }) });
      expect(res.errors).toBeUndefined();
      expect(res.data.registerPatent).toEqual({
        patentNumber: `ZL${digits}.${patentCheckChar(digits)}`, kind: "DESIGN", title: "一种手机散热装置", holderCreditCode: holder,
        holderName: "某外观设计公司", foreignInvested: true, grantedOn: "2017-03-15",
      });
    });

    test("is readable by every agency in every region, with or without ZL", async () => {
      for (const who of [identity("SAIC", "650000"), identity("POLICE", "440300"), identity("OFFICE", "000000"), ZJ]) {
        const res = await call(who, `query($a: String!, $b: String!) { a: patent(patentNumber: $a) { patentNumber kind title } b: patent(patentNumber: $b) { patentNumber } }`,
          { a: PATENT, b: PATENT.slice(2) });
        expect(res.data).toEqual({ a: { patentNumber: PATENT, kind: "INVENTION", title: "一种锂电池保护电路" }, b: { patentNumber: PATENT } });
      }
      const absent = await call(ZJ, `{ a: patent(patentNumber: "nonsense") { title } b: patent(patentNumber: "${makePatentNumber(2015, 1, 999)}") { title } }`);
      expect(absent).toMatchObject({ data: { a: null, b: null } });
      expect(absent.errors).toBeUndefined();
    });

    test.each([
      ["input.patentNumber", { patentNumber: PATENT.slice(0, -1) + (PATENT.endsWith("1") ? "2" : "1") }], // wrong check character
      ["input.patentNumber", { patentNumber: `ZL201640000001.${patentCheckChar("201640000001")}` }], // type digit 4
      ["input.patentNumber", { patentNumber: makePatentNumber(2099, 1, 1) }], // applied for in the future
      ["input.patentNumber", { patentNumber: "ZL98123456.7" }],
      ["input.patentNumber", { patentNumber: PATENT.slice(2) }], // already registered, given without ZL
      ["input.title", { title: "  " }],
      ["input.holderCreditCode", { holderCreditCode: "91440300MA5DXXXXX1" }],
      ["input.holderName", { holderName: "" }],
      ["input.grantedOn", { grantedOn: "2099-01-01" }],
      ["input.grantedOn", { grantedOn: "2015-12-31" }], // before the 2016 application
    ])("refuses bad %s and writes nothing", async (field, over) => {
      const before = await rows();
      const res = await call(NATIONAL, REGISTER, { input: patentInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("a patent number is registered once, even by two registrations at the same moment", async () => {
      const input = patentInput();
      const before = await rows();
      const results = await Promise.all([call(GD, REGISTER, { input }), call(ZJ, REGISTER, { input })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.patentNumber" });
      expect(await rows()).toEqual({ ...before, patents: before.patents + 1 });
    });

    test("only IPO writes the register, from any region", async () => {
      const before = await rows();
      for (const who of [identity("SAIC", "000000"), identity("CUSTOMS", "440000"), identity("OFFICE", "000000")])
        expect((await call(who, REGISTER, { input: patentInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
      await register({}, identity("IPO", "650100"));
    });

    test("lists filter by kind, holder and foreign investment and page by grant date", async () => {
      const owner = makeCreditCode("310000", 11);
      await register({ holderCreditCode: owner, patentNumber: makePatentNumber(2015, 1, 11), grantedOn: "2017-05-01" });
      await register({ holderCreditCode: owner, patentNumber: makePatentNumber(2015, 9, 12), grantedOn: "2017-06-01", foreignInvested: false });
      await register({ holderCreditCode: owner, patentNumber: makePatentNumber(2015, 3, 13), grantedOn: "2017-07-01" });
      const list = (f: object, extra = "") =>
        call(SZ, `query($f: PatentFilter) { patents(filter: $f${extra}) { totalCount edges { node { patentNumber kind grantedOn } } } }`, { f }).then((r) => r.data.patents);
      expect((await list({ holderCreditCode: owner })).edges.map((e: any) => e.node.grantedOn)).toEqual(["2017-07-01", "2017-06-01", "2017-05-01"]);
      expect((await list({ holderCreditCode: owner, kind: "INVENTION" })).totalCount).toBe(1);
      expect((await list({ holderCreditCode: owner, kind: "UTILITY_MODEL" })).edges[0].node.patentNumber).toBe(makePatentNumber(2015, 9, 12));
      expect((await list({ holderCreditCode: owner, foreignInvested: false })).totalCount).toBe(1);
      expect((await list({ kind: "DESIGN" })).totalCount).toBeGreaterThanOrEqual(2);

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(ZJ, `query($after: String) { patents(first: 1, after: $after, filter: { holderCreditCode: "${owner}" }) { edges { node { patentNumber } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...res.data.patents.edges.map((e: any) => e.node.patentNumber));
        if (!res.data.patents.pageInfo.hasNextPage) break;
        after = res.data.patents.pageInfo.endCursor;
      }
      expect(seen).toEqual([makePatentNumber(2015, 3, 13), makePatentNumber(2015, 9, 12), makePatentNumber(2015, 1, 11)]);
    });
  });

  describe("patent cases", () => {
    test("opens an infringement case of the Thunder campaign and reads it back with its patent", async () => {
      const opened = await open(SZ);
      expect(opened).toMatchObject({
        category: "INFRINGEMENT", source: "COMPLAINT_12330", keyField: "E_COMMERCE", patentNumber: PATENT, region: "440300",
        openedOn: "2017-10-09", amountInvolved: "56000.00", campaign: "THUNDER", foreignInvested: true,
        patent: { patentNumber: PATENT, title: "一种锂电池保护电路" },
      });
      const read = await call(GD, `query($id: ID!) { patentCase(id: $id) { caseNumber patent { kind } } }`, { id: opened.id });
      expect(read.data.patentCase).toEqual({ caseNumber: opened.caseNumber, patent: { kind: "INVENTION" } });
    });

    test("takes the patent number without ZL and stores it with", async () => {
      expect((await open(SZ, { patentNumber: PATENT.slice(2) })).patentNumber).toBe(PATENT);
    });

    test("opens passing-off cases with no patent, or citing one that does not exist", async () => {
      const none = await open(SZ, { category: "PASSING_OFF", source: "EXHIBITION", patentNumber: null, keyField: null, campaign: null });
      expect(none).toMatchObject({ category: "PASSING_OFF", source: "EXHIBITION", patentNumber: null, keyField: null, patent: null });
      const fake = makePatentNumber(2017, 1, 7654321);
      const cited = await open(SZ, { category: "PASSING_OFF", source: "IMPORT_EXPORT", patentNumber: fake.slice(2), infringerCreditCode: holder, rightHolderCreditCode: infringer, foreignInvested: false });
      expect(cited).toMatchObject({ patentNumber: fake, patent: null });
    });

    test.each([
      ["input.patentNumber", { patentNumber: null }, "BAD_USER_INPUT"],
      ["input.patentNumber", { patentNumber: "  " }, "BAD_USER_INPUT"],
      ["input.patentNumber", { patentNumber: makePatentNumber(2016, 1, 654321) }, "NOT_FOUND"],
      ["input.patentNumber", { patentNumber: PATENT.slice(0, -1) + (PATENT.endsWith("1") ? "2" : "1") }, "BAD_USER_INPUT"],
      ["input.patentNumber", { category: "PASSING_OFF", patentNumber: "ZL201710123456.X" }, "BAD_USER_INPUT"],
      ["input.patentNumber", { category: "PASSING_OFF", patentNumber: "123" }, "BAD_USER_INPUT"],
      ["input.openedOn", { openedOn: "2099-01-01" }, "BAD_USER_INPUT"],
      ["input.openedOn", { openedOn: "2017-01-09" }, "BAD_USER_INPUT"], // before the grant on 2017-01-10
      ["input.region", { region: "990000" }, "BAD_USER_INPUT"],
      ["input.caseNumber", { caseNumber: " " }, "BAD_USER_INPUT"],
      ["input.amountInvolved", { amountInvolved: "0" }, "BAD_USER_INPUT"],
      ["input.amountInvolved", { amountInvolved: "-5" }, "BAD_USER_INPUT"],
      ["input.rightHolderCreditCode", { rightHolderCreditCode: "91440300MA5DXXXXX1" }, "BAD_USER_INPUT"],
      ["input.infringerCreditCode", { infringerCreditCode: "91440300MA5DXXXXX1" }, "BAD_USER_INPUT"],
      ["input.infringerCreditCode", { infringerCreditCode: holder, rightHolderCreditCode: makeCreditCode("440300", 3) }, "BAD_USER_INPUT"], // the patentee
      ["input.foreignInvested", { foreignInvested: false }, "BAD_USER_INPUT"], // the register says the patentee is
      ["input.campaign", { campaign: "SWORD_NET_2017" }, "BAD_USER_INPUT"],
    ])("refuses bad %s (%p) with %s and writes nothing", async (field, over, code) => {
      const before = await rows();
      const res = await call(SZ, CREATE, { input: caseInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
      expect(await rows()).toEqual(before);
    });

    test.each([
      ["category", "TRADEMARK"],
      ["source", "HOTLINE"],
      ["keyField", "TOYS"],
      ["amountInvolved", "12.345"],
      ["openedOn", "2017-02-30"],
    ])("refuses a malformed %s = %p", async (field, value) => {
      const before = await rows();
      const res = await call(SZ, CREATE, { input: caseInput({ [field]: value }) });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toContain(field);
      expect(await rows()).toEqual(before);
    });

    test("a duplicate case number is refused", async () => {
      const input = caseInput();
      expect((await call(SZ, CREATE, { input })).errors).toBeUndefined();
      const before = await rows();
      expect((await call(SZ, CREATE, { input })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect(await rows()).toEqual(before);
    });

    test("writes only for IPO inside its region", async () => {
      const before = await rows();
      for (const who of [ZJ, identity("IPO", "440100"), identity("SAIC", "440000"), identity("POLICE", "440300"), identity("OFFICE", "000000")])
        expect((await call(who, CREATE, { input: caseInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect((await call(ZJ, CREATE, { input: caseInput() })).errors?.[0].extensions?.field).toBe("input.region");
      expect(await rows()).toEqual(before);
    });

    test("lookups and references answer null outside the caller's region", async () => {
      const opened = await open(SZ);
      const ask = (who: typeof GD) => call(who, `query($id: ID!) { patentCase(id: $id) { id } }`, { id: opened.id });
      expect((await ask(GD)).data.patentCase).toEqual({ id: opened.id });
      expect((await ask(identity("POLICE", "440000"))).data.patentCase).toEqual({ id: opened.id });
      expect((await ask(ZJ)).data.patentCase).toBeNull();
      const refs = [{ __typename: "PatentCase", id: opened.id }, { __typename: "PatentCase", id: "not-a-uuid" }];
      expect((await call(GD, ENTITIES, { r: refs })).data._entities).toEqual([{ id: opened.id, caseNumber: opened.caseNumber }, null]);
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null, null]);
      const malformed = await call(GD, `{ patentCase(id: "no-such-case") { id } }`);
      expect(malformed).toMatchObject({ data: { patentCase: null } });
      expect(malformed.errors).toBeUndefined();
    });

    test("lists filter and page inside the caller's region only", async () => {
      const GZ = identity("IPO", "440100");
      const gz = (over: Record<string, unknown>) => open(GZ, { region: "440100", ...over });
      await gz({ openedOn: "2017-03-01", category: "PASSING_OFF", patentNumber: null, source: "EX_OFFICIO", keyField: "FOOD_DRUG", campaign: null, foreignInvested: false, rightHolderCreditCode: makeCreditCode("440100", 5) });
      for (let day = 1; day <= 4; day++) await gz({ openedOn: `2017-04-0${day}`, source: day % 2 ? "EXHIBITION" : "IMPORT_EXPORT", keyField: day === 4 ? "HIGH_TECH" : "SAFETY" });
      const total = (f: object, who = GZ) =>
        call(who, `query($f: PatentCaseFilter) { patentCases(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.patentCases.totalCount ?? r.errors);
      expect(await total({})).toBe(5);
      expect(await total({ category: "PASSING_OFF" })).toBe(1);
      expect(await total({ category: "INFRINGEMENT", source: "EXHIBITION" })).toBe(2);
      expect(await total({ source: "IMPORT_EXPORT" })).toBe(2);
      expect(await total({ keyField: "SAFETY" })).toBe(3);
      expect(await total({ keyField: "ENVIRONMENT" })).toBe(0);
      expect(await total({ campaign: "THUNDER" })).toBe(4);
      expect(await total({ foreignInvested: false })).toBe(1);
      expect(await total({ rightHolderCreditCode: holder })).toBe(4);
      expect(await total({ from: "2017-04-02", to: "2017-04-03" })).toBe(2);
      expect(await total({ region: "440100" }, GD)).toBe(5);
      expect(await total({}, ZJ)).toBe(0);
      expect((await total({ region: "440300" }, GZ))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      expect((await total({ from: "2017-05-01", to: "2017-04-01" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(GZ, `query($after: String) { patentCases(first: 2, after: $after) { edges { node { openedOn } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...res.data.patentCases.edges.map((e: any) => e.node.openedOn));
        if (!res.data.patentCases.pageInfo.hasNextPage) break;
        after = res.data.patentCases.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2017-04-04", "2017-04-03", "2017-04-02", "2017-04-01", "2017-03-01"]);
    });
  });

  describe("contributed fields and references", () => {
    test("a patent's cases are those in the caller's region", async () => {
      const patent = (await register({ grantedOn: "2017-02-01" })).patentNumber;
      const sz = await open(SZ, { patentNumber: patent });
      const hz = await open(ZJ, { patentNumber: patent, region: "330100" });
      const ask = (who: typeof GD) => call(who, `query($p: String!) { patent(patentNumber: $p) { cases { id } } }`, { p: patent }).then((r) => r.data.patent.cases);
      expect(await ask(GD)).toEqual([{ id: sz.id }]);
      expect(await ask(ZJ)).toEqual([{ id: hz.id }]);
      expect((await ask(NATIONAL)).map((c: any) => c.id).sort()).toEqual([sz.id, hz.id].sort());
      const refs = [{ __typename: "Patent", patentNumber: patent.slice(2) }, { __typename: "Patent", patentNumber: "ZL0" }];
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([{ patentNumber: patent, title: "一种手机散热装置", cases: [{ id: hz.id }] }, null]);
    });

    test("adds an enterprise's patents and its patent cases by role, cases in the caller's region", async () => {
      const owner = makeCreditCode("310000", 21);
      const copier = makeCreditCode("310000", 22);
      const p1 = (await register({ holderCreditCode: owner, grantedOn: "2017-01-01" })).patentNumber;
      const p2 = (await register({ holderCreditCode: owner, grantedOn: "2017-02-01" })).patentNumber;
      const sh = await open(identity("IPO", "310000"), { region: "310100", patentNumber: p1, rightHolderCreditCode: owner, infringerCreditCode: copier });
      const refs = [{ __typename: "Enterprise", creditCode: owner }, { __typename: "Enterprise", creditCode: copier }];
      expect((await call(identity("SAIC", "310000"), ENTITIES, { r: refs })).data._entities).toEqual([
        { patents: [{ patentNumber: p2 }, { patentNumber: p1 }], asHolder: [{ id: sh.id }], asInfringer: [] },
        { patents: [], asHolder: [], asInfringer: [{ id: sh.id }] },
      ]);
      expect((await call(GD, ENTITIES, { r: refs })).data._entities).toEqual([
        { patents: [{ patentNumber: p2 }, { patentNumber: p1 }], asHolder: [], asInfringer: [] },
        { patents: [], asHolder: [], asInfringer: [] },
      ]);
    });
  });

  describe("one statement per field and hop", () => {
    const JS = identity("IPO", "320000");
    const measure = async (who: typeof GD, query: string, variables = {}) => {
      const before = running.db.statements();
      const res = await call(who, query, variables);
      expect(res.errors).toBeUndefined();
      return { statements: running.db.statements() - before, data: res.data };
    };

    test("patentCases with their patents cost the same for 1 case as for 30", async () => {
      const query = `{ patentCases(first: 50) { edges { node { patent { title } } } } }`;
      const owner = makeCreditCode("320000", 1);
      await open(JS, { region: "320500", patentNumber: (await register({ holderCreditCode: owner })).patentNumber, rightHolderCreditCode: owner });
      const single = await measure(JS, query);
      for (let i = 0; i < 29; i++)
        await open(JS, { region: "320500", patentNumber: (await register({ holderCreditCode: owner })).patentNumber, rightHolderCreditCode: owner });
      const thirty = await measure(JS, query);
      expect([single.data.patentCases.edges.length, thirty.data.patentCases.edges.length]).toEqual([1, 30]);
      expect(thirty.data.patentCases.edges.every((e: any) => e.node.patent.title)).toBe(true);
      expect(thirty.statements).toBe(single.statements);

      // the other direction and the Enterprise contributions, for the same 30 cases
      const patents = `query($h: String!) { patents(first: 50, filter: { holderCreditCode: $h }) { edges { node { cases { id } } } } }`;
      const many = await measure(JS, patents, { h: owner });
      const one = await measure(JS, patents, { h: makeCreditCode("440300", 1) });
      expect(many.data.patents.edges).toHaveLength(30);
      expect(many.statements).toBe(one.statements);
      const refs = (n: number) => ({ r: Array.from({ length: n }, (_, i) => ({ __typename: "Enterprise", creditCode: i ? makeCreditCode("320000", 100 + i) : owner })) });
      const enterprises = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { patents { patentNumber } patentCases { patent { title } } } } }`;
      expect((await measure(JS, enterprises, refs(30))).statements).toBe((await measure(JS, enterprises, refs(1))).statements);
    });
  });

  test("refuses unsigned and wrongly signed requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ patentCases { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await callSubgraph(running.url, GD, `{ _service { sdl } }`, {}, { secret: "guess" });
    expect(forged.status).toBe(401);
  });
});
