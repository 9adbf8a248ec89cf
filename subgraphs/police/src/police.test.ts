import { makeCreditCode, makeIdNumber, maskIdNumber, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { police } from "./index";

const SZ = identity("POLICE", "440300");
const GD = identity("POLICE", "440000");
const ZJ = identity("POLICE", "330000");
const holder = makeCreditCode("440300", 1);
const ZHANG = makeIdNumber("440305", "1985-03-12", 11);
const WRONG_CHECK = ZHANG.slice(0, 17) + (ZHANG[17] === "0" ? "1" : "0");

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof GD, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const FILE = `mutation($input: FileCriminalCaseInput!) { fileCriminalCase(input: $input) {
  id filingNumber offence region filedOn amountInvolved foreignInvested suspects { id name idNumber nationality caughtOn } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Person { name idNumber } ... on CriminalCase { id } ... on Enterprise { criminalCases { id } } } }`;
let serial = 0;
const suspects = () => [
  { name: "张三", idNumber: ZHANG, caughtOn: "2017-10-21" },
  { name: "Hans Müller", idNumber: null, nationality: "de", caughtOn: null },
];
const caseInput = (over: Record<string, unknown> = {}) => ({
  filingNumber: `深公（经）立字〔2017〕${++serial}号`,
  offence: "COUNTERFEITING_TRADEMARK",
  region: "440300",
  filedOn: "2017-10-20",
  amountInvolved: "356000",
  rightHolderCreditCode: holder,
  foreignInvested: true,
  suspects: suspects(),
  ...over,
});
/** An input whose suspect `i` is changed. */
const withSuspect = (i: number, over: Record<string, unknown>) => {
  const list: Array<Record<string, unknown>> = suspects();
  list[i] = { ...list[i], ...over };
  return { suspects: list };
};
const file = async (who: typeof GD, over: Record<string, unknown> = {}) => {
  const res = await call(who, FILE, { input: caseInput(over) });
  expect(res.errors).toBeUndefined();
  return res.data.fileCriminalCase;
};

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(police, { port: 0, databaseUrl: db.url });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from police.${table}`))[0].n);
const rows = async () => ({ cases: await count("criminal_case"), persons: await count("person") });

describe("police subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  test("files a case with two suspects and reads it back", async () => {
    const filed = await file(SZ);
    expect(filed).toMatchObject({
      offence: "COUNTERFEITING_TRADEMARK", region: "440300", filedOn: "2017-10-20", amountInvolved: "356000.00", foreignInvested: true,
      suspects: [
        { name: "张三", idNumber: ZHANG, nationality: "CN", caughtOn: "2017-10-21" },
        { name: "Hans Müller", idNumber: null, nationality: "DE", caughtOn: null },
      ],
    });
    const read = await call(GD, `query($id: ID!) { criminalCase(id: $id) { filingNumber suspects { name } } }`, { id: filed.id });
    expect(read.data.criminalCase).toEqual({ filingNumber: filed.filingNumber, suspects: [{ name: "张三" }, { name: "Hans Müller" }] });
    const person = await call(SZ, `query($id: ID!) { person(id: $id) { name criminalCase { id } } }`, { id: filed.suspects[0].id });
    expect(person.data.person).toEqual({ name: "张三", criminalCase: { id: filed.id } });
  });

  describe("personal data", () => {
    let filed: any;
    beforeAll(async () => void (filed = await file(SZ)));
    const CASE = `query($id: ID!) { criminalCase(id: $id) { suspects { name idNumber } } }`;
    const clear = [{ name: "张三", idNumber: ZHANG }, { name: "Hans Müller", idNumber: null }];
    const masked = [{ name: "张*", idNumber: maskIdNumber(ZHANG) }, { name: "H**********", idNumber: null }];

    test.each(["POLICE", "PROCURATORATE", "COURTS"] as const)("is shown to %s", async (agency) => {
      const who = identity(agency, "440000");
      expect((await call(who, CASE, { id: filed.id })).data.criminalCase.suspects).toEqual(clear);
      const refs = filed.suspects.map((s: any) => ({ __typename: "Person", id: s.id }));
      expect((await call(who, ENTITIES, { r: refs })).data._entities).toEqual(clear);
    });

    test.each([identity("SAIC", "440000"), identity("OFFICE", "000000")])("is masked for $agency on every path", async (who) => {
      expect((await call(who, CASE, { id: filed.id })).data.criminalCase.suspects).toEqual(masked);
      const list = await call(who, `{ criminalCases(first: 100) { edges { node { id suspects { name idNumber } } } } }`);
      expect(list.data.criminalCases.edges.find((e: any) => e.node.id === filed.id).node.suspects).toEqual(masked);
      const person = await call(who, `query($id: ID!) { person(id: $id) { name idNumber } }`, { id: filed.suspects[0].id });
      expect(person.data.person).toEqual(masked[0]);
      const refs = filed.suspects.map((s: any) => ({ __typename: "Person", id: s.id }));
      expect((await call(who, ENTITIES, { r: refs })).data._entities).toEqual(masked);
    });

    const BIRTH = `query($id: ID!) { criminalCase(id: $id) { filingNumber suspects { nationality birthDate } } }`;
    test.each(["POLICE", "PROCURATORATE", "COURTS"] as const)("the date of birth (from the ID number) is shown to %s", async (agency) => {
      const res = await call(identity(agency, "440000"), BIRTH, { id: filed.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.criminalCase.suspects).toEqual([{ nationality: "CN", birthDate: "1985-03-12" }, { nationality: "DE", birthDate: null }]);
    });

    test.each([identity("SAIC", "440000"), identity("OFFICE", "000000"), identity("CUSTOMS", "440300")])(
      "the date of birth is null with a FORBIDDEN error for $agency, on every path, and the rest still returns",
      async (who) => {
        const res = await call(who, BIRTH, { id: filed.id });
        expect(res.data.criminalCase).toEqual({ filingNumber: filed.filingNumber, suspects: [{ nationality: "CN", birthDate: null }, { nationality: "DE", birthDate: null }] });
        expect(res.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.field])).toEqual([
          [["criminalCase", "suspects", 0, "birthDate"], "FORBIDDEN", "Person.birthDate"],
          [["criminalCase", "suspects", 1, "birthDate"], "FORBIDDEN", "Person.birthDate"],
        ]);
        const refs = filed.suspects.map((s: any) => ({ __typename: "Person", id: s.id }));
        const viaEntities = await call(who, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id birthDate } } }`, { r: refs });
        expect(viaEntities.data._entities.map((p: any) => p.birthDate)).toEqual([null, null]);
        expect(viaEntities.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
        const person = await call(who, `query($id: ID!) { person(id: $id) { idNumber birthDate } }`, { id: filed.suspects[0].id });
        expect(person.data.person).toEqual({ idNumber: maskIdNumber(ZHANG), birthDate: null });
        expect(person.errors?.[0]).toMatchObject({ path: ["person", "birthDate"], extensions: { code: "FORBIDDEN" } });
        expect(JSON.stringify([res, viaEntities, person])).not.toContain("1985");
      },
    );
  });

  test.each([
    ["input.region", { region: "990000" }],
    ["input.filingNumber", { filingNumber: "  " }],
    ["input.filedOn", { filedOn: "2099-01-01" }],
    ["input.amountInvolved", { amountInvolved: "0" }],
    ["input.amountInvolved", { amountInvolved: "-5" }],
    ["input.rightHolderCreditCode", { rightHolderCreditCode: "91440300MA5DXXXXX1" }],
    ["input.suspects", { suspects: [] }],
    ["input.suspects[0].name", withSuspect(0, { name: " " })],
    ["input.suspects[1].nationality", withSuspect(1, { nationality: "Germany" })],
    ["input.suspects[1].caughtOn", withSuspect(1, { caughtOn: "2099-01-01" })],
    ["input.suspects[0].idNumber", withSuspect(0, { idNumber: null })],
    ["input.suspects[0].idNumber", withSuspect(0, { idNumber: WRONG_CHECK })],
    ["input.suspects[1].idNumber", withSuspect(1, { idNumber: ZHANG, nationality: "CN" })],
  ])("refuses bad %s and writes nothing", async (field, over) => {
    const before = await rows();
    const res = await call(SZ, FILE, { input: caseInput(over) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await rows()).toEqual(before);
  });

  test("a filing number is used once, even by two filings at the same moment", async () => {
    const input = caseInput();
    const before = await rows();
    const results = await Promise.all([call(SZ, FILE, { input }), call(SZ, FILE, { input })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filingNumber" });
    expect((await call(SZ, FILE, { input })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filingNumber" });
    expect(await rows()).toEqual({ cases: before.cases + 1, persons: before.persons + 2 });
  });

  test("writes only for POLICE inside its region", async () => {
    const before = await rows();
    for (const who of [ZJ, identity("SAIC", "440000"), identity("PROCURATORATE", "440300"), identity("OFFICE", "000000")])
      expect((await call(who, FILE, { input: caseInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await rows()).toEqual(before);
  });

  test("lookups answer null outside the caller's region", async () => {
    const filed = await file(SZ);
    const ask = (who: typeof GD) =>
      call(who, `query($c: ID!, $p: ID!) { criminalCase(id: $c) { id } person(id: $p) { id } }`, { c: filed.id, p: filed.suspects[0].id });
    expect((await ask(GD)).data).toEqual({ criminalCase: { id: filed.id }, person: { id: filed.suspects[0].id } });
    expect((await ask(ZJ)).data).toEqual({ criminalCase: null, person: null });
    const refs = [{ __typename: "CriminalCase", id: filed.id }, { __typename: "Person", id: filed.suspects[0].id }];
    expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null, null]);
    const malformed = await call(GD, `{ criminalCase(id: "no-such-case") { id } person(id: "42") { id } }`);
    expect(malformed).toMatchObject({ data: { criminalCase: null, person: null } });
    expect(malformed.errors).toBeUndefined();
  });

  test("lists filter and page inside the caller's region only", async () => {
    const GZ = identity("POLICE", "440100");
    await file(GZ, { region: "440100", filedOn: "2017-03-01", offence: "PATENT_PASSING_OFF", foreignInvested: false });
    for (let day = 1; day <= 4; day++) await file(GZ, { region: "440100", filedOn: `2017-04-0${day}` });
    const total = (f: object, who = GZ) =>
      call(who, `query($f: CriminalCaseFilter) { criminalCases(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.criminalCases.totalCount ?? r.errors);
    expect(await total({})).toBe(5);
    expect(await total({ offence: "PATENT_PASSING_OFF" })).toBe(1);
    expect(await total({ foreignInvested: false })).toBe(1);
    expect(await total({ filedFrom: "2017-04-02", filedTo: "2017-04-03" })).toBe(2);
    expect(await total({ region: "440100" }, GD)).toBe(5);
    expect(await total({}, ZJ)).toBe(0);
    expect((await total({ region: "440300" }, GZ))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await call(GZ, `query($after: String) { criminalCases(first: 2, after: $after) { edges { node { id filedOn } } pageInfo { hasNextPage endCursor } } }`, { after });
      seen.push(...res.data.criminalCases.edges.map((e: any) => e.node.filedOn));
      if (!res.data.criminalCases.pageInfo.hasNextPage) break;
      after = res.data.criminalCases.pageInfo.endCursor;
    }
    expect(seen).toEqual(["2017-04-04", "2017-04-03", "2017-04-02", "2017-04-01", "2017-03-01"]);
  });

  test("adds the right holder's criminal cases to Enterprise, in the caller's region", async () => {
    const other = makeCreditCode("310000", 7);
    const filed = await file(SZ, { rightHolderCreditCode: other });
    const ask = (who: typeof GD) => call(who, ENTITIES, { r: [{ __typename: "Enterprise", creditCode: other }] });
    expect((await ask(GD)).data._entities).toEqual([{ criminalCases: [{ id: filed.id }] }]);
    expect((await ask(ZJ)).data._entities).toEqual([{ criminalCases: [] }]);
  });

  test("lists cases with their suspects in the same number of statements for 1 case as for 30", async () => {
    const JS = identity("POLICE", "320000");
    const measure = async () => {
      const before = running.db.statements();
      const res = await call(JS, `{ criminalCases(first: 50) { edges { node { suspects { name } } } } }`);
      expect(res.errors).toBeUndefined();
      return { statements: running.db.statements() - before, cases: res.data.criminalCases.edges.length };
    };
    await file(JS, { region: "320500" });
    const single = await measure();
    for (let i = 0; i < 29; i++) await file(JS, { region: "320500" });
    const thirty = await measure();
    expect([single.cases, thirty.cases]).toEqual([1, 30]);
    expect(thirty.statements).toBe(single.statements);
  });

  test("refuses unsigned requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ criminalCases { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
