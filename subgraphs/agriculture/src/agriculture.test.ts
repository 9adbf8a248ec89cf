import { Kind, parse, print, type ObjectTypeDefinitionNode } from "graphql";
import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { agriculture } from "./index";

const GD = identity("AGRICULTURE", "440000");
const SZ = identity("AGRICULTURE", "440300");
const ZJ = identity("AGRICULTURE", "330000");
const seedCompany = makeCreditCode("440300", 1); // a foreign-invested seed company, holder of the maize variety
const forestCompany = makeCreditCode("440100", 2); // holder of the poplar variety
const infringer = makeCreditCode("440300", 3);
const MAIZE = "CNA20170123.4";
const POPLAR = "20170045";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof GD, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const REGISTER = `mutation($input: RegisterPlantVarietyInput!) { registerPlantVariety(input: $input) {
  rightNumber denomination species sector holderCreditCode holderName foreignInvested grantedOn } }`;
const CREATE = `mutation($input: CreatePlantVarietyCaseInput!) { createPlantVarietyCase(input: $input) {
  id caseNumber region sector category openedOn rightNumber seedQuantityKg seedlingCount amountInvolved campaign foreignInvested
  variety { rightNumber denomination } rightHolder { creditCode } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on PlantVariety { rightNumber denomination cases { id } }
  ... on PlantVarietyCase { id caseNumber }
  ... on Enterprise { plantVarietyCases { id } infringed: plantVarietyCases(role: INFRINGER) { id } plantVarieties { rightNumber } } } }`;

const varietyInput = (over: Record<string, unknown> = {}) => ({
  rightNumber: `CNA${Math.random().toString().slice(2, 10)}.1`,
  denomination: "粤甜16号",
  species: "玉米",
  sector: "AGRICULTURE",
  holderCreditCode: seedCompany,
  holderName: "广东某外资种业有限公司",
  foreignInvested: true,
  grantedOn: "2016-12-01",
  ...over,
});
let serial = 0;
const caseInput = (over: Record<string, unknown> = {}) => ({
  caseNumber: `粤农（种）罚〔2017〕${++serial}号`,
  sector: "AGRICULTURE",
  category: "VARIETY_RIGHT_INFRINGEMENT",
  region: "440300",
  openedOn: "2017-10-09",
  rightNumber: MAIZE,
  rightHolderCreditCode: seedCompany,
  infringerCreditCode: infringer,
  foreignInvested: true,
  amountInvolved: "56000",
  seedQuantityKg: "1250.5",
  campaign: "SEED_ENFORCEMENT",
  ...over,
});
/** A counterfeit-seeds case with no variety and no quantity: add what the test needs. */
const counterfeit = (over: Record<string, unknown> = {}) =>
  caseInput({ category: "COUNTERFEIT_SEEDS", rightNumber: null, seedQuantityKg: null, seedlingCount: null, ...over });
const create = async (who: typeof GD, input: Record<string, unknown>) => {
  const res = await call(who, CREATE, { input });
  expect(res.errors).toBeUndefined();
  return res.data.createPlantVarietyCase;
};

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(agriculture, { port: 0, databaseUrl: db.url });
  for (const input of [
    varietyInput({ rightNumber: MAIZE, denomination: "郑单958", grantedOn: "2017-03-01" }),
    varietyInput({ rightNumber: POPLAR, denomination: "中林杨1号", species: "杨树", sector: "FORESTRY", holderCreditCode: forestCompany, holderName: "广州某林木种苗公司", foreignInvested: false, grantedOn: "2017-05-10" }),
  ]) {
    const res = await call(GD, REGISTER, { input });
    expect(res.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from agriculture.${table}`))[0].n);
const rows = async () => ({ varieties: await count("plant_variety"), cases: await count("plant_variety_case") });

describe("agriculture subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  describe("the plant-variety register", () => {
    test("registers a variety and any agency anywhere reads it back", async () => {
      const input = varietyInput({ rightNumber: "  CNA20160777.9 ", denomination: " 华农红1号 " });
      const res = await call(identity("AGRICULTURE", "110000"), REGISTER, { input });
      expect(res.errors).toBeUndefined();
      expect(res.data.registerPlantVariety).toEqual({
        rightNumber: "CNA20160777.9", denomination: "华农红1号", species: "玉米", sector: "AGRICULTURE",
        holderCreditCode: seedCompany, holderName: "广东某外资种业有限公司", foreignInvested: true, grantedOn: "2016-12-01",
      });
      for (const who of [ZJ, identity("POLICE", "330000"), identity("OFFICE", "000000")]) {
        const read = await call(who, `{ plantVariety(rightNumber: "CNA20160777.9") { denomination sector } }`);
        expect(read.data.plantVariety).toEqual({ denomination: "华农红1号", sector: "AGRICULTURE" });
      }
      expect((await call(GD, `{ plantVariety(rightNumber: "CNA00000000.0") { rightNumber } }`)).data.plantVariety).toBeNull();
    });

    test.each([
      ["input.rightNumber", "lower case", { rightNumber: "cna20170001.1" }],
      ["input.rightNumber", "too short", { rightNumber: "CNA" }],
      ["input.rightNumber", "inner spaces", { rightNumber: "CNA 2017 0001" }],
      ["input.rightNumber", "too long", { rightNumber: "X".repeat(31) }],
      ["input.rightNumber", "already registered", { rightNumber: MAIZE }],
      ["input.denomination", "blank", { denomination: "  " }],
      ["input.species", "empty", { species: "" }],
      ["input.holderCreditCode", "bad check character", { holderCreditCode: "91440300MA5DXXXXX1" }],
      ["input.holderName", "blank", { holderName: " " }],
      ["input.grantedOn", "in the future", { grantedOn: "2099-01-01" }],
    ])("refuses bad %s (%s) and writes nothing", async (field, _why, over) => {
      const before = await rows();
      const res = await call(GD, REGISTER, { input: varietyInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("refuses an unknown sector before running", async () => {
      const res = await call(GD, REGISTER, { input: varietyInput({ sector: "FISHERY" }) });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    });

    test("registers only for AGRICULTURE (forestry officers included), whatever the region", async () => {
      const before = await rows();
      for (const who of [identity("SAIC", "000000"), identity("OFFICE", "000000"), identity("IPO", "440000")])
        expect((await call(who, REGISTER, { input: varietyInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
      expect((await call(identity("AGRICULTURE", "650000"), REGISTER, { input: varietyInput({ sector: "FORESTRY", rightNumber: "20170999" }) })).errors).toBeUndefined();
    });

    test("a right number is registered once, even by two registrations at the same moment", async () => {
      const input = varietyInput();
      const before = await rows();
      const results = await Promise.all([call(GD, REGISTER, { input }), call(SZ, REGISTER, { input })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.rightNumber" });
      expect((await rows()).varieties).toBe(before.varieties + 1);
    });

    test("lists filter by sector, species and holder, and page", async () => {
      const holder = makeCreditCode("530000", 9);
      for (let i = 1; i <= 5; i++)
        await call(GD, REGISTER, { input: varietyInput({ rightNumber: `2016${String(i).padStart(4, "0")}`, sector: "FORESTRY", species: i === 1 ? "油茶" : "桉树", holderCreditCode: holder, grantedOn: `2016-0${i}-15` }) });
      const total = (f: object) =>
        call(ZJ, `query($f: PlantVarietyFilter) { plantVarieties(filter: $f) { totalCount } }`, { f }).then((r) => r.data.plantVarieties.totalCount);
      expect(await total({ holderCreditCode: holder })).toBe(5);
      expect(await total({ holderCreditCode: holder, species: "桉树" })).toBe(4);
      expect(await total({ holderCreditCode: holder, sector: "AGRICULTURE" })).toBe(0);
      expect(await total({ species: "杨树", sector: "FORESTRY" })).toBe(1);

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(ZJ, `query($after: String, $h: String) { plantVarieties(first: 2, after: $after, filter: { holderCreditCode: $h }) {
          edges { node { rightNumber grantedOn } } pageInfo { hasNextPage endCursor } } }`, { after, h: holder });
        seen.push(...res.data.plantVarieties.edges.map((e: any) => e.node.grantedOn));
        if (!res.data.plantVarieties.pageInfo.hasNextPage) break;
        after = res.data.plantVarieties.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2016-05-15", "2016-04-15", "2016-03-15", "2016-02-15", "2016-01-15"]);
    });
  });

  describe("cases", () => {
    test("opens a variety-right case and reads it back with its variety, exact quantities and dates", async () => {
      const opened = await create(SZ, caseInput());
      expect(opened).toMatchObject({
        region: "440300", sector: "AGRICULTURE", category: "VARIETY_RIGHT_INFRINGEMENT", openedOn: "2017-10-09", rightNumber: MAIZE,
        seedQuantityKg: "1250.50", seedlingCount: null, amountInvolved: "56000.00", campaign: "SEED_ENFORCEMENT", foreignInvested: true,
        variety: { rightNumber: MAIZE, denomination: "郑单958" }, rightHolder: { creditCode: seedCompany },
      });
      const read = await call(GD, `query($id: ID!) { plantVarietyCase(id: $id) { caseNumber variety { species } } }`, { id: opened.id });
      expect(read.data.plantVarietyCase).toEqual({ caseNumber: opened.caseNumber, variety: { species: "玉米" } });
    });

    test("a forestry case counts seedlings of a forestry variety; counterfeit seeds need no variety", async () => {
      const forestry = await create(SZ, counterfeit({ sector: "FORESTRY", rightNumber: ` ${POPLAR} `, seedlingCount: 12000, rightHolderCreditCode: forestCompany, foreignInvested: false }));
      expect(forestry).toMatchObject({ sector: "FORESTRY", rightNumber: POPLAR, seedlingCount: 12000, seedQuantityKg: null, variety: { denomination: "中林杨1号" } });
      const seeds = await create(SZ, counterfeit({ seedQuantityKg: "800" }));
      expect(seeds).toMatchObject({ category: "COUNTERFEIT_SEEDS", rightNumber: null, seedQuantityKg: "800.00", variety: null });
      const misuse = await create(SZ, caseInput({ category: "VARIETY_NAME_MISUSE", rightNumber: null, seedQuantityKg: null, campaign: null }));
      expect(misuse).toMatchObject({ category: "VARIETY_NAME_MISUSE", variety: null, seedQuantityKg: null, campaign: null });
    });

    test.each([
      ["input.region", "not a region", caseInput({ region: "990000" }), "BAD_USER_INPUT"],
      ["input.caseNumber", "blank", caseInput({ caseNumber: "  " }), "BAD_USER_INPUT"],
      ["input.openedOn", "in the future", caseInput({ openedOn: "2099-01-01" }), "BAD_USER_INPUT"],
      ["input.amountInvolved", "negative", caseInput({ amountInvolved: "-5" }), "BAD_USER_INPUT"],
      ["input.amountInvolved", "zero", caseInput({ amountInvolved: "0" }), "BAD_USER_INPUT"],
      ["input.rightHolderCreditCode", "bad check character", caseInput({ rightHolderCreditCode: "91440300MA5DXXXXX1" }), "BAD_USER_INPUT"],
      ["input.infringerCreditCode", "the right holder itself", caseInput({ infringerCreditCode: seedCompany }), "BAD_USER_INPUT"],
      ["input.rightNumber", "missing for an infringement of a variety right", caseInput({ rightNumber: null }), "BAD_USER_INPUT"],
      ["input.rightNumber", "blank for an infringement of a variety right", caseInput({ rightNumber: "   " }), "BAD_USER_INPUT"],
      ["input.rightNumber", "malformed", caseInput({ rightNumber: "cna-2017" }), "BAD_USER_INPUT"],
      ["input.rightNumber", "not on the register", caseInput({ rightNumber: "CNA20179999.9" }), "NOT_FOUND"],
      ["input.rightNumber", "not on the register (counterfeit seeds)", counterfeit({ rightNumber: "20179999", seedQuantityKg: "5" }), "NOT_FOUND"],
      // agriculture and forestry each enforce their own varieties
      ["input.rightNumber", "an agriculture variety in a forestry case", caseInput({ sector: "FORESTRY" }), "BAD_USER_INPUT"],
      ["input.rightNumber", "a forestry variety in an agriculture case", caseInput({ rightNumber: POPLAR }), "BAD_USER_INPUT"],
      ["input.seedQuantityKg", "counterfeit seeds without any quantity", counterfeit(), "BAD_USER_INPUT"],
      ["input.seedQuantityKg", "zero", counterfeit({ seedQuantityKg: "0" }), "BAD_USER_INPUT"],
      ["input.seedQuantityKg", "negative", caseInput({ seedQuantityKg: "-1.5" }), "BAD_USER_INPUT"],
      ["input.seedlingCount", "zero", counterfeit({ seedlingCount: 0 }), "BAD_USER_INPUT"],
      ["input.seedlingCount", "negative", counterfeit({ seedQuantityKg: "10", seedlingCount: -3 }), "BAD_USER_INPUT"],
    ])("refuses bad %s (%s) and writes nothing", async (field, _why, input, code) => {
      const before = await rows();
      const res = await call(SZ, CREATE, { input });
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
      expect(await rows()).toEqual(before);
    });

    test("the sector mismatch names both sectors", async () => {
      const res = await call(SZ, CREATE, { input: caseInput({ sector: "FORESTRY" }) });
      expect(res.errors?.[0].message).toContain(`${MAIZE} is a variety of the AGRICULTURE sector; a FORESTRY case`);
    });

    test.each([
      ["seedQuantityKg", "12.345"],
      ["seedQuantityKg", 12.5],
      ["openedOn", "2017-02-30"],
      ["category", "SEED_FRAUD"],
      ["sector", "FISHERY"],
      ["seedlingCount", 1.5],
    ])("refuses a malformed scalar %s = %p", async (field, value) => {
      const before = await rows();
      const res = await call(SZ, CREATE, { input: caseInput({ [field]: value }) });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toContain(field);
      expect(await rows()).toEqual(before);
    });

    test("a case number is used once, even by two cases at the same moment", async () => {
      const input = caseInput();
      const before = await rows();
      const results = await Promise.all([call(SZ, CREATE, { input }), call(SZ, CREATE, { input })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect((await call(SZ, CREATE, { input })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect((await rows()).cases).toBe(before.cases + 1);
    });

    test("writes only for AGRICULTURE inside its region", async () => {
      const before = await rows();
      for (const who of [ZJ, identity("AGRICULTURE", "440100"), identity("SAIC", "440000"), identity("POLICE", "440300"), identity("OFFICE", "000000")]) {
        const res = await call(who, CREATE, { input: caseInput() });
        expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      }
      expect((await call(ZJ, CREATE, { input: caseInput() })).errors?.[0].extensions?.field).toBe("input.region");
      expect(await rows()).toEqual(before);
    });

    test("lookups answer null outside the caller's region", async () => {
      const opened = await create(SZ, caseInput());
      const ask = (who: typeof GD) => call(who, `query($id: ID!) { plantVarietyCase(id: $id) { id } }`, { id: opened.id });
      expect((await ask(GD)).data.plantVarietyCase).toEqual({ id: opened.id });
      expect((await ask(identity("POLICE", "440000"))).data.plantVarietyCase).toEqual({ id: opened.id });
      expect((await ask(ZJ)).data.plantVarietyCase).toBeNull();
      const malformed = await call(GD, `{ plantVarietyCase(id: "no-such-case") { id } }`);
      expect(malformed).toMatchObject({ data: { plantVarietyCase: null } });
      expect(malformed.errors).toBeUndefined();
    });

    test("lists filter and page inside the caller's region only", async () => {
      const GZ = identity("AGRICULTURE", "440100");
      const gz = (over: Record<string, unknown>) => create(GZ, { ...over, region: "440100" });
      await gz(counterfeit({ sector: "FORESTRY", seedlingCount: 300, openedOn: "2017-03-01", foreignInvested: false, campaign: null, rightHolderCreditCode: forestCompany }));
      for (let day = 1; day <= 4; day++) await gz(caseInput({ openedOn: `2017-04-0${day}` }));
      const total = (f: object, who = GZ) =>
        call(who, `query($f: PlantVarietyCaseFilter) { plantVarietyCases(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.plantVarietyCases.totalCount ?? r.errors);
      expect(await total({})).toBe(5);
      expect(await total({ sector: "FORESTRY" })).toBe(1);
      expect(await total({ category: "COUNTERFEIT_SEEDS" })).toBe(1);
      expect(await total({ category: "VARIETY_RIGHT_INFRINGEMENT", sector: "AGRICULTURE" })).toBe(4);
      expect(await total({ campaign: "SEED_ENFORCEMENT" })).toBe(4);
      expect(await total({ foreignInvested: false })).toBe(1);
      expect(await total({ rightNumber: MAIZE })).toBe(4);
      expect(await total({ rightHolderCreditCode: forestCompany })).toBe(1);
      expect(await total({ from: "2017-04-02", to: "2017-04-03" })).toBe(2);
      expect(await total({ region: "440100" }, GD)).toBe(5);
      expect(await total({}, ZJ)).toBe(0);
      expect((await total({ region: "440300" }, GZ))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      expect((await total({ from: "2017-05-01", to: "2017-04-01" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(GZ, `query($after: String) { plantVarietyCases(first: 2, after: $after) { edges { node { openedOn } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...res.data.plantVarietyCases.edges.map((e: any) => e.node.openedOn));
        if (!res.data.plantVarietyCases.pageInfo.hasNextPage) break;
        after = res.data.plantVarietyCases.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2017-04-04", "2017-04-03", "2017-04-02", "2017-04-01", "2017-03-01"]);
    });
  });

  describe("federation", () => {
    const holder = makeCreditCode("320000", 4);
    const pirate = makeCreditCode("320000", 5);
    const rice = "CNA20150321.2";
    const JS = identity("AGRICULTURE", "320000");
    let nanjing: any, suzhou: any;
    beforeAll(async () => {
      expect((await call(JS, REGISTER, { input: varietyInput({ rightNumber: rice, denomination: "南粳9108", species: "水稻", holderCreditCode: holder }) })).errors).toBeUndefined();
      nanjing = await create(identity("AGRICULTURE", "320100"), caseInput({ region: "320100", rightNumber: rice, rightHolderCreditCode: holder, infringerCreditCode: pirate, openedOn: "2017-09-01" }));
      suzhou = await create(identity("AGRICULTURE", "320500"), caseInput({ region: "320500", rightNumber: rice, rightHolderCreditCode: holder, infringerCreditCode: pirate, openedOn: "2017-09-02" }));
    });

    test("resolves PlantVariety and PlantVarietyCase references, cases in the caller's region only", async () => {
      const refs = [{ __typename: "PlantVariety", rightNumber: rice }, { __typename: "PlantVarietyCase", id: nanjing.id }, { __typename: "PlantVariety", rightNumber: "CNA00000000.0" }];
      const nj = await call(identity("POLICE", "320100"), ENTITIES, { r: refs });
      expect(nj.errors).toBeUndefined();
      expect(nj.data._entities).toEqual([{ rightNumber: rice, denomination: "南粳9108", cases: [{ id: nanjing.id }] }, { id: nanjing.id, caseNumber: nanjing.caseNumber }, null]);
      const js = await call(identity("OFFICE", "000000"), ENTITIES, { r: refs.slice(0, 1) });
      expect(js.data._entities[0].cases).toEqual([{ id: suzhou.id }, { id: nanjing.id }]);
      const zj = await call(ZJ, ENTITIES, { r: refs });
      expect(zj.data._entities).toEqual([{ rightNumber: rice, denomination: "南粳9108", cases: [] }, null, null]);
    });

    test("adds varieties and cases (as right holder or infringer) to Enterprise, cases in the caller's region", async () => {
      const refs = [{ __typename: "Enterprise", creditCode: holder }, { __typename: "Enterprise", creditCode: pirate }];
      const js = await call(JS, ENTITIES, { r: refs });
      expect(js.errors).toBeUndefined();
      expect(js.data._entities).toEqual([
        { plantVarietyCases: [{ id: suzhou.id }, { id: nanjing.id }], infringed: [], plantVarieties: [{ rightNumber: rice }] },
        { plantVarietyCases: [], infringed: [{ id: suzhou.id }, { id: nanjing.id }], plantVarieties: [] },
      ]);
      const sz = await call(identity("AGRICULTURE", "320500"), ENTITIES, { r: refs });
      expect(sz.data._entities[0]).toEqual({ plantVarietyCases: [{ id: suzhou.id }], infringed: [], plantVarieties: [{ rightNumber: rice }] });
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities[1]).toEqual({ plantVarietyCases: [], infringed: [], plantVarieties: [] });
    });

    test("the SDL carries the keys and the Enterprise stub with its key and the fields agriculture adds", async () => {
      const sdl = (await call(GD, `{ _service { sdl } }`)).data._service.sdl as string;
      const types = new Map(
        parse(sdl).definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]),
      );
      const shape = (name: string) => {
        const t = types.get(name)!;
        return { keys: t.directives?.filter((d) => d.name.value === "key").map((d) => print(d.arguments![0].value)), fields: t.fields?.map((f) => f.name.value) };
      };
      expect(shape("PlantVariety").keys).toEqual(['"rightNumber"']);
      expect(shape("PlantVarietyCase").keys).toEqual(['"id"']);
      expect(shape("Enterprise")).toEqual({ keys: ['"creditCode"'], fields: ["creditCode", "plantVarietyCases", "plantVarieties"] });
      // a stub's key field carries no description, so it cannot disagree with SAIC's
      expect(types.get("Enterprise")!.fields![0].description).toBeUndefined();
    });
  });

  test("lists cases with their varieties in the same number of statements for 1 case as for 30", async () => {
    const HN = identity("AGRICULTURE", "460000");
    const measure = async () => {
      const before = running.db.statements();
      const res = await call(HN, `{ plantVarietyCases(first: 50) { edges { node { variety { denomination cases { id } } } } } }`);
      expect(res.errors).toBeUndefined();
      return { statements: running.db.statements() - before, cases: res.data.plantVarietyCases.edges.length };
    };
    const variety = async (i: number) => {
      const rightNumber = `CNA2017${String(i).padStart(4, "0")}.5`;
      expect((await call(HN, REGISTER, { input: varietyInput({ rightNumber, denomination: `琼稻${i}号`, species: "水稻" }) })).errors).toBeUndefined();
      return rightNumber;
    };
    await create(HN, caseInput({ region: "460100", rightNumber: await variety(0) }));
    const single = await measure();
    for (let i = 1; i < 30; i++) await create(HN, caseInput({ region: "460100", rightNumber: await variety(i) }));
    const thirty = await measure();
    expect([single.cases, thirty.cases]).toEqual([1, 30]);
    expect(thirty.statements).toBe(single.statements);
    // the same for the exact query of the brief
    const plain = async () => {
      const before = running.db.statements();
      const res = await call(HN, `{ plantVarietyCases(first: 50) { edges { node { variety { denomination } } } } }`);
      expect(res.data.plantVarietyCases.edges.every((e: any) => e.node.variety.denomination.startsWith("琼稻"))).toBe(true);
      return running.db.statements() - before;
    };
    expect(await plain()).toBe(2);
  });

  test("lists varieties with their cases in the same number of statements for 1 variety as for 30", async () => {
    const holder = makeCreditCode("450000", 6);
    const GX = identity("AGRICULTURE", "450000");
    const measure = async () => {
      const before = running.db.statements();
      const res = await call(GX, `query($h: String) { plantVarieties(first: 50, filter: { holderCreditCode: $h }) { edges { node { cases { id variety { rightNumber } } } } } }`, { h: holder });
      expect(res.errors).toBeUndefined();
      return { statements: running.db.statements() - before, varieties: res.data.plantVarieties.edges.length };
    };
    const add = async (i: number) => {
      const rightNumber = `2017${String(i).padStart(4, "0")}`;
      expect((await call(GX, REGISTER, { input: varietyInput({ rightNumber, sector: "FORESTRY", species: "桉树", holderCreditCode: holder }) })).errors).toBeUndefined();
      await create(GX, counterfeit({ region: "450100", sector: "FORESTRY", rightNumber, seedlingCount: 100 + i, rightHolderCreditCode: holder }));
    };
    await add(100);
    const single = await measure();
    for (let i = 101; i < 130; i++) await add(i);
    const thirty = await measure();
    expect([single.varieties, thirty.varieties]).toEqual([1, 30]);
    expect(thirty.statements).toBe(single.statements);
  });

  test("refuses unsigned and wrongly signed requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ plantVarietyCases { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await callSubgraph(running.url, GD, `{ _service { sdl } }`, {}, { secret: "guess" });
    expect(forged.status).toBe(401);
    expect(forged.data).toBeUndefined();
  });
});
