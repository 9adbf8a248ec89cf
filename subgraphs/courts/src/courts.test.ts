import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { makeCreditCode, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { courts } from "./index";
import type { ProsecutionFacts } from "./prosecutions";

const SZ = identity("COURTS", "440300");
const GD = identity("COURTS", "440000");
const ZJ = identity("COURTS", "330000");
const holder = makeCreditCode("440300", 1);
const infringer = makeCreditCode("440300", 2);

/*
 * A stand-in for the procuratorate: it answers `_entities` for Prosecution from a table the tests
 * fill, and counts the calls. The real subgraph is exercised in test/src/courts.e2e.test.ts.
 */
const prosecutions = new Map<string, ProsecutionFacts>();
let peerCalls = 0;
const peer = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    peerCalls++;
    const { variables } = JSON.parse(body) as { variables: { r: Array<{ __typename: string; id: string }> } };
    const entities = variables.r.map((r) => (r.__typename === "Prosecution" ? prosecutions.get(r.id) ?? null : null));
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ data: { _entities: entities } }));
  });
});
const prosecution = (over: Partial<ProsecutionFacts> = {}): ProsecutionFacts => {
  const p: ProsecutionFacts = {
    id: randomUUID(), decision: "PROSECUTED", region: "440300", decidedOn: "2017-11-20", foreignInvested: true,
    defendants: [{ id: randomUUID() }, { id: randomUUID() }], ...over,
  };
  prosecutions.set(p.id, p);
  return p;
};

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof GD, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const FILE = `mutation($input: FileCourtCaseInput!) { fileCourtCase(input: $input) {
  id caseNumber kind region filedOn ipType foreignInvested plaintiffCreditCode defendantCreditCode
  plaintiff { creditCode } defendant { creditCode } prosecution { id } judgment { id } } }`;
const JUDGE = `mutation($input: RecordJudgmentInput!) { recordJudgment(input: $input) {
  id judgment { decidedOn verdict fine damages sentences { prisonMonths probationMonths fine person { id } } courtCase { id } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Prosecution { courtCases { id } }
  ... on Enterprise { asPlaintiff: courtCases { id } asDefendant: courtCases(role: INFRINGER) { id } }
  ... on Person { sentences { prisonMonths judgment { courtCase { id } } } }
  ... on CourtCase { id caseNumber }
  ... on Judgment { id verdict } } }`;

let serial = 0;
const civil = (over: Record<string, unknown> = {}) => ({
  caseNumber: `（2017）粤03民初${++serial}号`,
  kind: "CIVIL",
  region: "440300",
  filedOn: "2017-10-09",
  plaintiffCreditCode: holder,
  defendantCreditCode: infringer,
  ipType: "TRADEMARK",
  foreignInvested: true,
  ...over,
});
const administrative = (over: Record<string, unknown> = {}) =>
  civil({ caseNumber: `（2017）粤03行初${++serial}号`, kind: "ADMINISTRATIVE", defendantCreditCode: null, ipType: "PATENT", ...over });
const criminal = (p: ProsecutionFacts, over: Record<string, unknown> = {}) =>
  civil({
    caseNumber: `（2017）粤03刑初${++serial}号`, kind: "CRIMINAL", filedOn: "2017-12-01", prosecutionId: p.id,
    plaintiffCreditCode: null, defendantCreditCode: null, ipType: "TRADE_SECRET", ...over,
  });

const file = async (who: typeof GD, input: Record<string, unknown>) => {
  const res = await call(who, FILE, { input });
  expect(res.errors).toBeUndefined();
  return res.data.fileCourtCase;
};
const judge = async (who: typeof GD, input: Record<string, unknown>) => {
  const res = await call(who, JUDGE, { input });
  expect(res.errors).toBeUndefined();
  return res.data.recordJudgment;
};

beforeAll(async () => {
  await new Promise<void>((resolve) => peer.listen(0, "127.0.0.1", resolve));
  const procuratorate = `http://127.0.0.1:${(peer.address() as AddressInfo).port}/graphql`;
  db = await createTestDatabase();
  running = await startSubgraph(courts, { port: 0, databaseUrl: db.url, peers: { procuratorate } });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
  await new Promise((resolve) => peer.close(resolve));
});

const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from courts.${table}`))[0].n);
const rows = async () => ({ cases: await count("court_case"), judgments: await count("judgment"), sentences: await count("sentence") });

describe("courts subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  describe("filing", () => {
    test("files a civil case between two enterprises and reads it back", async () => {
      const input = civil();
      const filed = await file(SZ, input);
      expect(filed).toMatchObject({
        caseNumber: input.caseNumber, kind: "CIVIL", region: "440300", filedOn: "2017-10-09", ipType: "TRADEMARK", foreignInvested: true,
        plaintiff: { creditCode: holder }, defendant: { creditCode: infringer }, prosecution: null, judgment: null,
      });
      const read = await call(GD, `query($id: ID!) { courtCase(id: $id) { caseNumber kind } }`, { id: filed.id });
      expect(read.data.courtCase).toEqual({ caseNumber: input.caseNumber, kind: "CIVIL" });
    });

    test("files an administrative case with the plaintiff only; ipType and foreignInvested have defaults", async () => {
      const { ipType: _i, foreignInvested: _f, ...input } = administrative();
      const filed = await file(SZ, input);
      expect(filed).toMatchObject({ kind: "ADMINISTRATIVE", ipType: "OTHER", foreignInvested: false, plaintiff: { creditCode: holder }, defendant: null });
    });

    test("trims the case number and keeps it at most 100 characters", async () => {
      const caseNumber = `（2017）粤03民初${++serial}号`;
      const filed = await file(SZ, civil({ caseNumber: `  ${caseNumber} ` }));
      expect(filed.caseNumber).toBe(caseNumber);
    });

    test.each([
      ["input.region", civil({ region: "990000" })],
      ["input.caseNumber", civil({ caseNumber: "  " })],
      ["input.caseNumber", civil({ caseNumber: "号".repeat(101) })],
      ["input.filedOn", civil({ filedOn: "2099-01-01" })],
      ["input.plaintiffCreditCode", civil({ plaintiffCreditCode: "91440300MA5DXXXXX1" })],
      ["input.defendantCreditCode", civil({ defendantCreditCode: "91440300MA5DXXXXX1" })],
      ["input.plaintiffCreditCode", civil({ plaintiffCreditCode: null })],
      ["input.defendantCreditCode", civil({ defendantCreditCode: null })],
      ["input.defendantCreditCode", civil({ defendantCreditCode: holder })],
      ["input.prosecutionId", civil({ prosecutionId: randomUUID() })],
      ["input.plaintiffCreditCode", administrative({ plaintiffCreditCode: null })],
      ["input.prosecutionId", administrative({ prosecutionId: randomUUID() })],
      ["input.prosecutionId", criminal(prosecution(), { prosecutionId: null })],
    ])("refuses bad %s and writes nothing", async (field, input) => {
      const before = await rows();
      const res = await call(SZ, FILE, { input });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("a case number is used once, even by two filings at the same moment", async () => {
      const input = civil();
      const before = await rows();
      const results = await Promise.all([call(SZ, FILE, { input }), call(SZ, FILE, { input })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect((await call(SZ, FILE, { input })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
      expect(await rows()).toEqual({ ...before, cases: before.cases + 1 });
    });

    test("writes only for COURTS inside its region", async () => {
      const before = await rows();
      for (const who of [ZJ, identity("COURTS", "440100"), identity("PROCURATORATE", "440300"), identity("SAIC", "440000"), identity("OFFICE", "000000")])
        expect((await call(who, FILE, { input: civil() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
    });
  });

  describe("judgments of civil and administrative cases", () => {
    test("a civil case decided for the plaintiff, with damages", async () => {
      const filed = await file(SZ, civil());
      const judged = await judge(SZ, { courtCaseId: filed.id, decidedOn: "2017-12-20", verdict: "FOR_PLAINTIFF", damages: "500000" });
      expect(judged.judgment).toEqual({
        decidedOn: "2017-12-20", verdict: "FOR_PLAINTIFF", fine: null, damages: "500000.00", sentences: [], courtCase: { id: filed.id },
      });
      const read = await call(GD, `query($id: ID!) { courtCase(id: $id) { judgment { verdict damages } } }`, { id: filed.id });
      expect(read.data.courtCase.judgment).toEqual({ verdict: "FOR_PLAINTIFF", damages: "500000.00" });
    });

    test.each([
      ["CIVIL", "SETTLED", civil, { verdict: "SETTLED", damages: "12000.50" }],
      ["CIVIL", "FOR_DEFENDANT", civil, { verdict: "FOR_DEFENDANT" }],
      ["ADMINISTRATIVE", "FOR_PLAINTIFF", administrative, { verdict: "FOR_PLAINTIFF" }],
      ["ADMINISTRATIVE", "FOR_DEFENDANT", administrative, { verdict: "FOR_DEFENDANT" }],
    ])("a %s case may end %s", async (_kind, _verdict, input, over) => {
      const filed = await file(SZ, input());
      const judged = await judge(SZ, { courtCaseId: filed.id, decidedOn: "2017-10-09", ...over });
      expect(judged.judgment.verdict).toBe(over.verdict);
    });

    test.each([
      ["input.verdict", civil, { verdict: "GUILTY" }],
      ["input.verdict", civil, { verdict: "NOT_GUILTY" }],
      ["input.verdict", administrative, { verdict: "SETTLED" }],
      ["input.verdict", administrative, { verdict: "GUILTY" }],
      ["input.damages", civil, { verdict: "FOR_DEFENDANT", damages: "100" }],
      ["input.damages", civil, { damages: "-1" }],
      ["input.damages", administrative, { damages: "100" }],
      ["input.fine", civil, { fine: "100" }],
      ["input.fine", administrative, { fine: "100" }],
      ["input.sentences", civil, { sentences: [{ personId: randomUUID(), prisonMonths: 12 }] }],
      ["input.decidedOn", civil, { decidedOn: "2017-10-08" }],
      ["input.decidedOn", civil, { decidedOn: "2099-01-01" }],
    ])("refuses bad %s and writes nothing", async (field, input, over) => {
      const filed = await file(SZ, input());
      const before = await rows();
      const res = await call(SZ, JUDGE, { input: { courtCaseId: filed.id, decidedOn: "2017-12-20", verdict: "FOR_PLAINTIFF", ...over } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });

    test("a case gets one judgment, even when two are sent at the same moment", async () => {
      const filed = await file(SZ, civil());
      const input = { courtCaseId: filed.id, decidedOn: "2017-12-20", verdict: "FOR_DEFENDANT" };
      const before = await rows();
      const results = await Promise.all([call(SZ, JUDGE, { input }), call(SZ, JUDGE, { input: { ...input, verdict: "SETTLED" } })]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.courtCaseId" });
      expect((await call(GD, JUDGE, { input })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.courtCaseId" });
      expect(await rows()).toEqual({ ...before, judgments: before.judgments + 1 });
    });

    test("judgment of an unknown, malformed or out-of-region case is NOT_FOUND; of another agency FORBIDDEN", async () => {
      const filed = await file(SZ, civil());
      const before = await rows();
      const input = (courtCaseId: string) => ({ input: { courtCaseId, decidedOn: "2017-12-20", verdict: "FOR_DEFENDANT" } });
      for (const [who, id] of [[SZ, randomUUID()], [SZ, "no-such-case"], [ZJ, filed.id], [identity("COURTS", "440100"), filed.id]] as const)
        expect((await call(who, JUDGE, input(id))).errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.courtCaseId" });
      for (const who of [identity("PROCURATORATE", "440300"), identity("OFFICE", "000000")])
        expect((await call(who, JUDGE, input(filed.id))).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await rows()).toEqual(before);
    });
  });

  describe("criminal cases (against a stand-in procuratorate)", () => {
    const guilty = (caseId: string, p: ProsecutionFacts, over: Record<string, unknown> = {}) => ({
      courtCaseId: caseId, decidedOn: "2017-12-28", verdict: "GUILTY", fine: "300000",
      sentences: [
        { personId: p.defendants[0].id, prisonMonths: 36, fine: "200000" },
        { personId: p.defendants[1].id, prisonMonths: 18, probationMonths: 24, fine: "100000" },
      ],
      ...over,
    });

    test("files a criminal case trying a prosecution and sentences its defendants, one peer call each", async () => {
      const p = prosecution();
      let calls = peerCalls;
      const filed = await file(SZ, criminal(p));
      expect(peerCalls - calls).toBe(1);
      expect(filed).toMatchObject({ kind: "CRIMINAL", ipType: "TRADE_SECRET", prosecution: { id: p.id }, plaintiff: null });
      calls = peerCalls;
      const judged = await judge(SZ, guilty(filed.id, p));
      expect(peerCalls - calls).toBe(1);
      expect(judged.judgment).toMatchObject({
        verdict: "GUILTY", fine: "300000.00", damages: null,
        sentences: [
          { prisonMonths: 36, probationMonths: null, fine: "200000.00", person: { id: p.defendants[0].id } },
          { prisonMonths: 18, probationMonths: 24, fine: "100000.00", person: { id: p.defendants[1].id } },
        ],
      });
    });

    test.each([true, false])("a criminal case takes foreignInvested (%s) from the prosecution, not a default", async (flag) => {
      const p = prosecution({ foreignInvested: flag });
      const { foreignInvested: _f, ...input } = criminal(p);
      expect((await file(SZ, input)).foreignInvested).toBe(flag);
      expect((await file(SZ, criminal(p, { foreignInvested: flag }))).foreignInvested).toBe(flag); // agreeing is fine
    });

    test("a unit crime names the defendant enterprise; an acquittal sentences no one", async () => {
      const p = prosecution();
      const filed = await file(SZ, criminal(p, { defendantCreditCode: infringer }));
      expect(filed.defendant).toEqual({ creditCode: infringer });
      const calls = peerCalls;
      const judged = await judge(SZ, { courtCaseId: filed.id, decidedOn: "2017-12-28", verdict: "NOT_GUILTY" });
      expect(judged.judgment).toMatchObject({ verdict: "NOT_GUILTY", sentences: [] });
      expect(peerCalls).toBe(calls); // nothing of the procuratorate's to check
    });

    test.each([
      ["NOT_FOUND", "input.prosecutionId", () => criminal(prosecution(), { prosecutionId: randomUUID() })],
      ["NOT_FOUND", "input.prosecutionId", () => criminal(prosecution(), { prosecutionId: "not-a-uuid" })],
      ["NOT_FOUND", "input.prosecutionId", () => criminal(prosecution({ region: "330100" }))],
      ["BAD_USER_INPUT", "input.prosecutionId", () => criminal(prosecution({ decision: "NOT_PROSECUTED" }))],
      ["BAD_USER_INPUT", "input.filedOn", () => criminal(prosecution(), { filedOn: "2017-11-19" })],
      ["BAD_USER_INPUT", "input.foreignInvested", () => criminal(prosecution({ foreignInvested: false }), { foreignInvested: true })],
      ["BAD_USER_INPUT", "input.foreignInvested", () => criminal(prosecution({ foreignInvested: true }), { foreignInvested: false })],
    ])("refuses a filing: %s %s, and writes nothing", async (code, field, input) => {
      const before = await rows();
      const res = await call(SZ, FILE, { input: input() });
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
      expect(await rows()).toEqual(before);
    });

    const withSentence = (p: ProsecutionFacts, i: number, over: Record<string, unknown>) => {
      const input = guilty("", p);
      input.sentences[i] = { ...input.sentences[i], ...over } as never;
      return { sentences: input.sentences };
    };
    test.each([
      ["input.verdict", () => ({ verdict: "FOR_PLAINTIFF", fine: null, sentences: [] })],
      ["input.sentences", () => ({ sentences: [] })],
      ["input.sentences", () => ({ verdict: "NOT_GUILTY", fine: null })],
      ["input.fine", () => ({ verdict: "NOT_GUILTY", sentences: [] })],
      ["input.fine", () => ({ fine: "-5" })],
      ["input.damages", () => ({ damages: "1000" })],
      ["input.sentences[1].personId", (p: ProsecutionFacts) => withSentence(p, 1, { personId: randomUUID() })],
      ["input.sentences[1].personId", (p: ProsecutionFacts) => withSentence(p, 1, { personId: p.defendants[0].id })],
      ["input.sentences[0].personId", (p: ProsecutionFacts) => withSentence(p, 0, { personId: "42" })],
      ["input.sentences[0].prisonMonths", (p: ProsecutionFacts) => withSentence(p, 0, { prisonMonths: 301 })],
      ["input.sentences[0].prisonMonths", (p: ProsecutionFacts) => withSentence(p, 0, { prisonMonths: -1 })],
      ["input.sentences[0].probationMonths", (p: ProsecutionFacts) => withSentence(p, 0, { prisonMonths: 48, probationMonths: 60 })],
      ["input.sentences[1].probationMonths", (p: ProsecutionFacts) => withSentence(p, 1, { probationMonths: 12 })],
      ["input.sentences[1].probationMonths", (p: ProsecutionFacts) => withSentence(p, 1, { probationMonths: 61 })],
      ["input.sentences[1].fine", (p: ProsecutionFacts) => withSentence(p, 1, { fine: "-1" })],
      ["input.decidedOn", () => ({ decidedOn: "2017-11-30" })],
    ] as Array<[string, (p: ProsecutionFacts) => Record<string, unknown>]>)("refuses a judgment with bad %s and writes nothing", async (field, over) => {
      const p = prosecution();
      const filed = await file(SZ, criminal(p));
      const before = await rows();
      const input = { ...guilty(filed.id, p), ...over(p) };
      const res = await call(SZ, JUDGE, { input });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rows()).toEqual(before);
    });
  });

  describe("reading", () => {
    const GZ = identity("COURTS", "440100");
    let judgedId: string;
    beforeAll(async () => {
      const gz = (input: Record<string, unknown>) => file(GZ, { ...input, region: "440100" });
      const first = await gz(civil({ filedOn: "2017-03-01", ipType: "PATENT", foreignInvested: false }));
      judgedId = first.id;
      await judge(GZ, { courtCaseId: first.id, decidedOn: "2017-06-01", verdict: "FOR_DEFENDANT" });
      for (let day = 1; day <= 3; day++) await gz(civil({ filedOn: `2017-04-0${day}` }));
      await gz(administrative({ filedOn: "2017-04-04", ipType: "TRADEMARK" }));
    });
    const total = (f: object, who = GZ) =>
      call(who, `query($f: CourtCaseFilter) { courtCases(filter: $f) { totalCount } }`, { f }).then((r) => r.data?.courtCases.totalCount ?? r.errors);

    test("lists filter inside the caller's region only", async () => {
      expect(await total({})).toBe(5);
      expect(await total({ kind: "ADMINISTRATIVE" })).toBe(1);
      expect(await total({ ipType: "PATENT" })).toBe(1);
      expect(await total({ ipType: "TRADEMARK" })).toBe(4);
      expect(await total({ foreignInvested: false })).toBe(1);
      expect(await total({ hasJudgment: true })).toBe(1);
      expect(await total({ hasJudgment: false })).toBe(4);
      expect(await total({ from: "2017-04-02", to: "2017-04-03" })).toBe(2);
      expect(await total({ region: "440100" }, GD)).toBe(5);
      expect(await total({}, ZJ)).toBe(0);
      expect((await total({ region: "440300" }, GZ))[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
      expect((await total({ from: "2017-05-01", to: "2017-04-01" }))[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });
      const judged = await call(GZ, `{ courtCases(filter: { hasJudgment: true }) { edges { node { id judgment { verdict } } } } }`);
      expect(judged.data.courtCases.edges).toEqual([{ node: { id: judgedId, judgment: { verdict: "FOR_DEFENDANT" } } }]);
    });

    test("pages newest filed first", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await call(GZ, `query($after: String) { courtCases(first: 2, after: $after) { edges { node { filedOn } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...res.data.courtCases.edges.map((e: any) => e.node.filedOn));
        if (!res.data.courtCases.pageInfo.hasNextPage) break;
        after = res.data.courtCases.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2017-04-04", "2017-04-03", "2017-04-02", "2017-04-01", "2017-03-01"]);
    });

    test("lookups and references answer null outside the caller's region", async () => {
      const judgment = (await call(GZ, `query($id: ID!) { courtCase(id: $id) { judgment { id } } }`, { id: judgedId })).data.courtCase.judgment;
      const refs = [{ __typename: "CourtCase", id: judgedId }, { __typename: "Judgment", id: judgment.id }];
      expect((await call(GD, ENTITIES, { r: refs })).data._entities).toEqual([
        { id: judgedId, caseNumber: expect.any(String) }, { id: judgment.id, verdict: "FOR_DEFENDANT" },
      ]);
      expect((await call(ZJ, ENTITIES, { r: refs })).data._entities).toEqual([null, null]);
      expect((await call(ZJ, `query($id: ID!) { courtCase(id: $id) { id } }`, { id: judgedId })).data.courtCase).toBeNull();
      const malformed = await call(GD, `{ courtCase(id: "no-such-case") { id } }`);
      expect(malformed).toMatchObject({ data: { courtCase: null } });
      expect(malformed.errors).toBeUndefined();
    });
  });

  describe("fields contributed to other agencies' entities", () => {
    test("Prosecution.courtCases: the cases trying it, in the caller's region", async () => {
      const p = prosecution();
      const first = await file(SZ, criminal(p));
      const appeal = await file(GD, criminal(p, { region: "440000", filedOn: "2018-03-01" }));
      const ask = (who: typeof GD) => call(who, ENTITIES, { r: [{ __typename: "Prosecution", id: p.id }, { __typename: "Prosecution", id: "bad" }] });
      expect((await ask(GD)).data._entities).toEqual([{ courtCases: [{ id: first.id }, { id: appeal.id }] }, { courtCases: [] }]);
      expect((await ask(SZ)).data._entities).toEqual([{ courtCases: [{ id: first.id }] }, { courtCases: [] }]);
      expect((await ask(ZJ)).data._entities).toEqual([{ courtCases: [] }, { courtCases: [] }]);
    });

    test("Enterprise.courtCases: as plaintiff (right holder) or defendant (infringer), in the caller's region", async () => {
      const rightHolder = makeCreditCode("310000", 7);
      const other = makeCreditCode("310000", 8);
      const sued = await file(SZ, civil({ plaintiffCreditCode: rightHolder, defendantCreditCode: other }));
      const countersued = await file(SZ, civil({ plaintiffCreditCode: other, defendantCreditCode: rightHolder, filedOn: "2017-11-01" }));
      const ask = (who: typeof GD) => call(who, ENTITIES, { r: [{ __typename: "Enterprise", creditCode: rightHolder }] });
      expect((await ask(GD)).data._entities).toEqual([{ asPlaintiff: [{ id: sued.id }], asDefendant: [{ id: countersued.id }] }]);
      expect((await ask(ZJ)).data._entities).toEqual([{ asPlaintiff: [], asDefendant: [] }]);
    });

    test("Person.sentences: what courts in the caller's region gave the person", async () => {
      const p = prosecution();
      const filed = await file(SZ, criminal(p));
      await judge(SZ, { courtCaseId: filed.id, decidedOn: "2017-12-28", verdict: "GUILTY", sentences: [{ personId: p.defendants[1].id, prisonMonths: 30 }] });
      const ask = (who: typeof GD) => call(who, ENTITIES, { r: p.defendants.map((d) => ({ __typename: "Person", id: d.id })) });
      expect((await ask(GD)).data._entities).toEqual([{ sentences: [] }, { sentences: [{ prisonMonths: 30, judgment: { courtCase: { id: filed.id } } }] }]);
      expect((await ask(ZJ)).data._entities).toEqual([{ sentences: [] }, { sentences: [] }]);
    });
  });

  test("lists cases with judgments and sentences in the same number of statements for 1 case as for 30", async () => {
    const JS = identity("COURTS", "320000");
    const measure = async () => {
      const before = running.db.statements();
      const res = await call(JS, `{ courtCases(first: 50) { edges { node { judgment { verdict sentences { prisonMonths } } } } } }`);
      expect(res.errors).toBeUndefined();
      return { statements: running.db.statements() - before, cases: res.data.courtCases.edges.length };
    };
    // a mix: criminal cases with two sentences, civil ones with a judgment, and pending ones
    const add = async (i: number) => {
      if (i % 3 === 0) {
        const p = prosecution({ region: "320500" });
        const filed = await file(JS, criminal(p, { region: "320500" }));
        const sentences = p.defendants.map((d) => ({ personId: d.id, prisonMonths: 12 }));
        await judge(JS, { courtCaseId: filed.id, decidedOn: "2017-12-28", verdict: "GUILTY", sentences });
      } else {
        const filed = await file(JS, civil({ region: "320500" }));
        if (i % 3 === 1) await judge(JS, { courtCaseId: filed.id, decidedOn: "2017-12-01", verdict: "SETTLED", damages: "1000" });
      }
    };
    await add(0);
    const single = await measure();
    for (let i = 1; i < 30; i++) await add(i);
    const thirty = await measure();
    expect([single.cases, thirty.cases]).toEqual([1, 30]);
    expect(thirty.statements).toBe(single.statements);
  });

  test("refuses unsigned requests with no data", async () => {
    const unsigned = await callSubgraph(running.url, GD, `{ courtCases { totalCount } }`, {}, { sign: false });
    expect(unsigned.status).toBe(401);
    expect(unsigned.data).toBeUndefined();
    expect(unsigned.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
