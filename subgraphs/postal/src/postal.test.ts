import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { postal } from "./index";

const SZ = identity("POSTAL", "440300");
const GD = identity("POSTAL", "440000");
const ZJ = identity("POSTAL", "330000");
const holder = makeCreditCode("440300", 1);
const infringer = makeCreditCode("440300", 2);
const SF = makeCreditCode("440300", 3); // a courier enterprise
const ZTO = makeCreditCode("310000", 4); // another courier

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof GD, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const RECORD = `mutation($input: RecordPostalInterceptionInput!) { recordPostalInterception(input: $input) {
  id caseNumber region interceptedOn trackingNumber courierCreditCode courierName origin destination crossBorderECommerce
  control goods itemCount amountInvolved foreignInvested campaign courier { creditCode } } }`;
const CHECK = `mutation($input: RecordCourierComplianceCheckInput!) { recordCourierComplianceCheck(input: $input) {
  id region checkedOn courierCreditCode courierName outletName inspectionOnReceipt realName xray compliant violations penaltyAmount courier { creditCode } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on PostalInterception { id } ... on CourierComplianceCheck { id }
  ... on Enterprise { postalInterceptions { id } infringed: postalInterceptions(role: INFRINGER) { id } courierComplianceChecks { id } } } }`;

let serial = 0;
const interception = (over: Record<string, unknown> = {}) => ({
  caseNumber: `粤邮截字〔2017〕${++serial}号`,
  region: "440300",
  interceptedOn: "2017-10-18",
  rightHolderCreditCode: holder,
  infringerCreditCode: infringer,
  foreignInvested: true,
  amountInvolved: "23800",
  campaign: "GREEN_SHIELD",
  trackingNumber: "sf1234567890123",
  courierCreditCode: SF,
  courierName: "顺丰速运有限公司",
  origin: "us",
  destination: "440305",
  crossBorderECommerce: true,
  control: "XRAY",
  goods: "假冒某外资品牌运动鞋",
  itemCount: 40,
  ...over,
});
const check = (over: Record<string, unknown> = {}) => ({
  region: "440300",
  checkedOn: "2017-10-20",
  courierCreditCode: SF,
  courierName: "顺丰速运有限公司",
  outletName: "南山科技园营业部",
  inspectionOnReceipt: true,
  realName: true,
  xray: true,
  violations: null,
  penaltyAmount: null,
  ...over,
});
const record = async (who: typeof GD, over: Record<string, unknown> = {}) => {
  const res = await call(who, RECORD, { input: interception(over) });
  expect(res.errors).toBeUndefined();
  return res.data.recordPostalInterception;
};
const recordCheck = async (who: typeof GD, over: Record<string, unknown> = {}) => {
  const res = await call(who, CHECK, { input: check(over) });
  expect(res.errors).toBeUndefined();
  return res.data.recordCourierComplianceCheck;
};

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(postal, { port: 0, databaseUrl: db.url });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from postal.${table}`))[0].n);
const rows = async () => ({ interceptions: await count("postal_interception"), checks: await count("courier_compliance_check") });

describe("postal subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  describe("interceptions", () => {
    test("records a cross-border parcel and reads it back normalised", async () => {
      const rec = await record(SZ);
      expect(rec).toMatchObject({
        region: "440300", interceptedOn: "2017-10-18", trackingNumber: "SF1234567890123", courierCreditCode: SF, origin: "US", destination: "440305",
        crossBorderECommerce: true, control: "XRAY", itemCount: 40, amountInvolved: "23800.00", foreignInvested: true, campaign: "GREEN_SHIELD",
        courier: { creditCode: SF },
      });
      const read = await call(GD, `query($id: ID!) { postalInterception(id: $id) { caseNumber goods courierName infringerCreditCode } }`, { id: rec.id });
      expect(read.data.postalInterception).toEqual({ caseNumber: rec.caseNumber, goods: "假冒某外资品牌运动鞋", courierName: "顺丰速运有限公司", infringerCreditCode: infringer });
    });

    test("a domestic parcel and one from Hong Kong are accepted", async () => {
      expect(await record(SZ, { origin: "310115", destination: "440300", crossBorderECommerce: false, control: "REAL_NAME" })).toMatchObject({ origin: "310115" });
      expect(await record(SZ, { origin: "440300", destination: "hk", crossBorderECommerce: true, control: "INSPECTION_ON_RECEIPT" })).toMatchObject({ destination: "HK" });
    });

    test.each([
      ["input.region", { region: "990000" }],
      ["input.caseNumber", { caseNumber: "  " }],
      ["input.interceptedOn", { interceptedOn: "2099-01-01" }],
      ["input.amountInvolved", { amountInvolved: "0" }],
      ["input.rightHolderCreditCode", { rightHolderCreditCode: "91440300MA5DXXXXX1" }],
      ["input.infringerCreditCode", { infringerCreditCode: holder }],
      ["input.trackingNumber", { trackingNumber: "SF12345" }],
      ["input.trackingNumber", { trackingNumber: "SF 1234 5678 90" }],
      ["input.trackingNumber", { trackingNumber: "顺丰1234567890" }],
      ["input.trackingNumber", { trackingNumber: "A".repeat(41) }],
      ["input.courierCreditCode", { courierCreditCode: "91440300MA5DXXXXX1" }],
      ["input.courierName", { courierName: " " }],
      ["input.origin", { origin: "XX" }],
      ["input.origin", { origin: "USA" }],
      ["input.origin", { origin: "CN" }],
      ["input.destination", { destination: "4403" }],
      ["input.destination", { destination: "990000" }],
      ["input.crossBorderECommerce", { origin: "310115", destination: "440305", crossBorderECommerce: true }],
      ["input.goods", { goods: "" }],
      ["input.itemCount", { itemCount: 0 }],
      ["input.itemCount", { itemCount: -3 }],
    ])("refuses bad %s (%j) and writes nothing", async (field, over) => {
      const before = await rows();
      const res = await call(SZ, RECORD, { input: interception(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test.each([
      ["control", "PARCEL_SNIFFING"],
      ["interceptedOn", "2017-02-30"],
      ["amountInvolved", 12.5],
      ["itemCount", 1.5],
    ])("refuses a malformed %s = %p before it runs", async (field, value) => {
      const before = await rows();
      const res = await call(SZ, RECORD, { input: interception({ [field]: value }) });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toContain(field);
      expect(await rows()).toEqual(before);
    });

    test("an interception record number is used once, even by two records at the same moment", async () => {
      const input = interception();
      const before = await rows();
      const results = await Promise.all([call(SZ, RECORD, { input }), call(SZ, RECORD, { input })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect((await call(SZ, RECORD, { input })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect(await rows()).toEqual({ ...before, interceptions: before.interceptions + 1 });
    });

    test("only POSTAL records, inside its region", async () => {
      const before = await rows();
      for (const who of [ZJ, identity("CUSTOMS", "440000"), identity("SAIC", "440300"), identity("OFFICE", "000000")]) {
        expect((await call(who, RECORD, { input: interception() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
        expect((await call(who, CHECK, { input: check() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      }
      expect(await rows()).toEqual(before);
    });

    test("lookups answer null outside the caller's region, for any agency", async () => {
      const rec = await record(SZ);
      const ask = (who: typeof GD) => call(who, `query($id: ID!) { postalInterception(id: $id) { id } }`, { id: rec.id });
      expect((await ask(identity("SAIC", "440000"))).data.postalInterception).toEqual({ id: rec.id });
      expect((await ask(ZJ)).data.postalInterception).toBeNull();
      const refs = [{ __typename: "PostalInterception", id: rec.id }];
      expect((await call(identity("POLICE", "440300"), ENTITIES, { r: refs })).data._entities).toEqual([{ id: rec.id }]);
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null]);
      const malformed = await call(GD, `{ postalInterception(id: "no-such-parcel") { id } courierComplianceCheck(id: "42") { id } }`);
      expect(malformed).toMatchObject({ data: { postalInterception: null, courierComplianceCheck: null } });
      expect(malformed.errors).toBeUndefined();
    });

    test("lists filter and page inside the caller's region only", async () => {
      const GZ = identity("POSTAL", "440100");
      await record(GZ, { region: "440100", interceptedOn: "2017-03-01", control: "REAL_NAME", crossBorderECommerce: false, origin: "440100", destination: "510100" });
      await record(GZ, { region: "440100", interceptedOn: "2017-03-02", control: "INSPECTION_ON_RECEIPT", courierCreditCode: ZTO, foreignInvested: false });
      for (let day = 1; day <= 3; day++) await record(GZ, { region: "440100", interceptedOn: `2017-04-0${day}` });
      const total = (f: object, who = GZ) =>
        call(who, `query($f: PostalInterceptionFilter) { postalInterceptions(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.postalInterceptions.totalCount ?? r.errors);
      expect(await total({})).toBe(5);
      expect(await total({ control: "XRAY" })).toBe(3);
      expect(await total({ control: "REAL_NAME" })).toBe(1);
      expect(await total({ crossBorderECommerce: false })).toBe(1);
      expect(await total({ courierCreditCode: ZTO })).toBe(1);
      expect(await total({ foreignInvested: false })).toBe(1);
      expect(await total({ from: "2017-03-02", to: "2017-04-02" })).toBe(3);
      expect(await total({ campaign: "GREEN_SHIELD", rightHolderCreditCode: holder })).toBe(5);
      expect(await total({ region: "440100" }, GD)).toBe(5);
      expect(await total({}, ZJ)).toBe(0);
      expect((await total({ region: "440300" }, GZ))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      expect((await total({ from: "2017-05-01", to: "2017-04-01" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(GZ, `query($after: String) { postalInterceptions(first: 2, after: $after) { edges { node { interceptedOn } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...res.data.postalInterceptions.edges.map((e: any) => e.node.interceptedOn));
        if (!res.data.postalInterceptions.pageInfo.hasNextPage) break;
        after = res.data.postalInterceptions.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2017-04-03", "2017-04-02", "2017-04-01", "2017-03-02", "2017-03-01"]);
    });
  });

  describe("courier compliance checks", () => {
    test("records a check; compliant only when all three controls were applied", async () => {
      const ok = await recordCheck(SZ);
      expect(ok).toMatchObject({ region: "440300", checkedOn: "2017-10-20", compliant: true, violations: null, penaltyAmount: null, courier: { creditCode: SF } });
      const bad = await recordCheck(SZ, { xray: false, violations: "未按规定过机安检", penaltyAmount: "5000" });
      expect(bad).toMatchObject({ xray: false, compliant: false, penaltyAmount: "5000.00" });
      const read = await call(GD, `query($id: ID!) { courierComplianceCheck(id: $id) { outletName compliant } }`, { id: bad.id });
      expect(read.data.courierComplianceCheck).toEqual({ outletName: "南山科技园营业部", compliant: false });
      expect((await call(ZJ, `query($id: ID!) { courierComplianceCheck(id: $id) { id } }`, { id: bad.id })).data.courierComplianceCheck).toBeNull();
      const refs = [{ __typename: "CourierComplianceCheck", id: ok.id }];
      expect((await call(GD, ENTITIES, { r: refs })).data._entities).toEqual([{ id: ok.id }]);
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null]);
    });

    test.each([
      ["input.region", { region: "4403" }],
      ["input.checkedOn", { checkedOn: "2099-12-31" }],
      ["input.courierCreditCode", { courierCreditCode: "顺丰" }],
      ["input.courierName", { courierName: "" }],
      ["input.outletName", { outletName: "   " }],
      ["input.penaltyAmount", { penaltyAmount: "-1", violations: "x" }],
      ["input.violations", { realName: false, penaltyAmount: "2000" }],
    ])("refuses bad %s (%j) and writes nothing", async (field, over) => {
      const before = await rows();
      const res = await call(SZ, CHECK, { input: check(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("lists filter by courier, period and compliance, inside the caller's region", async () => {
      const FS = identity("POSTAL", "440600");
      await recordCheck(FS, { region: "440600", checkedOn: "2017-09-01" });
      await recordCheck(FS, { region: "440600", checkedOn: "2017-09-02", realName: false });
      await recordCheck(FS, { region: "440600", checkedOn: "2017-09-03", courierCreditCode: ZTO, inspectionOnReceipt: false, xray: false });
      const total = (f: object, who = FS) =>
        call(who, `query($f: CourierComplianceCheckFilter) { courierComplianceChecks(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.courierComplianceChecks.totalCount ?? r.errors);
      expect(await total({})).toBe(3);
      expect(await total({ compliant: true })).toBe(1);
      expect(await total({ compliant: false })).toBe(2);
      expect(await total({ courierCreditCode: SF })).toBe(2);
      expect(await total({ from: "2017-09-02" })).toBe(2);
      expect(await total({ to: "2017-09-01" })).toBe(1);
      expect(await total({ region: "440600" }, GD)).toBe(3);
      expect(await total({}, ZJ)).toBe(0);
      expect((await total({ region: "440300" }))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      const page = await call(FS, `{ courierComplianceChecks(first: 2) { edges { node { checkedOn } } pageInfo { hasNextPage } } }`);
      expect(page.data.courierComplianceChecks).toEqual({ edges: [{ node: { checkedOn: "2017-09-03" } }, { node: { checkedOn: "2017-09-02" } }], pageInfo: { hasNextPage: true } });
    });

    test("the summary's counts equal a hand count, in one SQL statement", async () => {
      const SC = identity("POSTAL", "510000");
      const CD = identity("POSTAL", "510100");
      // in the period and region: SF 4 checks, ZTO 2 checks
      const inScope: Array<[typeof GD, Record<string, unknown>]> = [
        [CD, { region: "510100", checkedOn: "2017-10-02", courierCreditCode: SF }], // all three
        [CD, { region: "510100", checkedOn: "2017-10-05", courierCreditCode: SF, xray: false, violations: "未过机", penaltyAmount: "3000.50" }],
        [SC, { region: "510700", checkedOn: "2017-10-09", courierCreditCode: SF, realName: false, xray: false, violations: "未实名", penaltyAmount: "1000" }],
        [SC, { region: "510000", checkedOn: "2017-10-31", courierCreditCode: SF, courierName: "顺丰速运（集团）有限公司" }], // all three, latest name
        [CD, { region: "510100", checkedOn: "2017-10-01", courierCreditCode: ZTO, courierName: "中通快递股份有限公司", inspectionOnReceipt: false }],
        [CD, { region: "510100", checkedOn: "2017-10-15", courierCreditCode: ZTO, courierName: "中通快递股份有限公司", inspectionOnReceipt: false, realName: false, xray: false, penaltyAmount: "0" }],
      ];
      // out of the period, or out of the region: not counted
      const outOfScope: Array<[typeof GD, Record<string, unknown>]> = [
        [CD, { region: "510100", checkedOn: "2017-09-30", courierCreditCode: SF }],
        [CD, { region: "510100", checkedOn: "2017-11-01", courierCreditCode: ZTO }],
        [identity("POSTAL", "500000"), { region: "500000", checkedOn: "2017-10-10", courierCreditCode: SF }],
      ];
      for (const [who, over] of [...inScope, ...outOfScope]) await recordCheck(who, over);

      const SUMMARY = `query($region: String!, $from: Date!, $to: Date!) { courierComplianceSummary(region: $region, from: $from, to: $to) {
        courierCreditCode courierName courier { creditCode } checks compliantChecks inspectionOnReceiptApplied realNameApplied xrayApplied penaltyAmount } }`;
      const before = running.db.statements();
      const res = await call(SC, SUMMARY, { region: "510000", from: "2017-10-01", to: "2017-10-31" });
      expect(running.db.statements() - before).toBe(1);
      expect(res.errors).toBeUndefined();
      const byCode = Object.fromEntries(res.data.courierComplianceSummary.map((s: any) => [s.courierCreditCode, s]));
      expect(Object.keys(byCode).sort()).toEqual([SF, ZTO].sort());
      expect(byCode[SF]).toEqual({
        courierCreditCode: SF, courierName: "顺丰速运（集团）有限公司", courier: { creditCode: SF },
        checks: 4, compliantChecks: 2, inspectionOnReceiptApplied: 4, realNameApplied: 3, xrayApplied: 2, penaltyAmount: "4000.50",
      });
      expect(byCode[ZTO]).toEqual({
        courierCreditCode: ZTO, courierName: "中通快递股份有限公司", courier: { creditCode: ZTO },
        checks: 2, compliantChecks: 0, inspectionOnReceiptApplied: 0, realNameApplied: 1, xrayApplied: 1, penaltyAmount: "0.00",
      });

      // a city sees its own part; the national office all of it
      const city = await call(CD, SUMMARY, { region: "510100", from: "2017-10-01", to: "2017-10-31" });
      expect(city.data.courierComplianceSummary.map((s: any) => [s.courierCreditCode, s.checks]).sort()).toEqual([[SF, 2], [ZTO, 2]].sort());
      const national = await call(identity("OFFICE", "000000"), SUMMARY, { region: "000000", from: "2017-10-10", to: "2017-10-10" });
      expect(national.data.courierComplianceSummary).toMatchObject([{ courierCreditCode: SF, checks: 1 }]);

      expect((await call(CD, SUMMARY, { region: "510000", from: "2017-10-01", to: "2017-10-31" })).errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "region" });
      expect((await call(SC, SUMMARY, { region: "51", from: "2017-10-01", to: "2017-10-31" })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "region" });
      expect((await call(SC, SUMMARY, { region: "510000", from: "2017-10-31", to: "2017-10-01" })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
      expect((await call(SC, SUMMARY, { region: "510000", from: "2017-01-01", to: "2017-01-31" })).data.courierComplianceSummary).toEqual([]);
    });
  });

  test("adds interceptions and courier checks to Enterprise, in the caller's region", async () => {
    const owner = makeCreditCode("350000", 21);
    const bad = makeCreditCode("350000", 22);
    const courier = makeCreditCode("350000", 23);
    const XM = identity("POSTAL", "350200");
    const rec = await record(XM, { region: "350200", rightHolderCreditCode: owner, infringerCreditCode: bad });
    const chk = await recordCheck(XM, { region: "350200", courierCreditCode: courier });
    const ask = (who: typeof GD) =>
      call(who, ENTITIES, { r: [owner, bad, courier].map((creditCode) => ({ __typename: "Enterprise", creditCode })) });
    expect((await ask(identity("SAIC", "350000"))).data._entities).toEqual([
      { postalInterceptions: [{ id: rec.id }], infringed: [], courierComplianceChecks: [] },
      { postalInterceptions: [], infringed: [{ id: rec.id }], courierComplianceChecks: [] },
      { postalInterceptions: [], infringed: [], courierComplianceChecks: [{ id: chk.id }] },
    ]);
    const none = { postalInterceptions: [], infringed: [], courierComplianceChecks: [] };
    expect((await ask(ZJ)).data._entities).toEqual([none, none, none]);
  });

  describe("SQL statements do not grow with the rows", () => {
    const JS = identity("POSTAL", "320000");

    test("a list of interceptions with their courier", async () => {
      const measure = async () => {
        const before = running.db.statements();
        const res = await call(JS, `{ postalInterceptions(first: 50) { edges { node { id courier { creditCode } } } } }`);
        expect(res.errors).toBeUndefined();
        return { statements: running.db.statements() - before, rows: res.data.postalInterceptions.edges.length };
      };
      await record(JS, { region: "320500" });
      const single = await measure();
      for (let i = 0; i < 29; i++) await record(JS, { region: "320500", courierCreditCode: makeCreditCode("320500", 100 + i) });
      const thirty = await measure();
      expect([single.rows, thirty.rows]).toEqual([1, 30]);
      expect(thirty.statements).toBe(single.statements);
    });

    test("_entities of 1 and of 30 enterprises asking for their interceptions and checks", async () => {
      const holders = Array.from({ length: 30 }, (_, i) => makeCreditCode("320200", 200 + i));
      for (const h of holders) {
        await record(JS, { region: "320200", rightHolderCreditCode: h });
        await recordCheck(JS, { region: "320200", courierCreditCode: h });
      }
      const measure = async (codes: string[]) => {
        const before = running.db.statements();
        const res = await call(JS, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { postalInterceptions { id } courierComplianceChecks { id } } } }`, {
          r: codes.map((creditCode) => ({ __typename: "Enterprise", creditCode })),
        });
        expect(res.errors).toBeUndefined();
        expect(res.data._entities.every((e: any) => e.postalInterceptions.length === 1 && e.courierComplianceChecks.length === 1)).toBe(true);
        return running.db.statements() - before;
      };
      const one = await measure(holders.slice(0, 1));
      const thirty = await measure(holders);
      expect(thirty).toBe(one);
      expect(one).toBe(2);
    });
  });

  test("refuses unsigned and wrongly signed requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ postalInterceptions { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await callSubgraph(running.url, GD, `{ _service { sdl } }`, {}, { secret: "guess" });
    expect(forged.status).toBe(401);
    expect(forged.data).toBeUndefined();
  });
});
