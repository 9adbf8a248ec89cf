import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { customs } from "./index";

/** Today is 2017-12-01 in China for every test: expiries and renewal windows are fixed. */
const NOW = new Date("2017-12-01T04:00:00Z");

const GACC = identity("CUSTOMS", "000000"); // the General Administration (海关总署)
const GD = identity("CUSTOMS", "440000");
const SZ = identity("CUSTOMS", "440300");
const ZJ = identity("CUSTOMS", "330000");
const SAIC = identity("SAIC", "440000");
type Who = typeof GD;

const holder = makeCreditCode("440300", 1);
const otherHolder = makeCreditCode("310000", 2);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: Who, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const RECORD = `mutation($input: RecordCustomsRecordationInput!) { recordCustomsRecordation(input: $input) {
  id recordationNumber rightType rightNumber holderCreditCode holderName foreignInvested recordedOn validUntil lastRenewedOn
  valid trademark { registrationNumber } patent { patentNumber } copyrightWork { registrationNumber } } }`;
const RENEW = `mutation($input: RenewCustomsRecordationInput!) { renewCustomsRecordation(input: $input) { id validUntil lastRenewedOn } }`;
const SEIZE = `mutation($input: RecordCustomsSeizureInput!) { recordCustomsSeizure(input: $input) {
  id caseNumber region seizedOn direction port goods quantity declaredValue amountInvolved basis campaign
  recordationId recordation { recordationNumber } jointOperationId jointOperation { name } rightHolder { creditCode } } }`;
const OPERATE = `mutation($input: RecordCustomsJointOperationInput!) { recordCustomsJointOperation(input: $input) { id name partners startedOn endedOn } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CustomsSeizure { id } ... on CustomsRecordation { recordationNumber } ... on CustomsJointOperation { name }
  ... on Enterprise { customsRecordations { recordationNumber } rightHolder: customsSeizures { id } infringer: customsSeizures(role: INFRINGER) { id } }
  ... on Trademark { customsRecordations { recordationNumber } customsSeizures { id } }
  ... on Patent { customsRecordations { recordationNumber } customsSeizures { id } }
  ... on CopyrightWork { customsRecordations { recordationNumber } customsSeizures { id } } } }`;

let serial = 0;
const recordationInput = (over: Record<string, unknown> = {}) => {
  const n = ++serial;
  return {
    recordationNumber: `T2015-${String(n).padStart(5, "0")}`,
    rightType: "TRADEMARK",
    rightNumber: `${8_000_000 + n}`,
    holderCreditCode: holder,
    holderName: "深圳某外资电子有限公司",
    foreignInvested: true,
    recordedOn: "2015-06-01",
    ...over,
  };
};
const seizureInput = (over: Record<string, unknown> = {}) => ({
  caseNumber: `深关知字〔2017〕${++serial}号`,
  region: "440300",
  seizedOn: "2017-10-09",
  rightHolderCreditCode: holder,
  foreignInvested: true,
  amountInvolved: "58000",
  direction: "EXPORT",
  port: "深圳湾海关",
  goods: "假冒注册商标的蓝牙耳机",
  quantity: 1200,
  declaredValue: "36000.5",
  basis: "ON_APPLICATION",
  ...over,
});

async function must(who: Who, query: string, variables: Record<string, unknown>) {
  const res = await call(who, query, variables);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data as object)[0];
}
const record = (over: Record<string, unknown> = {}) => must(GACC, RECORD, { input: recordationInput(over) });
const seize = (who: Who, over: Record<string, unknown> = {}) => must(who, SEIZE, { input: seizureInput(over) });
const operate = (over: Record<string, unknown> = {}) =>
  must(GACC, OPERATE, { input: { name: `中欧海关知识产权联合执法行动${++serial}`, partners: ["EU customs"], startedOn: "2017-09-01", endedOn: null, ...over } });

const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from customs.${table}`))[0].n);
const rows = async () => ({
  recordations: await count("customs_recordation"),
  seizures: await count("customs_seizure"),
  operations: await count("customs_joint_operation"),
});

/** A recordation of `holder` valid on every seizure date the tests use. */
let recordation: any;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(customs, { port: 0, databaseUrl: db.url, clock: () => NOW });
  recordation = await record();
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("customs subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  describe("recordations (知识产权海关保护备案)", () => {
    test("are valid ten years less a day, and link the one right they record", async () => {
      expect(recordation).toMatchObject({
        rightType: "TRADEMARK", holderCreditCode: holder, recordedOn: "2015-06-01", validUntil: "2025-05-31", lastRenewedOn: null, valid: true,
        trademark: { registrationNumber: recordation.rightNumber }, patent: null, copyrightWork: null,
      });
      const patent = await record({ recordationNumber: "p2016-00101", rightType: "PATENT", rightNumber: "ZL201510123456.7" });
      expect(patent).toMatchObject({ recordationNumber: "P2016-00101", trademark: null, patent: { patentNumber: "ZL201510123456.7" }, copyrightWork: null });
      const work = await record({ recordationNumber: "C2016-00102", rightType: "COPYRIGHT", rightNumber: "国作登字-2016-F-00012345" });
      expect(work).toMatchObject({ trademark: null, patent: null, copyrightWork: { registrationNumber: "国作登字-2016-F-00012345" } });
    });

    test("recorded on 29 February run to 28 February ten years on", async () => {
      const leap = await record({ recordedOn: "2016-02-29" });
      expect(leap.validUntil).toBe("2026-02-28");
      const VALID = `query($id: ID!) { customsRecordation(id: $id) { before: valid(on: "2016-02-28") first: valid(on: "2016-02-29")
        last: valid(on: "2026-02-28") after: valid(on: "2026-03-01") today: valid } }`;
      expect((await call(SAIC, VALID, { id: leap.id })).data.customsRecordation).toEqual({ before: false, first: true, last: true, after: false, today: true });
    });

    test.each([
      ["input.recordationNumber", { recordationNumber: "2017-12345" }],
      ["input.recordationNumber", { recordationNumber: "P2017-12345" }],
      ["input.recordationNumber", { recordationNumber: " " }],
      ["input.rightNumber", { rightNumber: "  " }],
      ["input.holderCreditCode", { holderCreditCode: "91440300MA5DXXXXX1" }],
      ["input.holderName", { holderName: "" }],
      ["input.recordedOn", { recordedOn: "2017-12-02" }],
    ])("refuses bad %s and writes nothing", async (field, over) => {
      const before = await rows();
      const res = await call(GACC, RECORD, { input: recordationInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("a recordation number is used once, and a right has one recordation at a time", async () => {
      const before = await rows();
      const dup = await call(GACC, RECORD, { input: recordationInput({ recordationNumber: recordation.recordationNumber }) });
      expect(dup.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.recordationNumber" });
      const overlap = await call(GACC, RECORD, { input: recordationInput({ rightNumber: recordation.rightNumber, recordedOn: "2017-01-01" }) });
      expect(overlap.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.rightNumber" });
      expect(await rows()).toEqual(before);
      // after the old one expired, the same right may be recorded anew
      const old = await record({ rightNumber: "6000001", recordedOn: "2005-03-01" });
      expect((await record({ rightNumber: "6000001", recordedOn: "2015-03-01" })).rightNumber).toBe(old.rightNumber);
    });

    test("are recorded only by customs, from any region (they are national)", async () => {
      const before = await rows();
      for (const who of [SAIC, identity("OFFICE", "000000"), identity("POLICE", "440300")])
        expect((await call(who, RECORD, { input: recordationInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
      expect((await call(SZ, RECORD, { input: recordationInput() })).errors).toBeUndefined();
    });

    test("are read by every agency and region, filtered and paged", async () => {
      const h = makeCreditCode("110000", 77);
      const mine = [
        await record({ holderCreditCode: h, recordedOn: "2006-01-10" }), // expired 2016-01-09
        await record({ holderCreditCode: h, recordedOn: "2012-05-01" }),
        await record({ holderCreditCode: h, recordedOn: "2016-07-01", rightType: "PATENT", recordationNumber: `P2016-${++serial}` }),
      ];
      const Q = `query($f: CustomsRecordationFilter, $after: String) { customsRecordations(filter: $f, first: 2, after: $after) {
        totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      const ids = async (f: object, who: Who = identity("PRESS", "650000")) => {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const res: any = await call(who, Q, { f, after });
          seen.push(...res.data.customsRecordations.edges.map((e: any) => e.node.id));
          if (!res.data.customsRecordations.pageInfo.hasNextPage) return seen;
          after = res.data.customsRecordations.pageInfo.endCursor;
        }
      };
      expect(await ids({ holderCreditCode: h })).toEqual([mine[2].id, mine[1].id, mine[0].id]);
      expect(await ids({ holderCreditCode: h, rightType: "TRADEMARK" })).toEqual([mine[1].id, mine[0].id]);
      expect(await ids({ holderCreditCode: h, validOn: "2017-01-01" })).toEqual([mine[2].id, mine[1].id]);
      expect(await ids({ holderCreditCode: h, validOn: "2010-01-01" }, ZJ)).toEqual([mine[0].id]);
      const one = await call(identity("COURTS", "650000"), `query($id: ID!) { customsRecordation(id: $id) { recordationNumber } }`, { id: mine[0].id });
      expect(one.data.customsRecordation.recordationNumber).toBe(mine[0].recordationNumber);
      const absent = await call(GD, `{ a: customsRecordation(id: "nope") { id } b: customsRecordation(id: "7f1d7a4e-0000-4000-8000-000000000000") { id } }`);
      expect(absent).toMatchObject({ data: { a: null, b: null } });
      expect(absent.errors).toBeUndefined();
    });
  });

  describe("renewal (续展)", () => {
    test("opens six months before expiry and adds ten years from the day after it", async () => {
      const r = await record({ recordedOn: "2008-03-10" });
      expect(r.validUntil).toBe("2018-03-09");
      const before = await rows();
      const early = await call(GACC, RENEW, { input: { recordationId: r.id, renewedOn: "2017-09-09" } });
      expect(early.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.renewedOn" });
      expect(early.errors?.[0].message).toContain("2017-09-10");
      expect(await rows()).toEqual(before);
      const renewed = await must(GACC, RENEW, { input: { recordationId: r.id, renewedOn: "2017-09-10" } });
      expect(renewed).toEqual({ id: r.id, validUntil: "2028-03-09", lastRenewedOn: "2017-09-10" });
      // renewed once, the next window is ten years away
      const again = await call(GACC, RENEW, { input: { recordationId: r.id, renewedOn: "2017-11-30" } });
      expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.renewedOn" });
      const read = await call(SAIC, `query($id: ID!) { customsRecordation(id: $id) { validUntil lastRenewedOn } }`, { id: r.id });
      expect(read.data.customsRecordation).toEqual({ validUntil: "2028-03-09", lastRenewedOn: "2017-09-10" });
    });

    test("is allowed after expiry, and the new term follows the old one without a gap", async () => {
      const r = await record({ recordedOn: "2007-06-01" });
      expect(r).toMatchObject({ validUntil: "2017-05-31", valid: false });
      const renewed = await must(GACC, RENEW, { input: { recordationId: r.id, renewedOn: "2017-11-20" } });
      expect(renewed.validUntil).toBe("2027-05-31");
    });

    test("of a term ending 28 February runs to 29 February in a leap year", async () => {
      const r = await record({ recordedOn: "2008-02-29" });
      expect(r.validUntil).toBe("2018-02-28");
      const early = await call(GACC, RENEW, { input: { recordationId: r.id, renewedOn: "2017-08-31" } });
      expect(early.errors?.[0].extensions?.field).toBe("input.renewedOn");
      expect((await must(GACC, RENEW, { input: { recordationId: r.id, renewedOn: "2017-09-01" } })).validUntil).toBe("2028-02-29");
    });

    test("twice at the same moment adds ten years once", async () => {
      const r = await record({ recordedOn: "2008-01-05" });
      const input = { recordationId: r.id, renewedOn: "2017-11-01" };
      const results = await Promise.all([call(GACC, RENEW, { input }), call(GD, RENEW, { input })]);
      expect(results.filter((res) => !res.errors)).toHaveLength(1);
      expect(results.find((res) => res.errors)?.errors?.[0].extensions?.field).toBe("input.renewedOn");
      const read = await call(GACC, `query($id: ID!) { customsRecordation(id: $id) { validUntil } }`, { id: r.id });
      expect(read.data.customsRecordation.validUntil).toBe("2028-01-04");
    });

    test.each([
      ["BAD_USER_INPUT", "input.renewedOn", { renewedOn: "2017-12-02" }],
      ["NOT_FOUND", "input.recordationId", { recordationId: "7f1d7a4e-0000-4000-8000-000000000000" }],
      ["NOT_FOUND", "input.recordationId", { recordationId: "T2015-00001" }],
    ])("refuses %s %s", async (code, field, over) => {
      const r = await record({ recordedOn: "2008-02-01" });
      const res = await call(GACC, RENEW, { input: { recordationId: r.id, renewedOn: "2017-11-01", ...over } });
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    });

    test("is for customs only", async () => {
      const r = await record({ recordedOn: "2008-02-02" });
      const res = await call(SAIC, RENEW, { input: { recordationId: r.id, renewedOn: "2017-11-01" } });
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect((await call(GACC, `query($id: ID!) { customsRecordation(id: $id) { validUntil } }`, { id: r.id })).data.customsRecordation.validUntil).toBe("2018-02-01");
    });
  });

  describe("detentions (扣留)", () => {
    test("records an ex officio detention under a valid recordation and reads it back", async () => {
      const op = await operate({ name: "龙腾行动中欧联合执法", partners: ["World Customs Organization", "EU customs"] });
      const seized = await seize(SZ, {
        basis: "EX_OFFICIO", recordationId: recordation.id, jointOperationId: op.id, campaign: "LONGTENG", declaredValue: "0",
      });
      expect(seized).toMatchObject({
        region: "440300", seizedOn: "2017-10-09", direction: "EXPORT", port: "深圳湾海关", quantity: 1200, declaredValue: "0.00",
        amountInvolved: "58000.00", basis: "EX_OFFICIO", campaign: "LONGTENG",
        recordationId: recordation.id, recordation: { recordationNumber: recordation.recordationNumber },
        jointOperationId: op.id, jointOperation: { name: "龙腾行动中欧联合执法" }, rightHolder: { creditCode: holder },
      });
      const read = await call(GD, `query($id: ID!) { customsSeizure(id: $id) { caseNumber goods declaredValue } }`, { id: seized.id });
      expect(read.data.customsSeizure).toEqual({ caseNumber: seized.caseNumber, goods: "假冒注册商标的蓝牙耳机", declaredValue: "0.00" });
      const onApplication = await seize(SZ, { direction: "IMPORT" });
      expect(onApplication).toMatchObject({ basis: "ON_APPLICATION", recordationId: null, recordation: null, jointOperation: null });
    });

    describe("refusals", () => {
      let expired: any, later: any, othersRecordation: any, op: any;
      beforeAll(async () => {
        expired = await record({ recordedOn: "2007-01-01" }); // valid until 2016-12-31
        later = await record({ recordedOn: "2017-11-01" });
        othersRecordation = await record({ holderCreditCode: otherHolder });
        op = await operate({ startedOn: "2017-06-01", endedOn: "2017-08-31" });
      });

      test.each<[string, string, (() => Record<string, unknown>)]>([
        ["BAD_USER_INPUT", "input.region", () => ({ region: "990000" })],
        ["BAD_USER_INPUT", "input.caseNumber", () => ({ caseNumber: " " })],
        ["BAD_USER_INPUT", "input.seizedOn", () => ({ seizedOn: "2017-12-02" })],
        ["BAD_USER_INPUT", "input.amountInvolved", () => ({ amountInvolved: "0" })],
        ["BAD_USER_INPUT", "input.rightHolderCreditCode", () => ({ rightHolderCreditCode: "91440300MA5DXXXXX1" })],
        ["BAD_USER_INPUT", "input.infringerCreditCode", () => ({ infringerCreditCode: holder })],
        ["BAD_USER_INPUT", "input.port", () => ({ port: "  " })],
        ["BAD_USER_INPUT", "input.goods", () => ({ goods: "" })],
        ["BAD_USER_INPUT", "input.quantity", () => ({ quantity: 0 })],
        ["BAD_USER_INPUT", "input.quantity", () => ({ quantity: -3 })],
        ["BAD_USER_INPUT", "input.declaredValue", () => ({ declaredValue: "-0.01" })],
        // ex officio protection needs a recordation of the right holder valid on the day
        ["BAD_USER_INPUT", "input.recordationId", () => ({ basis: "EX_OFFICIO" })],
        ["BAD_USER_INPUT", "input.recordationId", () => ({ basis: "EX_OFFICIO", recordationId: null })],
        ["BAD_USER_INPUT", "input.recordationId", () => ({ basis: "EX_OFFICIO", recordationId: expired.id })],
        ["BAD_USER_INPUT", "input.recordationId", () => ({ basis: "EX_OFFICIO", recordationId: later.id })],
        ["BAD_USER_INPUT", "input.recordationId", () => ({ basis: "EX_OFFICIO", recordationId: othersRecordation.id })],
        ["BAD_USER_INPUT", "input.recordationId", () => ({ basis: "ON_APPLICATION", recordationId: othersRecordation.id })],
        ["NOT_FOUND", "input.recordationId", () => ({ basis: "EX_OFFICIO", recordationId: "7f1d7a4e-0000-4000-8000-000000000000" })],
        ["NOT_FOUND", "input.recordationId", () => ({ basis: "EX_OFFICIO", recordationId: "T2015-00001" })],
        ["NOT_FOUND", "input.jointOperationId", () => ({ jointOperationId: "7f1d7a4e-0000-4000-8000-000000000000" })],
        ["BAD_USER_INPUT", "input.jointOperationId", () => ({ jointOperationId: op.id })],
      ])("%s %s and nothing written", async (code, field, over) => {
        const before = await rows();
        const res = await call(SZ, SEIZE, { input: seizureInput(over()) });
        expect(res.errors?.[0].extensions).toMatchObject({ code, field });
        expect(await rows()).toEqual(before);
      });

      test("an expired recordation is named with its expiry", async () => {
        const res = await call(SZ, SEIZE, { input: seizureInput({ basis: "EX_OFFICIO", recordationId: expired.id }) });
        expect(res.errors?.[0].message).toContain("expired on 2016-12-31");
      });

      test.each([
        ["direction", "SIDEWAYS"],
        ["basis", "MAYBE"],
        ["quantity", 1.5],
        ["declaredValue", "1.234"],
        ["seizedOn", "2017-02-30"],
      ])("a malformed %s = %p", async (field, value) => {
        const before = await rows();
        const res = await call(SZ, SEIZE, { input: seizureInput({ [field]: value }) });
        expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
        expect(res.errors?.[0].message).toContain(field);
        expect(await rows()).toEqual(before);
      });
    });

    test("a detention number is used once, even by two recordings at the same moment", async () => {
      const input = seizureInput();
      const before = await rows();
      const results = await Promise.all([call(SZ, SEIZE, { input }), call(SZ, SEIZE, { input })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect(await rows()).toEqual({ ...before, seizures: before.seizures + 1 });
    });

    test("are recorded only by customs inside its region", async () => {
      const before = await rows();
      for (const who of [ZJ, identity("CUSTOMS", "440100"), SAIC, identity("OFFICE", "000000")])
        expect((await call(who, SEIZE, { input: seizureInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
    });

    test("lists filter and page inside the caller's region only", async () => {
      const GZ = identity("CUSTOMS", "440100");
      const op = await operate({ startedOn: "2017-03-01" });
      const gz = (over: Record<string, unknown>) => seize(GZ, { region: "440100", port: "广州白云机场海关", ...over });
      await gz({ seizedOn: "2017-03-01", direction: "IMPORT", jointOperationId: op.id, campaign: "LONGTENG", foreignInvested: false });
      for (let day = 1; day <= 4; day++) await gz({ seizedOn: `2017-04-0${day}`, basis: "EX_OFFICIO", recordationId: recordation.id });
      const total = (f: object, who: Who = GZ) =>
        call(who, `query($f: CustomsSeizureFilter) { customsSeizures(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.customsSeizures.totalCount ?? r.errors);
      expect(await total({})).toBe(5);
      expect(await total({ direction: "IMPORT" })).toBe(1);
      expect(await total({ basis: "EX_OFFICIO" })).toBe(4);
      expect(await total({ jointOperationId: op.id })).toBe(1);
      expect(await total({ campaign: "LONGTENG" })).toBe(1);
      expect(await total({ foreignInvested: false })).toBe(1);
      expect(await total({ from: "2017-04-02", to: "2017-04-03" })).toBe(2);
      expect(await total({ region: "440100" }, GD)).toBe(5);
      expect(await total({ region: "440100" }, identity("OFFICE", "000000"))).toBe(5);
      expect(await total({}, ZJ)).toBe(0);
      expect((await total({ region: "440300" }, GZ))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      expect((await total({ jointOperationId: "42" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.jointOperationId" });
      expect((await total({ from: "2017-05-01", to: "2017-04-01" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(GZ, `query($after: String) { customsSeizures(first: 2, after: $after) { edges { node { seizedOn } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...res.data.customsSeizures.edges.map((e: any) => e.node.seizedOn));
        if (!res.data.customsSeizures.pageInfo.hasNextPage) break;
        after = res.data.customsSeizures.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2017-04-04", "2017-04-03", "2017-04-02", "2017-04-01", "2017-03-01"]);
    });

    test("lookups answer null outside the caller's region", async () => {
      const seized = await seize(SZ);
      const ask = (who: Who) => call(who, `query($id: ID!) { customsSeizure(id: $id) { id } }`, { id: seized.id });
      expect((await ask(identity("POLICE", "440000"))).data.customsSeizure).toEqual({ id: seized.id });
      expect((await ask(ZJ)).data.customsSeizure).toBeNull();
      expect((await ask(identity("CUSTOMS", "440100"))).data.customsSeizure).toBeNull();
      const malformed = await call(GD, `{ customsSeizure(id: "no-such-seizure") { id } }`);
      expect(malformed).toMatchObject({ data: { customsSeizure: null } });
      expect(malformed.errors).toBeUndefined();
    });
  });

  describe("joint operations", () => {
    test("are recorded by customs of any region, read by all, with their detentions in the caller's region", async () => {
      const op = await must(SZ, OPERATE, { input: { name: "  中美海关联合执法  ", partners: ["U.S. Customs and Border Protection"], startedOn: "2017-05-01", endedOn: "2017-10-31" } });
      expect(op).toMatchObject({ name: "中美海关联合执法", partners: ["U.S. Customs and Border Protection"], endedOn: "2017-10-31" });
      const sz = await seize(SZ, { jointOperationId: op.id, seizedOn: "2017-10-31" });
      const zj = await seize(ZJ, { region: "330200", port: "宁波海关", jointOperationId: op.id, seizedOn: "2017-05-01" });
      const Q = `query($id: ID!) { customsJointOperation(id: $id) { name seizures { id } } }`;
      expect((await call(GD, Q, { id: op.id })).data.customsJointOperation).toEqual({ name: op.name, seizures: [{ id: sz.id }] });
      expect((await call(identity("OFFICE", "000000"), Q, { id: op.id })).data.customsJointOperation.seizures).toEqual([{ id: sz.id }, { id: zj.id }]);
      expect((await call(identity("PRESS", "650000"), Q, { id: op.id })).data.customsJointOperation.seizures).toEqual([]);
    });

    test("list, filtered by the day they ran and by partner", async () => {
      const wco = `World Customs Organization ${++serial}`;
      const a = await operate({ partners: [wco], startedOn: "2016-01-01", endedOn: "2016-06-30" });
      const b = await operate({ partners: [wco, "EU customs"], startedOn: "2016-05-01", endedOn: null });
      const ids = (f: object) =>
        call(SAIC, `query($f: CustomsJointOperationFilter) { customsJointOperations(filter: $f, first: 100) { edges { node { id } } } }`, { f })
          .then((r) => r.data.customsJointOperations.edges.map((e: any) => e.node.id));
      expect(await ids({ partner: wco })).toEqual([b.id, a.id]);
      expect(await ids({ partner: wco, activeOn: "2016-03-01" })).toEqual([a.id]);
      expect(await ids({ partner: wco, activeOn: "2016-06-01" })).toEqual([b.id, a.id]);
      expect(await ids({ partner: wco, activeOn: "2017-11-30" })).toEqual([b.id]);
    });

    test.each([
      ["input.name", { name: " " }],
      ["input.partners", { partners: [] }],
      ["input.partners[1]", { partners: ["EU customs", " "] }],
      ["input.partners[1]", { partners: ["EU customs", "eu customs"] }],
      ["input.startedOn", { startedOn: "2018-01-01" }],
      ["input.endedOn", { endedOn: "2017-12-02" }],
      ["input.endedOn", { startedOn: "2017-09-01", endedOn: "2017-08-31" }],
    ])("refuses bad %s and writes nothing", async (field, over) => {
      const before = await rows();
      const res = await call(GACC, OPERATE, { input: { name: "联合行动", partners: ["EU customs"], startedOn: "2017-09-01", endedOn: null, ...over } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("are recorded by customs only", async () => {
      const res = await call(SAIC, OPERATE, { input: { name: "联合行动", partners: ["EU customs"], startedOn: "2017-09-01" } });
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    });
  });

  describe("references and contributed fields", () => {
    test("_entities resolves customs' own entities, detentions only inside the caller's region", async () => {
      const seized = await seize(SZ);
      const op = await operate();
      const refs = [
        { __typename: "CustomsSeizure", id: seized.id },
        { __typename: "CustomsRecordation", id: recordation.id },
        { __typename: "CustomsJointOperation", id: op.id },
        { __typename: "CustomsSeizure", id: "malformed" },
      ];
      expect((await call(GD, ENTITIES, { r: refs })).data._entities).toEqual([
        { id: seized.id }, { recordationNumber: recordation.recordationNumber }, { name: op.name }, null,
      ]);
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null, { recordationNumber: recordation.recordationNumber }, { name: op.name }, null]);
    });

    test("Enterprise gets its detentions as right holder or infringer (caller's region) and its recordations", async () => {
      const h = makeCreditCode("440300", 501);
      const r = await record({ holderCreditCode: h });
      const asHolder = await seize(SZ, { rightHolderCreditCode: h, basis: "EX_OFFICIO", recordationId: r.id });
      const asInfringer = await seize(SZ, { infringerCreditCode: h });
      const ask = (who: Who) => call(who, ENTITIES, { r: [{ __typename: "Enterprise", creditCode: h }] });
      expect((await ask(SAIC)).data._entities).toEqual([
        { customsRecordations: [{ recordationNumber: r.recordationNumber }], rightHolder: [{ id: asHolder.id }], infringer: [{ id: asInfringer.id }] },
      ]);
      expect((await ask(identity("SAIC", "330000"))).data._entities).toEqual([
        { customsRecordations: [{ recordationNumber: r.recordationNumber }], rightHolder: [], infringer: [] },
      ]);
    });

    test("Trademark, Patent and CopyrightWork get their recordations and the detentions under them", async () => {
      const h = makeCreditCode("440300", 502);
      const tm = await record({ holderCreditCode: h, rightNumber: "20170001" });
      const pt = await record({ holderCreditCode: h, rightType: "PATENT", recordationNumber: `P2015-${++serial}`, rightNumber: "20170001" });
      const cw = await record({ holderCreditCode: h, rightType: "COPYRIGHT", recordationNumber: `C2015-${++serial}`, rightNumber: "国作登字-2017-A-1" });
      const s1 = await seize(SZ, { rightHolderCreditCode: h, basis: "EX_OFFICIO", recordationId: tm.id, seizedOn: "2017-10-01" });
      const s2 = await seize(ZJ, { region: "330100", port: "杭州海关", rightHolderCreditCode: h, basis: "EX_OFFICIO", recordationId: tm.id, seizedOn: "2017-10-02" });
      const s3 = await seize(SZ, { rightHolderCreditCode: h, recordationId: pt.id });
      const refs = [
        { __typename: "Trademark", registrationNumber: "20170001" },
        { __typename: "Patent", patentNumber: "20170001" }, // the same number, another kind of right
        { __typename: "CopyrightWork", registrationNumber: "国作登字-2017-A-1" },
        { __typename: "Trademark", registrationNumber: "no-such-mark" },
      ];
      expect((await call(identity("OFFICE", "000000"), ENTITIES, { r: refs })).data._entities).toEqual([
        { customsRecordations: [{ recordationNumber: tm.recordationNumber }], customsSeizures: [{ id: s2.id }, { id: s1.id }] },
        { customsRecordations: [{ recordationNumber: pt.recordationNumber }], customsSeizures: [{ id: s3.id }] },
        { customsRecordations: [{ recordationNumber: cw.recordationNumber }], customsSeizures: [] },
        { customsRecordations: [], customsSeizures: [] },
      ]);
      const gd = (await call(GD, ENTITIES, { r: refs.slice(0, 1) })).data._entities;
      expect(gd).toEqual([{ customsRecordations: [{ recordationNumber: tm.recordationNumber }], customsSeizures: [{ id: s1.id }] }]);
      const viaRecordation = await call(GD, `query($id: ID!) { customsRecordation(id: $id) { seizures { id } } }`, { id: tm.id });
      expect(viaRecordation.data.customsRecordation.seizures).toEqual([{ id: s1.id }]);
    });
  });

  describe("statements do not grow with the rows", () => {
    const JS = identity("CUSTOMS", "320000");
    const measure = async (who: Who, query: string, variables: Record<string, unknown> = {}) => {
      const before = running.db.statements();
      const res = await call(who, query, variables);
      expect(res.errors).toBeUndefined();
      return { statements: running.db.statements() - before, data: res.data };
    };
    const h = makeCreditCode("320500", 9);
    const marks: string[] = [];
    const addDetention = async () => {
      const r = await record({ holderCreditCode: h });
      marks.push(r.rightNumber);
      await seize(JS, { region: "320500", port: "苏州海关", rightHolderCreditCode: h, basis: "EX_OFFICIO", recordationId: r.id, jointOperationId: op.id });
    };
    let op: any;
    beforeAll(async () => {
      op = await operate({ startedOn: "2017-01-01" });
      await addDetention();
    });

    test("customsSeizures with each one's recordation and joint operation: 1 row as 30", async () => {
      const Q = `{ customsSeizures(first: 50) { edges { node { recordation { recordationNumber trademark { registrationNumber } } jointOperation { name } } } } }`;
      const single = await measure(JS, Q);
      for (let i = 0; i < 29; i++) await addDetention();
      const thirty = await measure(JS, Q);
      expect([single.data.customsSeizures.edges.length, thirty.data.customsSeizures.edges.length]).toEqual([1, 30]);
      expect(thirty.data.customsSeizures.edges.every((e: any) => e.node.recordation.recordationNumber && e.node.jointOperation)).toBe(true);
      expect(thirty.statements).toBe(single.statements);
    });

    test("_entities of 1 trademark as of 30, with recordations, detentions and their recordations", async () => {
      const Q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Trademark {
        customsRecordations { recordationNumber } customsSeizures { id recordation { recordationNumber } } } } }`;
      const refs = marks.map((registrationNumber) => ({ __typename: "Trademark", registrationNumber }));
      expect(refs).toHaveLength(30);
      const single = await measure(JS, Q, { r: refs.slice(0, 1) });
      const thirty = await measure(JS, Q, { r: refs });
      expect(thirty.data._entities.every((t: any) => t.customsRecordations.length === 1 && t.customsSeizures.length === 1)).toBe(true);
      expect(thirty.statements).toBe(single.statements);
    });

    test("Enterprise detentions and recordations, and a joint operation's detentions", async () => {
      const E = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { customsRecordations { id } customsSeizures { recordation { id } } } } }`;
      const codes = Array.from({ length: 30 }, (_, i) => ({ __typename: "Enterprise", creditCode: i === 0 ? h : makeCreditCode("320500", 100 + i) }));
      const single = await measure(JS, E, { r: codes.slice(0, 1) });
      const thirty = await measure(JS, E, { r: codes });
      expect(thirty.data._entities[0].customsSeizures).toHaveLength(30);
      expect(thirty.statements).toBe(single.statements);
      const O = `query($id: ID!) { customsJointOperation(id: $id) { seizures { recordation { recordationNumber } } } }`;
      // the operation, its detentions, their recordations: one statement each
      expect((await measure(JS, O, { id: op.id })).statements).toBeLessThanOrEqual(3);
    });
  });

  test("refuses unsigned and wrongly signed requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ customsSeizures { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await callSubgraph(running.url, GD, `{ _service { sdl } }`, {}, { secret: "guess" });
    expect(forged.status).toBe(401);
  });
});
