import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { press } from "./index";

const SZ = identity("PRESS", "440300");
const GD = identity("PRESS", "440000");
const ZJ = identity("PRESS", "330000");
const holder = makeCreditCode("440300", 1);
const infringer = makeCreditCode("440300", 2);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof GD, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const REGISTER = `mutation($input: RegisterCopyrightWorkInput!) { registerCopyrightWork(input: $input) {
  registrationNumber title workType ownerCreditCode ownerName foreignInvested registeredOn } }`;
const CREATE = `mutation($input: CreateCopyrightCaseInput!) { createCopyrightCase(input: $input) {
  id caseNumber region openedOn workType online platformType copies illegalGains amountInvolved campaign registrationNumber
  work { title } rightHolder { creditCode } infringer { creditCode } } }`;
const RECORD = `mutation($input: RecordSoftwareLegalisationCheckInput!) { recordSoftwareLegalisationCheck(input: $input) {
  id region checkedOn organisationName organisationType computersChecked unlicensedCopiesFound rectifiedOn compliant } }`;
const RECTIFY = `mutation($input: RectifySoftwareLegalisationCheckInput!) { rectifySoftwareLegalisationCheck(input: $input) { id rectifiedOn compliant } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CopyrightWork { title cases { id } } ... on CopyrightCase { id caseNumber }
  ... on SoftwareLegalisationCheck { id compliant }
  ... on Enterprise { copyrightCases { id } infringed: copyrightCases(role: INFRINGER) { id } copyrightWorks { registrationNumber } } } }`;

let serial = 0;
const workInput = (over: Record<string, unknown> = {}) => ({
  registrationNumber: `国作登字-2017-F-${String(++serial).padStart(8, "0")}`,
  title: `功夫熊猫${serial}`,
  workType: "FILM",
  ownerCreditCode: holder,
  ownerName: "梦工场（深圳）影业有限公司",
  foreignInvested: true,
  registeredOn: "2017-03-01",
  ...over,
});
const caseInput = (over: Record<string, unknown> = {}) => ({
  caseNumber: `深版罚字〔2017〕${++serial}号`,
  region: "440300",
  openedOn: "2017-10-09",
  rightHolderCreditCode: holder,
  infringerCreditCode: infringer,
  foreignInvested: true,
  amountInvolved: "56000",
  campaign: "SWORD_NET_2017",
  workType: "FILM",
  online: true,
  platformType: "E_COMMERCE",
  copies: 1200,
  illegalGains: "8000.5",
  registrationNumber: null,
  ...over,
});
const checkInput = (over: Record<string, unknown> = {}) => ({
  region: "440300",
  checkedOn: "2017-09-20",
  organisationName: `深圳某外资银行分行${++serial}`,
  organisationType: "FINANCIAL_INSTITUTION",
  computersChecked: 240,
  unlicensedCopiesFound: 0,
  rectifiedOn: null,
  ...over,
});

async function must(who: typeof GD, query: string, input: object) {
  const res = await call(who, query, { input });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data)[0] as any;
}
const register = (over: Record<string, unknown> = {}) => must(SZ, REGISTER, workInput(over));
const open = (who: typeof GD, over: Record<string, unknown> = {}) => must(who, CREATE, caseInput(over));
const record = (who: typeof GD, over: Record<string, unknown> = {}) => must(who, RECORD, checkInput(over));

let film: any;
beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(press, { port: 0, databaseUrl: db.url });
  film = await register();
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from press.${table}`))[0].n);
const rows = async () => ({ works: await count("copyright_work"), cases: await count("copyright_case"), checks: await count("software_legalisation_check") });

describe("press subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  describe("copyright register", () => {
    test("registers a work, trimmed, readable by every agency in every region", async () => {
      const number = "  2017SR123456 ";
      const work = await register({ registrationNumber: number, workType: "SOFTWARE", title: " 某外资办公软件V3.0 " });
      expect(work).toMatchObject({ registrationNumber: "2017SR123456", title: "某外资办公软件V3.0", workType: "SOFTWARE", registeredOn: "2017-03-01" });
      for (const who of [ZJ, identity("SAIC", "330000"), identity("POLICE", "650000")]) {
        const res = await call(who, `query($n: String!) { copyrightWork(registrationNumber: $n) { title ownerName owner { creditCode } } }`, { n: "2017SR123456" });
        expect(res.data.copyrightWork).toEqual({ title: "某外资办公软件V3.0", ownerName: work.ownerName, owner: { creditCode: holder } });
      }
      expect((await call(SZ, `{ copyrightWork(registrationNumber: "2017SR000000") { title } }`)).data.copyrightWork).toBeNull();
    });

    test.each([
      ["input.registrationNumber", { registrationNumber: "   " }],
      ["input.registrationNumber", { registrationNumber: " SR1 " }],
      ["input.registrationNumber", { registrationNumber: "X".repeat(61) }],
      ["input.title", { title: " " }],
      ["input.ownerCreditCode", { ownerCreditCode: "91440300MA5DXXXXX1" }],
      ["input.ownerName", { ownerName: "" }],
      ["input.registeredOn", { registeredOn: "2099-01-01" }],
    ])("refuses bad %s and writes nothing", async (field, over) => {
      const before = await rows();
      const res = await call(SZ, REGISTER, { input: workInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("a registration number is used once, even by two registrations at the same moment", async () => {
      const input = workInput();
      const before = await rows();
      const results = await Promise.all([call(SZ, REGISTER, { input }), call(GD, REGISTER, { input })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.registrationNumber" });
      const again = await call(ZJ, REGISTER, { input: { ...input, registrationNumber: ` ${input.registrationNumber} ` } });
      expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.registrationNumber" });
      expect(await rows()).toEqual({ ...before, works: before.works + 1 });
    });

    test("only PRESS registers works", async () => {
      const before = await rows();
      for (const who of [identity("SAIC", "000000"), identity("OFFICE", "000000")])
        expect((await call(who, REGISTER, { input: workInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
    });

    test("lists the register with filters, page by page", async () => {
      const owner = makeCreditCode("110000", 77);
      for (const [day, workType] of [["01", "MUSIC"], ["02", "MUSIC"], ["03", "ANIMATION"], ["04", "TEXTBOOK"]])
        await register({ ownerCreditCode: owner, workType, registeredOn: `2017-05-${day}`, foreignInvested: false, title: `英语教材${day}` });
      const total = (f: object) =>
        call(ZJ, `query($f: CopyrightWorkFilter) { copyrightWorks(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.copyrightWorks.totalCount ?? r.errors);
      expect(await total({ ownerCreditCode: owner })).toBe(4);
      expect(await total({ ownerCreditCode: owner, workType: "MUSIC" })).toBe(2);
      expect(await total({ ownerCreditCode: owner, from: "2017-05-02", to: "2017-05-03" })).toBe(2);
      expect(await total({ ownerCreditCode: owner, foreignInvested: true })).toBe(0);
      expect(await total({ titleContains: "英语教材0" })).toBe(4);
      expect(await total({ titleContains: "%" })).toBe(0);
      expect((await total({ from: "2017-06-01", to: "2017-05-01" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(ZJ, `query($after: String, $o: String) { copyrightWorks(first: 3, after: $after, filter: { ownerCreditCode: $o }) {
          edges { node { registeredOn } } pageInfo { hasNextPage endCursor } } }`, { after, o: owner });
        seen.push(...res.data.copyrightWorks.edges.map((e: any) => e.node.registeredOn));
        if (!res.data.copyrightWorks.pageInfo.hasNextPage) break;
        after = res.data.copyrightWorks.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2017-05-04", "2017-05-03", "2017-05-02", "2017-05-01"]);
    });
  });

  describe("copyright cases", () => {
    test("opens an online piracy case of a registered work and reads it back exactly", async () => {
      const created = await open(SZ, { registrationNumber: ` ${film.registrationNumber} ` });
      expect(created).toMatchObject({
        region: "440300", openedOn: "2017-10-09", workType: "FILM", online: true, platformType: "E_COMMERCE", copies: 1200,
        illegalGains: "8000.50", amountInvolved: "56000.00", campaign: "SWORD_NET_2017", registrationNumber: film.registrationNumber,
        work: { title: film.title }, rightHolder: { creditCode: holder }, infringer: { creditCode: infringer },
      });
      const read = await call(GD, `query($id: ID!) { copyrightCase(id: $id) { caseNumber work { registrationNumber } } }`, { id: created.id });
      expect(read.data.copyrightCase).toEqual({ caseNumber: created.caseNumber, work: { registrationNumber: film.registrationNumber } });
    });

    test("opens an offline case without a registered work or optional facts", async () => {
      const created = await open(SZ, {
        online: false, platformType: null, campaign: "FOREIGN_INVESTED_IP_2017", workType: "TEXTBOOK", copies: 0, illegalGains: "0", infringerCreditCode: null,
      });
      expect(created).toMatchObject({ online: false, platformType: null, copies: 0, illegalGains: "0.00", work: null, registrationNumber: null, infringer: null });
      const bare = await open(SZ, { copies: null, illegalGains: null, campaign: null });
      expect(bare).toMatchObject({ copies: null, illegalGains: null, campaign: null });
    });

    test.each([
      ["input.platformType", { online: true, platformType: null }, "BAD_USER_INPUT"],
      ["input.platformType", { online: false, platformType: "APP_STORE", campaign: null }, "BAD_USER_INPUT"],
      ["input.registrationNumber", { registrationNumber: "国作登字-2017-F-99999999" }, "NOT_FOUND"],
      ["input.registrationNumber", { registrationNumber: "  " }, "BAD_USER_INPUT"],
      ["input.copies", { copies: -1 }, "BAD_USER_INPUT"],
      ["input.illegalGains", { illegalGains: "-0.01" }, "BAD_USER_INPUT"],
      ["input.campaign", { campaign: "THUNDER" }, "BAD_USER_INPUT"],
      ["input.campaign", { campaign: "SWORD_NET_2017", online: false, platformType: null }, "BAD_USER_INPUT"],
      ["input.region", { region: "990000" }, "BAD_USER_INPUT"],
      ["input.openedOn", { openedOn: "2099-01-01" }, "BAD_USER_INPUT"],
      ["input.amountInvolved", { amountInvolved: "0" }, "BAD_USER_INPUT"],
      ["input.caseNumber", { caseNumber: " " }, "BAD_USER_INPUT"],
      ["input.rightHolderCreditCode", { rightHolderCreditCode: "91440300MA5DXXXXX1" }, "BAD_USER_INPUT"],
      ["input.infringerCreditCode", { infringerCreditCode: holder }, "BAD_USER_INPUT"],
    ])("refuses bad %s (%j) and writes nothing", async (field, over, code) => {
      const before = await rows();
      const res = await call(SZ, CREATE, { input: caseInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
      expect(res.data).toBeNull();
      expect(await rows()).toEqual(before);
    });

    test("a case must agree with the register about its work", async () => {
      const before = await rows();
      const wrongType = await call(SZ, CREATE, { input: caseInput({ registrationNumber: film.registrationNumber, workType: "MUSIC" }) });
      expect(wrongType.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.workType" });
      const wrongOwner = await call(SZ, CREATE, { input: caseInput({ registrationNumber: film.registrationNumber, foreignInvested: false }) });
      expect(wrongOwner.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.foreignInvested" });
      expect(await rows()).toEqual(before);
      // a licensee as right holder is not the registered owner: its own foreignInvested stands
      await open(SZ, { registrationNumber: film.registrationNumber, rightHolderCreditCode: makeCreditCode("440300", 3), foreignInvested: false });
    });

    test.each([
      ["copies", 1.5],
      ["illegalGains", 12.5],
      ["platformType", "TV"],
      ["openedOn", "2017-02-30"],
    ])("refuses a malformed scalar %s = %p", async (field, value) => {
      const res = await call(SZ, CREATE, { input: caseInput({ [field]: value }) });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toContain(field);
    });

    test("a case number is used once", async () => {
      const input = caseInput();
      const before = await rows();
      const results = await Promise.all([call(SZ, CREATE, { input }), call(SZ, CREATE, { input })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect(await rows()).toEqual({ ...before, cases: before.cases + 1 });
    });

    test("writes only for PRESS inside its region", async () => {
      const before = await rows();
      for (const who of [ZJ, identity("PRESS", "440100"), identity("SAIC", "440000"), identity("POLICE", "440300"), identity("OFFICE", "000000")])
        expect((await call(who, CREATE, { input: caseInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
    });

    test("lists filter and page inside the caller's region only", async () => {
      const GZ = identity("PRESS", "440100");
      await open(GZ, { region: "440100", openedOn: "2017-03-01", online: false, platformType: null, campaign: null, workType: "MUSIC", foreignInvested: false });
      await open(GZ, { region: "440100", openedOn: "2017-04-01", platformType: "APP_STORE", workType: "SOFTWARE" });
      for (let day = 2; day <= 4; day++) await open(GZ, { region: "440100", openedOn: `2017-04-0${day}`, platformType: "WEBSITE" });
      const total = (f: object, who = GZ) =>
        call(who, `query($f: CopyrightCaseFilter) { copyrightCases(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.copyrightCases.totalCount ?? r.errors);
      expect(await total({})).toBe(5);
      expect(await total({ online: false })).toBe(1);
      expect(await total({ online: true, platformType: "WEBSITE" })).toBe(3);
      expect(await total({ platformType: "APP_STORE" })).toBe(1);
      expect(await total({ workType: "SOFTWARE" })).toBe(1);
      expect(await total({ campaign: "SWORD_NET_2017" })).toBe(4);
      expect(await total({ foreignInvested: false })).toBe(1);
      expect(await total({ from: "2017-04-02", to: "2017-04-03" })).toBe(2);
      expect(await total({ region: "440100" }, GD)).toBe(5);
      expect(await total({}, ZJ)).toBe(0);
      expect((await total({ region: "440300" }))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      expect((await total({ region: "44" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.region" });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(GZ, `query($after: String) { copyrightCases(first: 2, after: $after) { edges { node { openedOn } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...res.data.copyrightCases.edges.map((e: any) => e.node.openedOn));
        if (!res.data.copyrightCases.pageInfo.hasNextPage) break;
        after = res.data.copyrightCases.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2017-04-04", "2017-04-03", "2017-04-02", "2017-04-01", "2017-03-01"]);
    });

    test("lookups and references answer null outside the caller's region", async () => {
      const created = await open(SZ);
      const ask = (who: typeof GD) => call(who, `query($id: ID!) { copyrightCase(id: $id) { id } }`, { id: created.id });
      expect((await ask(identity("SAIC", "440000"))).data.copyrightCase).toEqual({ id: created.id });
      expect((await ask(ZJ)).data.copyrightCase).toBeNull();
      const refs = [{ __typename: "CopyrightCase", id: created.id }];
      expect((await call(GD, ENTITIES, { r: refs })).data._entities).toEqual([{ id: created.id, caseNumber: created.caseNumber }]);
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null]);
      const malformed = await call(GD, `{ copyrightCase(id: "no-such-case") { id } }`);
      expect(malformed).toMatchObject({ data: { copyrightCase: null } });
      expect(malformed.errors).toBeUndefined();
    });
  });

  describe("contributed fields", () => {
    test("a work lists its cases in the caller's region; the register resolves references for everyone", async () => {
      const work = await register({ workType: "ANIMATION" });
      const sz = await open(SZ, { registrationNumber: work.registrationNumber, workType: "ANIMATION" });
      const zj = await open(ZJ, { region: "330100", registrationNumber: work.registrationNumber, workType: "ANIMATION" });
      const cases = (who: typeof GD) =>
        call(who, `query($n: String!) { copyrightWork(registrationNumber: $n) { cases { id } } }`, { n: work.registrationNumber }).then((r) => r.data.copyrightWork.cases);
      expect(await cases(GD)).toEqual([{ id: sz.id }]);
      expect(await cases(ZJ)).toEqual([{ id: zj.id }]);
      expect(await cases(identity("OFFICE", "000000"))).toHaveLength(2);
      const refs = [{ __typename: "CopyrightWork", registrationNumber: work.registrationNumber }, { __typename: "CopyrightWork", registrationNumber: "nope" }];
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([{ title: work.title, cases: [{ id: zj.id }] }, null]);
    });

    test("an enterprise gets its works (public) and its cases as right holder or infringer (in region)", async () => {
      const owner = makeCreditCode("310000", 41);
      const pirate = makeCreditCode("440300", 42);
      const work = await register({ ownerCreditCode: owner, foreignInvested: false, workType: "MUSIC" });
      const asHolder = await open(SZ, { rightHolderCreditCode: owner, foreignInvested: false, registrationNumber: work.registrationNumber, workType: "MUSIC" });
      const asInfringer = await open(SZ, { infringerCreditCode: owner });
      const ofPirate = await open(SZ, { infringerCreditCode: pirate });
      const ask = (who: typeof GD, creditCode: string) => call(who, ENTITIES, { r: [{ __typename: "Enterprise", creditCode }] }).then((r) => r.data._entities);
      expect(await ask(GD, owner)).toEqual([
        { copyrightCases: [{ id: asHolder.id }], infringed: [{ id: asInfringer.id }], copyrightWorks: [{ registrationNumber: work.registrationNumber }] },
      ]);
      expect(await ask(ZJ, owner)).toEqual([{ copyrightCases: [], infringed: [], copyrightWorks: [{ registrationNumber: work.registrationNumber }] }]);
      expect(await ask(GD, pirate)).toEqual([{ copyrightCases: [], infringed: [{ id: ofPirate.id }], copyrightWorks: [] }]);
    });
  });

  describe("software legalisation", () => {
    test("records a compliant and a non-compliant inspection, then rectifies the latter", async () => {
      const clean = await record(SZ);
      expect(clean).toMatchObject({ region: "440300", checkedOn: "2017-09-20", computersChecked: 240, unlicensedCopiesFound: 0, rectifiedOn: null, compliant: true });
      const dirty = await record(SZ, { organisationType: "STATE_OWNED_ENTERPRISE", unlicensedCopiesFound: 37 });
      expect(dirty).toMatchObject({ unlicensedCopiesFound: 37, compliant: false });
      const fixed = await must(SZ, RECTIFY, { checkId: dirty.id, rectifiedOn: "2017-10-15" });
      expect(fixed).toEqual({ id: dirty.id, rectifiedOn: "2017-10-15", compliant: true });
      const onTheSpot = await record(SZ, { unlicensedCopiesFound: 3, rectifiedOn: "2017-09-20" });
      expect(onTheSpot).toMatchObject({ rectifiedOn: "2017-09-20", compliant: true });
      const read = await call(GD, `query($id: ID!) { softwareLegalisationCheck(id: $id) { rectifiedOn compliant } }`, { id: dirty.id });
      expect(read.data.softwareLegalisationCheck).toEqual({ rectifiedOn: "2017-10-15", compliant: true });
    });

    test.each([
      ["input.region", { region: "990000" }],
      ["input.checkedOn", { checkedOn: "2099-01-01" }],
      ["input.organisationName", { organisationName: "  " }],
      ["input.computersChecked", { computersChecked: 0 }],
      ["input.unlicensedCopiesFound", { unlicensedCopiesFound: -1 }],
      ["input.rectifiedOn", { unlicensedCopiesFound: 5, rectifiedOn: "2017-09-19" }],
      ["input.rectifiedOn", { unlicensedCopiesFound: 5, rectifiedOn: "2099-01-01" }],
      ["input.rectifiedOn", { unlicensedCopiesFound: 0, rectifiedOn: "2017-09-21" }],
    ])("refuses to record bad %s (%j) and writes nothing", async (field, over) => {
      const before = await rows();
      const res = await call(SZ, RECORD, { input: checkInput(over) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("refuses bad rectifications and changes nothing", async () => {
      const dirty = await record(SZ, { unlicensedCopiesFound: 8 });
      const clean = await record(SZ);
      const refused = async (who: typeof GD, input: object, code: string, field?: string) => {
        const res = await call(who, RECTIFY, { input });
        expect(res.errors?.[0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
      };
      await refused(SZ, { checkId: dirty.id, rectifiedOn: "2017-09-19" }, "BAD_USER_INPUT", "input.rectifiedOn");
      await refused(SZ, { checkId: dirty.id, rectifiedOn: "2099-01-01" }, "BAD_USER_INPUT", "input.rectifiedOn");
      await refused(SZ, { checkId: clean.id, rectifiedOn: "2017-10-01" }, "BAD_USER_INPUT", "input.checkId");
      await refused(SZ, { checkId: "2b1e4c52-0000-4000-8000-000000000000", rectifiedOn: "2017-10-01" }, "NOT_FOUND", "input.checkId");
      await refused(SZ, { checkId: "42", rectifiedOn: "2017-10-01" }, "NOT_FOUND", "input.checkId");
      await refused(ZJ, { checkId: dirty.id, rectifiedOn: "2017-10-01" }, "NOT_FOUND", "input.checkId");
      await refused(identity("SAIC", "440300"), { checkId: dirty.id, rectifiedOn: "2017-10-01" }, "FORBIDDEN");
      const read = await call(SZ, `query($id: ID!) { softwareLegalisationCheck(id: $id) { rectifiedOn compliant } }`, { id: dirty.id });
      expect(read.data.softwareLegalisationCheck).toEqual({ rectifiedOn: null, compliant: false });
      // a second rectification, even at the same moment as the first, is refused
      const both = await Promise.all([
        call(SZ, RECTIFY, { input: { checkId: dirty.id, rectifiedOn: "2017-10-01" } }),
        call(GD, RECTIFY, { input: { checkId: dirty.id, rectifiedOn: "2017-10-02" } }),
      ]);
      expect(both.filter((r) => !r.errors)).toHaveLength(1);
      expect(both.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.checkId" });
    });

    test("writes only for PRESS inside its region", async () => {
      const before = await rows();
      for (const who of [ZJ, identity("SAIC", "440000"), identity("OFFICE", "000000")])
        expect((await call(who, RECORD, { input: checkInput() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
    });

    test("lists filter by compliance, date and region, page by page, inside the caller's region", async () => {
      const FS = identity("PRESS", "440600");
      const ids = {
        clean: (await record(FS, { region: "440600", checkedOn: "2017-08-01" })).id,
        outstanding: (await record(FS, { region: "440600", checkedOn: "2017-08-02", unlicensedCopiesFound: 4, organisationType: "GOVERNMENT_AGENCY" })).id,
        rectified: (await record(FS, { region: "440600", checkedOn: "2017-08-03", unlicensedCopiesFound: 2, rectifiedOn: "2017-08-10" })).id,
      };
      const list = (f: object, who = FS) =>
        call(who, `query($f: SoftwareLegalisationCheckFilter) { softwareLegalisationChecks(filter: $f) { totalCount edges { node { id } } } }`, { f }).then(
          (r) => r.data?.softwareLegalisationChecks.edges.map((e: any) => e.node.id) ?? r.errors,
        );
      expect(await list({})).toEqual([ids.rectified, ids.outstanding, ids.clean]);
      expect(await list({ compliant: true })).toEqual([ids.rectified, ids.clean]);
      expect(await list({ compliant: false })).toEqual([ids.outstanding]);
      expect(await list({ organisationType: "GOVERNMENT_AGENCY" })).toEqual([ids.outstanding]);
      expect(await list({ from: "2017-08-02", to: "2017-08-02" })).toEqual([ids.outstanding]);
      expect(await list({ region: "440600" }, GD)).toEqual([ids.rectified, ids.outstanding, ids.clean]);
      expect(await list({}, ZJ)).toEqual([]);
      expect((await list({ region: "440300" }))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      const first = await call(FS, `{ softwareLegalisationChecks(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
      expect(first.data.softwareLegalisationChecks).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const next = await call(FS, `query($a: String) { softwareLegalisationChecks(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }`, {
        a: first.data.softwareLegalisationChecks.pageInfo.endCursor,
      });
      expect(next.data.softwareLegalisationChecks).toEqual({ edges: [{ node: { id: ids.clean } }], pageInfo: { hasNextPage: false } });
      const refs = [{ __typename: "SoftwareLegalisationCheck", id: ids.outstanding }];
      expect((await call(GD, ENTITIES, { r: refs })).data._entities).toEqual([{ id: ids.outstanding, compliant: false }]);
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null]);
      expect((await call(ZJ, `query($id: ID!) { softwareLegalisationCheck(id: $id) { id } }`, { id: ids.clean })).data.softwareLegalisationCheck).toBeNull();
    });
  });

  describe("one statement per field, whatever the number of rows", () => {
    const measure = async (who: typeof GD, query: string, variables: object, size: (data: any) => number) => {
      const before = running.db.statements();
      const res = await call(who, query, variables);
      expect(res.errors).toBeUndefined();
      return { statements: running.db.statements() - before, rows: size(res.data) };
    };

    test("copyrightCases with their works: the same for 1 case as for 30", async () => {
      const HB = identity("PRESS", "420000");
      const works = [await register({ workType: "FILM" }), await register({ workType: "FILM" }), await register({ workType: "FILM" })];
      const list = () =>
        measure(HB, `{ copyrightCases(first: 50) { edges { node { work { title } } } } }`, {}, (d) => {
          expect(d.copyrightCases.edges.every((e: any) => e.node.work?.title)).toBe(true);
          return d.copyrightCases.edges.length;
        });
      await open(HB, { region: "420100", registrationNumber: works[0].registrationNumber });
      const single = await list();
      for (let i = 1; i < 30; i++) await open(HB, { region: "420100", registrationNumber: works[i % 3].registrationNumber });
      const thirty = await list();
      expect([single.rows, thirty.rows]).toEqual([1, 30]);
      expect(thirty.statements).toBe(single.statements);
    });

    test("works with their cases and enterprises with works and cases: the same for 1 as for 30", async () => {
      const HN = identity("PRESS", "430000");
      const owners = Array.from({ length: 30 }, (_, i) => makeCreditCode("430100", 500 + i));
      const works: any[] = [];
      const add = async (i: number) => {
        works.push(await register({ ownerCreditCode: owners[i], workType: "SOFTWARE", foreignInvested: false }));
        await open(HN, { region: "430100", rightHolderCreditCode: owners[i], foreignInvested: false, workType: "SOFTWARE", registrationNumber: works[i].registrationNumber });
      };
      const ask = () =>
        measure(HN, ENTITIES, {
          r: [
            ...works.map((w) => ({ __typename: "CopyrightWork", registrationNumber: w.registrationNumber })),
            ...owners.slice(0, works.length).map((creditCode) => ({ __typename: "Enterprise", creditCode })),
          ],
        }, (d) => {
          expect(d._entities.filter((e: any) => e.cases?.length === 1 || e.copyrightCases?.length === 1)).toHaveLength(2 * works.length);
          return works.length;
        });
      await add(0);
      const single = await ask();
      for (let i = 1; i < 30; i++) await add(i);
      const thirty = await ask();
      expect([single.rows, thirty.rows]).toEqual([1, 30]);
      expect(thirty.statements).toBe(single.statements);
    });
  });

  test("refuses unsigned and wrongly signed requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ copyrightCases { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await callSubgraph(running.url, GD, `{ _service { sdl } }`, {}, { secret: "guess" });
    expect(forged.status).toBe(401);
  });
});
