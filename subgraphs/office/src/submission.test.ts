import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { office } from "./index";
import { REPORT_LINES, selectionOf, type Figures } from "./report-lines";

/*
 * Submissions against fake agencies: a small HTTP server answers the office's signed `_entities`
 * calls for each agency subgraph with figures the test sets, counts the calls, and can play dead.
 * The whole platform is exercised in test/src/monthly-submission.test.ts; here the clock is fixed.
 */

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
let agencies: http.Server;
let now = new Date("2017-11-15T10:00:00+08:00");

const zero = (): Figures =>
  Object.fromEntries(
    REPORT_LINES.flatMap(({ lines }) =>
      Object.entries(lines).map(([line, measures]) => [line, Object.fromEntries(measures.map((m) => [m, /amount|value/i.test(m) ? "0.00" : 0]))]),
    ),
  );
const live = new Map<string, Figures>();
const liveOf = (region: string, period: string, scope = "FOREIGN_INVESTED") => {
  const key = `${region}|${period}|${scope}`;
  if (!live.has(key)) live.set(key, zero());
  return live.get(key)!;
};
const peerCalls: Record<string, number> = {};
let agencyMode: { subgraph: string; mode: "down" | "no-lines" } | null = null;

function fakeAgencies(): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const subgraph = (req.url ?? "/").slice(1);
    let body = "";
    for await (const chunk of req) body += chunk;
    peerCalls[subgraph] = (peerCalls[subgraph] ?? 0) + 1;
    if (agencyMode?.subgraph === subgraph && agencyMode.mode === "down") return void res.writeHead(502).end("bad gateway");
    const reps = JSON.parse(body).variables.r as Array<{ region: string; period: string; scope: string }>;
    const lines = REPORT_LINES.find((r) => r.subgraph === subgraph)!.lines;
    const entities = reps.map((rep) =>
      agencyMode?.subgraph === subgraph ? null : Object.fromEntries(Object.keys(lines).map((line) => [line, liveOf(rep.region, rep.period, rep.scope)[line]])),
    );
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { _entities: entities }, ...(agencyMode ? { errors: [{ message: "boom" }] } : {}) }));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const call = (who: ReturnType<typeof identity>, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
const count = async () => Number((await running.db.orm.em.getConnection().execute("select count(*) as n from office.monthly_report_submission"))[0].n);
const calls = () => REPORT_LINES.reduce((n, r) => n + (peerCalls[r.subgraph] ?? 0), 0);
const FIGURES = REPORT_LINES.map((r) => selectionOf(r.lines)).join(" ");
const VERSION = `id region period scope version submittedAt submittedOn submittedBy reason typicalCaseIds typicalCases { id } figures { ${FIGURES} }`;
const SUBMIT = `mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { ${VERSION} report { status dueOn submittedAt differences { line measure submitted live } } } }`;
const AMEND = `mutation($i: AmendMonthlyReportInput!) { amendMonthlyReport(input: $i) { ${VERSION} } }`;
const REPORT = `query($r: String!, $p: String!) { monthlyReport(region: $r, period: $p) {
  status submittedAt submission { version reason figures { trademarkCases { cases amountInvolved } } }
  submissions { version reason submittedOn typicalCaseIds } differences { line measure submitted live } } }`;
const LATE = `query($p: String!) { lateOrMissingReports(period: $p) { region period scope status } }`;
const TYPICAL = `mutation($i: ReportTypicalCaseInput!) { reportTypicalCase(input: $i) { id } }`;

const GD = identity("OFFICE", "440000", "gd-office-1");
const XJ = identity("OFFICE", "650000");
const NATIONAL = identity("OFFICE", "000000");
const tc: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  agencies = await fakeAgencies();
  const base = `http://127.0.0.1:${(agencies.address() as AddressInfo).port}`;
  running = await startSubgraph(office, {
    port: 0, databaseUrl: db.url, clock: () => now,
    peers: Object.fromEntries(REPORT_LINES.map((r) => [r.subgraph, `${base}/${r.subgraph}`])),
  });
  const typical = async (who: ReturnType<typeof identity>, period: string, title: string) => {
    const res = await call(who, TYPICAL, { i: { region: who.region, period, agency: "SAIC", title, summary: "查处假冒外资企业注册商标商品" } });
    expect(res.errors).toBeUndefined();
    return res.data.reportTypicalCase.id as string;
  };
  tc.oct1 = await typical(GD, "2017-10", "广州查处假冒某外资品牌化妆品案");
  tc.oct2 = await typical(GD, "2017-10", "深圳查处侵犯某外资企业商业秘密案");
  tc.sep = await typical(GD, "2017-09", "东莞查处假冒某外资品牌轴承案");
  tc.zj = await typical(identity("OFFICE", "330000"), "2017-10", "杭州查处假冒某外资品牌箱包案");
});
afterAll(async () => {
  await running?.stop();
  await new Promise((resolve) => agencies?.close(resolve));
  await db?.drop();
});

describe("submitting the monthly table", () => {
  test("a unit's office submits at 23:30 on the 15th Beijing time: SUBMITTED, every agency's lines frozen as they stand", async () => {
    now = new Date("2017-11-15T23:30:00+08:00"); // 15:30 UTC
    Object.assign(liveOf("440000", "2017-10"), {
      trademarkCases: { cases: 1, amountInvolved: "86000.00" },
      police: { casesFiled: 1, suspectsCaught: 2, amountInvolved: "86000.00" },
      customs: { seizures: 1, quantity: 5200, goodsValue: "31000.00", amountInvolved: "260000.00" },
    });
    const before = calls();
    const res = await call(GD, SUBMIT, { i: { region: "440000", period: "2017-10", typicalCaseIds: [tc.oct1] } });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitMonthlyReport).toMatchObject({
      region: "440000", period: "2017-10", scope: "FOREIGN_INVESTED", version: 1, reason: null,
      submittedAt: "2017-11-15T15:30:00.000Z", submittedOn: "2017-11-15", submittedBy: "gd-office-1",
      typicalCaseIds: [tc.oct1], typicalCases: [{ id: tc.oct1 }],
      figures: liveOf("440000", "2017-10"),
      report: { status: "SUBMITTED", dueOn: "2017-11-15", submittedAt: "2017-11-15T15:30:00.000Z", differences: [] },
    });
    // one call per agency to freeze; the comparison in the same request reuses those figures
    expect(calls() - before).toBe(REPORT_LINES.length);
  });

  test("later case edits do not change the submitted table; differences names each changed measure", async () => {
    now = new Date("2017-11-20T10:00:00+08:00");
    liveOf("440000", "2017-10").trademarkCases = { cases: 2, amountInvolved: "172000.00" };
    const res = await call(NATIONAL, REPORT, { r: "440000", p: "2017-10" });
    expect(res.errors).toBeUndefined();
    expect(res.data.monthlyReport).toMatchObject({
      status: "SUBMITTED",
      submission: { version: 1, figures: { trademarkCases: { cases: 1, amountInvolved: "86000.00" } } },
      differences: [
        { line: "trademarkCases", measure: "cases", submitted: "1", live: "2" },
        { line: "trademarkCases", measure: "amountInvolved", submitted: "86000.00", live: "172000.00" },
      ],
    });
  });

  test("a second submission for the same month is refused, nothing written, no agency asked", async () => {
    const [rows, asked] = [await count(), calls()];
    const res = await call(GD, SUBMIT, { i: { region: "440000", period: "2017-10" } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.period" });
    expect(res.errors?.[0].message).toMatch(/amendMonthlyReport/);
    expect([await count(), calls()]).toEqual([rows, asked]);
  });

  test("an amendment needs a reason; it records version 2 with a fresh snapshot, keeps version 1, and the original's timeliness stands", async () => {
    const amend = { region: "440000", period: "2017-10", typicalCaseIds: [tc.oct1, tc.oct2] };
    const rows = await count();
    const blank = await call(GD, AMEND, { i: { ...amend, reason: "  " } });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    expect(await count()).toBe(rows);

    const res = await call(GD, AMEND, { i: { ...amend, reason: "补报10月30日立案的商标案件" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.amendMonthlyReport).toMatchObject({
      version: 2, reason: "补报10月30日立案的商标案件", submittedOn: "2017-11-20", typicalCaseIds: [tc.oct1, tc.oct2],
      figures: { trademarkCases: { cases: 2, amountInvolved: "172000.00" } },
    });
    const report = (await call(NATIONAL, REPORT, { r: "440000", p: "2017-10" })).data.monthlyReport;
    expect(report).toEqual({
      status: "SUBMITTED", // judged on the submission of the 15th, not on the correction of the 20th
      submittedAt: "2017-11-15T15:30:00.000Z",
      submission: { version: 2, reason: "补报10月30日立案的商标案件", figures: { trademarkCases: { cases: 2, amountInvolved: "172000.00" } } },
      submissions: [
        { version: 1, reason: null, submittedOn: "2017-11-15", typicalCaseIds: [tc.oct1] },
        { version: 2, reason: "补报10月30日立案的商标案件", submittedOn: "2017-11-20", typicalCaseIds: [tc.oct1, tc.oct2] },
      ],
      differences: [],
    });
  });

  test("amending a table never submitted is refused", async () => {
    const res = await call(XJ, AMEND, { i: { region: "650000", period: "2017-10", reason: "更正", typicalCaseIds: [] } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.period" });
  });

  test("submitted after the 15th is LATE; a table of zeros is a valid submission", async () => {
    now = new Date("2017-11-16T00:10:00+08:00"); // 2017-11-15T16:10Z
    const res = await call(XJ, SUBMIT, { i: { region: "650000", period: "2017-10" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitMonthlyReport).toMatchObject({ version: 1, submittedOn: "2017-11-16", figures: zero(), typicalCases: [], report: { status: "LATE", differences: [] } });
    now = new Date("2017-11-20T10:00:00+08:00");
  });

  const ALL = { region: "440000", period: "2017-10", scope: "ALL" }; // not submitted yet
  test.each([
    ["unknown region", GD, { region: "990000" }, "BAD_USER_INPUT", "input.region"],
    ["a city is not a reporting unit", GD, { region: "440300" }, "BAD_USER_INPUT", "input.region"],
    ["national totals are not submitted", NATIONAL, { region: "000000" }, "BAD_USER_INPUT", "input.region"],
    ["period not YYYY-MM", GD, { period: "2017-13" }, "BAD_USER_INPUT", "input.period"],
    ["period in the future", GD, { period: "2018-01" }, "BAD_USER_INPUT", "input.period"],
    ["the current month has not ended", GD, { period: "2017-11" }, "BAD_USER_INPUT", "input.period"],
    ["another unit's report", identity("OFFICE", "330000"), {}, "FORBIDDEN", "input.region"],
    ["the national office for a unit", NATIONAL, {}, "FORBIDDEN", "input.region"],
    ["a city office for its province", identity("OFFICE", "440300"), {}, "FORBIDDEN", "input.region"],
    ["another agency of the unit", identity("SAIC", "440000"), {}, "FORBIDDEN", undefined],
    ["another agency, nationwide", identity("POLICE", "000000"), {}, "FORBIDDEN", undefined],
    ["a malformed typical case id", GD, { typicalCaseIds: ["not-an-id"] }, "NOT_FOUND", "input.typicalCaseIds[0]"],
    ["an unknown typical case", GD, { typicalCaseIds: [randomUUID()] }, "NOT_FOUND", "input.typicalCaseIds[0]"],
    ["another unit's typical case", GD, { typicalCaseIds: ["zj"] }, "NOT_FOUND", "input.typicalCaseIds[0]"],
    ["a typical case of another month", GD, { typicalCaseIds: ["oct1", "sep"] }, "BAD_USER_INPUT", "input.typicalCaseIds[1]"],
    ["a typical case twice", GD, { typicalCaseIds: ["oct1", "oct1"] }, "BAD_USER_INPUT", "input.typicalCaseIds[1]"],
  ])("refuses %s with its code and field; nothing written, no agency asked", async (_what, who, over: Record<string, unknown>, code, field) => {
    const typicalCaseIds = ((over.typicalCaseIds as string[] | undefined) ?? []).map((id) => tc[id] ?? id);
    const [rows, asked] = [await count(), calls()];
    const res = await call(who, SUBMIT, { i: { ...ALL, ...over, typicalCaseIds } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.errors?.[0].extensions?.field).toBe(field);
    expect([await count(), calls()]).toEqual([rows, asked]);
  });

  test.each([["does not answer", "down"], ["answers without its lines", "no-lines"]] as const)(
    "an agency that %s: the submission is refused and nothing is written",
    async (_what, mode) => {
      agencyMode = { subgraph: "courts", mode };
      try {
        const rows = await count();
        const res = await call(GD, SUBMIT, { i: ALL });
        expect(res.data).toBeNull();
        // the kit raises SERVICE_UNAVAILABLE; its formatError (shared/) does not yet pass that code through
        expect(["SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR"]).toContain(res.errors?.[0].extensions?.code);
        expect(await count()).toBe(rows);
      } finally {
        agencyMode = null;
      }
    },
  );
});

describe("late or missing tables", () => {
  beforeAll(async () => {
    // September's tables, inserted as if submitted: on time at 23:30 Beijing on the 15th, late at 00:10 on the 16th, and on time then amended late
    const rows: Array<[string, number, string]> = [
      ["110000", 1, "2017-10-15T15:30:00Z"],
      ["120000", 1, "2017-10-15T16:10:00Z"],
      ["310000", 1, "2017-10-09T02:00:00Z"],
      ["310000", 2, "2017-10-20T02:00:00Z"],
    ];
    for (const [region, version, at] of rows)
      await running.db.orm.em.getConnection().execute(
        `insert into office.monthly_report_submission (id, region, period, scope, version, submitted_at, submitted_by, reason, figures, typical_case_ids)
         values (?, ?, '2017-09', 'FOREIGN_INVESTED', ?, ?, 'seed', ?, ?::jsonb, '[]'::jsonb)`,
        [randomUUID(), region, version, at, version > 1 ? "更正" : null, JSON.stringify(zero())],
      );
  });

  const units = (res: { data?: any }) => res.data.lateOrMissingReports.map((r: { region: string }) => r.region);

  test("the national office sees every unit OVERDUE or LATE; on-time units (amended or not) are not listed", async () => {
    now = new Date("2017-11-20T10:00:00+08:00");
    const res = await call(NATIONAL, LATE, { p: "2017-09" });
    expect(res.errors).toBeUndefined();
    const listed = res.data.lateOrMissingReports;
    expect(listed).toHaveLength(30);
    expect(units(res)).not.toContain("110000");
    expect(units(res)).not.toContain("310000");
    expect(listed.find((r: any) => r.region === "120000")).toEqual({ region: "120000", period: "2017-09", scope: "FOREIGN_INVESTED", status: "LATE" });
    expect(listed.find((r: any) => r.region === "660000").status).toBe("OVERDUE");
    expect(units(await call(NATIONAL, LATE, { p: "2017-10" }))).toEqual(expect.not.arrayContaining(["440000"]));
    expect(units(await call(NATIONAL, LATE, { p: "2017-10" }))).toHaveLength(31);
  });

  test("a province office sees its own unit only", async () => {
    expect(units(await call(identity("OFFICE", "120000"), LATE, { p: "2017-09" }))).toEqual(["120000"]);
    expect(units(await call(identity("OFFICE", "110000"), LATE, { p: "2017-09" }))).toEqual([]);
    expect(units(await call(XJ, LATE, { p: "2017-10" }))).toEqual(["650000"]);
  });

  test("before the 15th nothing is missing yet: DUE is not listed", async () => {
    now = new Date("2017-12-10T10:00:00+08:00");
    expect(units(await call(NATIONAL, LATE, { p: "2017-11" }))).toEqual([]);
    now = new Date("2017-12-16T10:00:00+08:00");
    expect(units(await call(NATIONAL, LATE, { p: "2017-11" }))).toHaveLength(32);
    now = new Date("2017-11-20T10:00:00+08:00");
  });

  test.each([
    ["another agency", identity("SAIC", "000000"), "2017-09", "FORBIDDEN", undefined],
    ["a city office (no reporting unit inside)", identity("OFFICE", "440300"), "2017-09", "FORBIDDEN", undefined],
    ["a period not YYYY-MM", NATIONAL, "2017-9", "BAD_USER_INPUT", "period"],
    ["a period in the future", NATIONAL, "2018-02", "BAD_USER_INPUT", "period"],
  ])("refuses %s", async (_what, who, p, code, field) => {
    const res = await call(who, LATE, { p });
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.errors?.[0].extensions?.field).toBe(field);
  });
});

describe("reading submissions", () => {
  const LIST = (from: string, to: string) => `{ monthlyReports(from: "${from}", to: "${to}") { region status submittedAt submission { version } submissions { version typicalCases { id } } } }`;

  test("one SQL statement for the versions of every report of a request: 1 table and 64 tables cost the same", async () => {
    const statements = async (query: string) => {
      const before = running.db.statements();
      const res = await call(NATIONAL, query);
      expect(res.errors).toBeUndefined();
      return { n: running.db.statements() - before, res };
    };
    const one = await statements(`{ monthlyReport(region: "310000", period: "2017-09") { status submittedAt submission { version } submissions { version } } }`);
    const all = await statements(LIST("2017-09", "2017-10"));
    expect(all.res.data.monthlyReports).toHaveLength(64);
    expect(one.n).toBe(1);
    // the versions, plus one for the typical cases the versions name
    expect(all.n).toBe(2);
    const sh = all.res.data.monthlyReports.find((r: any) => r.region === "310000");
    expect(sh).toMatchObject({ status: "SUBMITTED", submittedAt: "2017-10-09T02:00:00.000Z", submission: { version: 2 }, submissions: [{ version: 1 }, { version: 2 }] });
  });

  test("differences of any number of submitted tables: one call per agency", async () => {
    const before = { ...peerCalls };
    const res = await call(NATIONAL, `{ monthlyReports(from: "2017-09", to: "2017-10") { region period differences { line measure } } }`);
    expect(res.errors).toBeUndefined();
    for (const { subgraph } of REPORT_LINES) expect((peerCalls[subgraph] ?? 0) - (before[subgraph] ?? 0)).toBe(1);
    const changed = res.data.monthlyReports.filter((r: any) => r.differences.length);
    expect(changed).toEqual([]); // 440000 was amended to the live figures; the others were zero and still are
  });

  test("a province reads its own submissions; national totals are the national office's only", async () => {
    const saicGd = await call(identity("SAIC", "440000"), REPORT, { r: "440000", p: "2017-10" });
    expect(saicGd.data.monthlyReport.submissions).toHaveLength(2);
    expect((await call(identity("SAIC", "440000"), REPORT, { r: "650000", p: "2017-10" })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const national = `{ monthlyReport(region: "000000", period: "2017-10") { status submission { version } differences { line } } }`;
    expect((await call(NATIONAL, national)).data.monthlyReport).toEqual({ status: "OVERDUE", submission: null, differences: [] });
    for (const who of [identity("SAIC", "000000"), identity("POLICE", "000000")]) {
      const res = await call(who, national);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "region" });
    }
    const ref = await call(identity("SAIC", "000000"), `query($r: [_Any!]!) { _entities(representations: $r) { ... on MonthlyReport { region } } }`, {
      r: [{ __typename: "MonthlyReport", region: "000000", period: "2017-10", scope: "FOREIGN_INVESTED" }],
    });
    expect(ref.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  test("the gateway resolves a report by its key with its submission", async () => {
    const res = await call(NATIONAL, `query($r: [_Any!]!) { _entities(representations: $r) { ... on MonthlyReport { region status submission { version } } } }`, {
      r: [{ __typename: "MonthlyReport", region: "650000", period: "2017-10", scope: "FOREIGN_INVESTED" }],
    });
    expect(res.data._entities).toEqual([{ region: "650000", status: "LATE", submission: { version: 1 } }]);
  });

  test("unsigned calls are refused", async () => {
    const res = await callSubgraph(running.url, GD, SUBMIT, { i: { region: "440000", period: "2017-09" } }, { sign: false });
    expect(res.status).toBe(401);
  });
});
