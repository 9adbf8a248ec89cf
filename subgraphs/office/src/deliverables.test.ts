import http from "node:http";
import type { AddressInfo } from "node:net";
import { startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { office } from "./index";
import { REPORT_LINES, type Figures } from "./report-lines";

/*
 * The campaign's deliverables against a fixed clock and fake agencies (a small HTTP server answering
 * the office's signed `_entities` calls with figures per month); through the gateway in
 * test/src/deliverables.e2e.test.ts.
 */

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
let agencies: http.Server;
let now = new Date("2017-09-07T10:00:00+08:00");
let agencyDown = false;
const peerCalls: Record<string, number> = {};

/** Every measure zero, and `n` trademark cases of 1,000.50 yuan each in month `period`. */
const figuresOf = (period: string): Figures =>
  Object.fromEntries(
    REPORT_LINES.flatMap(({ lines }) =>
      Object.entries(lines).map(([line, measures]) => [line, Object.fromEntries(measures.map((m) => [m, /amount|value/i.test(m) ? "0.00" : 0]))]),
    ).map(([line, zero]) => [line, line === "trademarkCases" ? { cases: Number(period.slice(5)), amountInvolved: "1000.50" } : zero]),
  );

function fakeAgencies(): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const subgraph = (req.url ?? "/").slice(1);
    let body = "";
    for await (const chunk of req) body += chunk;
    peerCalls[subgraph] = (peerCalls[subgraph] ?? 0) + 1;
    if (agencyDown && subgraph === "courts") return void res.writeHead(502).end("bad gateway");
    const reps = JSON.parse(body).variables.r as Array<{ period: string }>;
    const lines = Object.keys(REPORT_LINES.find((r) => r.subgraph === subgraph)!.lines);
    const entities = reps.map((rep) => Object.fromEntries(lines.map((line) => [line, figuresOf(rep.period)[line]])));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { _entities: entities } }));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const call = (who: ReturnType<typeof identity>, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
const rows = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from office.${table}`))[0].n);
const calls = () => REPORT_LINES.reduce((n, r) => n + (peerCalls[r.subgraph] ?? 0), 0);

const GD = identity("OFFICE", "440000", "gd-office");
const ZJ = identity("OFFICE", "330000", "zj-office");
const NATIONAL = identity("OFFICE", "000000");
const PLAN = { region: "440000", measures: ["建立外商投资企业知识产权保护联络机制", "开展集中执法检查"], responsibleAgencies: ["SAIC", "POLICE"], contacts: [{ name: "张伟", role: "省打假办综合处处长", phone: "020-83331234" }] };
const SUBMIT_PLAN = `mutation($i: SubmitImplementationPlanInput!) { submitImplementationPlan(input: $i) { version submittedOn measures responsibleAgencies contacts { name role phone } } }`;
const AMEND_PLAN = `mutation($i: AmendImplementationPlanInput!) { amendImplementationPlan(input: $i) { version reason measures } }`;
const PLAN_OF = `query($r: String!) { implementationPlan(region: $r) { region regionName dueOn status submittedAt current { version } versions { version reason } } }`;
const LATE = `query($d: Deliverable, $p: String) { deliverablesLateOrMissing(deliverable: $d, period: $p) { deliverable region period dueOn status } }`;
const SUBMIT_WP = `mutation($i: SubmitWorkProgressInput!) { submitWorkProgress(input: $i) { version period narrative } }`;
const AMEND_WP = `mutation($i: AmendWorkProgressInput!) { amendWorkProgress(input: $i) { version reason narrative } }`;
const SUBMIT_SR = `mutation($i: SubmitSpecialWorkReportInput!) { submitSpecialWorkReport(input: $i) {
  version narrative submittedOn typicalCases { id } months { period figures { trademarkCases { cases amountInvolved } } } totals { trademarkCases { cases amountInvolved } police { casesFiled } } } }`;
const AMEND_SR = `mutation($i: AmendSpecialWorkReportInput!) { amendSpecialWorkReport(input: $i) { version reason typicalCases { id } } }`;
const SR_OF = `query($r: String!) { specialWorkReport(region: $r) { dueOn status current { version } versions { version } } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  agencies = await fakeAgencies();
  const base = `http://127.0.0.1:${(agencies.address() as AddressInfo).port}`;
  running = await startSubgraph(office, {
    port: 0, databaseUrl: db.url, clock: () => now,
    peers: Object.fromEntries(REPORT_LINES.map((r) => [r.subgraph, `${base}/${r.subgraph}`])),
  });
});
afterAll(async () => {
  await running?.stop();
  await new Promise((resolve) => agencies?.close(resolve));
  await db?.drop();
});

describe("implementation plans (实施方案)", () => {
  test("due dates come from the campaign's phases", async () => {
    const res = await call(NATIONAL, `{ campaign(code: FOREIGN_INVESTED_IP_2017) { phases { kind deliverable dueOn } } }`);
    expect(res.data.campaign.phases).toEqual([
      { kind: "MOBILISATION", deliverable: "IMPLEMENTATION_PLAN", dueOn: "2017-09-10" },
      { kind: "ACTION", deliverable: "WORK_PROGRESS", dueOn: "2017-12-31" },
      { kind: "SUMMARY", deliverable: "SPECIAL_WORK_REPORT", dueOn: "2017-12-31" },
    ]);
  });

  test("before the campaign starts a plan is NOT_DUE and cannot be submitted", async () => {
    expect((await call(GD, PLAN_OF, { r: "440000" })).data.implementationPlan).toMatchObject({ dueOn: "2017-09-10", status: "NOT_DUE", current: null });
    const res = await call(GD, SUBMIT_PLAN, { i: PLAN });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input" });
    expect(await rows("implementation_plan_version")).toBe(0);
  });

  test("submitted at 23:30 on the due day (Beijing): SUBMITTED; a second submission is refused; an amendment is version 2", async () => {
    now = new Date("2017-09-10T23:30:00+08:00");
    const res = await call(GD, SUBMIT_PLAN, { i: PLAN });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitImplementationPlan).toEqual({ version: 1, submittedOn: "2017-09-10", ...PLAN, region: undefined });
    const again = await call(GD, SUBMIT_PLAN, { i: PLAN });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.region" });
    expect(again.errors?.[0].message).toMatch(/amendImplementationPlan/);
    now = new Date("2017-09-15T10:00:00+08:00");
    expect((await call(GD, AMEND_PLAN, { i: { ...PLAN, reason: " " } })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const amended = await call(GD, AMEND_PLAN, { i: { ...PLAN, measures: [...PLAN.measures, "加强展会知识产权保护"], reason: "补充展会措施" } });
    expect(amended.data.amendImplementationPlan).toEqual({ version: 2, reason: "补充展会措施", measures: [...PLAN.measures, "加强展会知识产权保护"] });
    expect((await call(NATIONAL, PLAN_OF, { r: "440000" })).data.implementationPlan).toEqual({
      region: "440000", regionName: "广东省", dueOn: "2017-09-10", status: "SUBMITTED", submittedAt: "2017-09-10T15:30:00.000Z",
      current: { version: 2 }, versions: [{ version: 1, reason: null }, { version: 2, reason: "补充展会措施" }],
    });
    expect(await rows("implementation_plan_version")).toBe(2);
  });

  test("after the due date: LATE when submitted, OVERDUE when missing", async () => {
    expect((await call(ZJ, SUBMIT_PLAN, { i: { ...PLAN, region: "330000" } })).errors).toBeUndefined();
    const late = (await call(NATIONAL, LATE, { d: "IMPLEMENTATION_PLAN" })).data.deliverablesLateOrMissing;
    expect(late).toHaveLength(31);
    expect(late.find((r: any) => r.region === "330000")).toEqual({ deliverable: "IMPLEMENTATION_PLAN", region: "330000", period: null, dueOn: "2017-09-10", status: "LATE" });
    expect(late.find((r: any) => r.region === "440000")).toBeUndefined();
    expect((await call(ZJ, LATE, { d: "IMPLEMENTATION_PLAN" })).data.deliverablesLateOrMissing.map((r: any) => r.status)).toEqual(["LATE"]);
  });

  test.each([
    ["another unit's plan", ZJ, {}, "FORBIDDEN", "input.region"],
    ["the national office for a unit", NATIONAL, {}, "FORBIDDEN", "input.region"],
    ["a city office", identity("OFFICE", "440300"), { region: "440300" }, "BAD_USER_INPUT", "input.region"],
    ["another agency", identity("SAIC", "440000"), {}, "FORBIDDEN", undefined],
    ["no measures", GD, { measures: [] }, "BAD_USER_INPUT", "input.measures"],
    ["a blank measure", GD, { measures: ["开展检查", "  "] }, "BAD_USER_INPUT", "input.measures[1]"],
    ["a measure with a control character", GD, { measures: ["开展\u0007检查"] }, "BAD_USER_INPUT", "input.measures"],
    ["no responsible agency", GD, { responsibleAgencies: [] }, "BAD_USER_INPUT", "input.responsibleAgencies"],
    ["an agency twice", GD, { responsibleAgencies: ["SAIC", "SAIC"] }, "BAD_USER_INPUT", "input.responsibleAgencies[1]"],
    ["a bad phone", GD, { contacts: [{ name: "张伟", role: "处长", phone: "<script>" }] }, "BAD_USER_INPUT", "input.contacts[0].phone"],
    ["a contact name of 51 characters", GD, { contacts: [{ name: "张".repeat(51), role: "处长", phone: "12345" }] }, "BAD_USER_INPUT", "input.contacts.name"],
  ])("an amendment with %s is refused, nothing written", async (_what, who, over: Record<string, unknown>, code, field) => {
    const before = await rows("implementation_plan_version");
    const res = await call(who, AMEND_PLAN, { i: { ...PLAN, reason: "更正", ...over } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe(code);
    if (field) expect(String(res.errors?.[0].extensions?.field)).toMatch(new RegExp(`^${field.replace(/[.[\]]/g, (c) => `\\${c}`).replace("contacts\\.", "contacts(\\[0\\])?\\.")}`));
    expect(await rows("implementation_plan_version")).toBe(before);
  });
});

describe("work-progress narratives (工作推进情况)", () => {
  test("a month of the action phase that has ended; shown on the month's table; second submission refused, amendment kept", async () => {
    now = new Date("2017-11-10T10:00:00+08:00");
    for (const [period, field] of [["2017-11", "input.period"], ["2017-08", "input.period"]])
      expect((await call(GD, SUBMIT_WP, { i: { region: "440000", period, narrative: "推进顺利" } })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect((await call(GD, SUBMIT_WP, { i: { region: "440000", period: "2017-10", narrative: " \n " } })).errors?.[0].extensions).toMatchObject({ field: "input.narrative" });
    expect(await rows("work_progress_version")).toBe(0);
    const res = await call(GD, SUBMIT_WP, { i: { region: "440000", period: "2017-10", narrative: "10月开展集中行动，查处案件12起。" } });
    expect(res.data.submitWorkProgress).toEqual({ version: 1, period: "2017-10", narrative: "10月开展集中行动，查处案件12起。" });
    const again = await call(GD, SUBMIT_WP, { i: { region: "440000", period: "2017-10", narrative: "重复" } });
    expect(again.errors?.[0].message).toMatch(/amendWorkProgress/);
    const amended = await call(GD, AMEND_WP, { i: { region: "440000", period: "2017-10", narrative: "10月查处案件13起。", reason: "补报1起" } });
    expect(amended.data.amendWorkProgress).toEqual({ version: 2, reason: "补报1起", narrative: "10月查处案件13起。" });
    const table = await call(NATIONAL, `{ monthlyReport(region: "440000", period: "2017-10") { workProgress { dueOn status current { version narrative } } } }`);
    expect(table.data.monthlyReport.workProgress).toEqual({ dueOn: "2017-11-15", status: "SUBMITTED", current: { version: 2, narrative: "10月查处案件13起。" } });
  });

  test("missing after the 15th: OVERDUE for the month, listed per month", async () => {
    now = new Date("2017-11-16T10:00:00+08:00");
    const late = (await call(NATIONAL, LATE, { d: "WORK_PROGRESS", p: "2017-10" })).data.deliverablesLateOrMissing;
    expect(late).toHaveLength(31);
    expect(late[0]).toMatchObject({ deliverable: "WORK_PROGRESS", period: "2017-10", dueOn: "2017-11-15", status: "OVERDUE" });
    expect((await call(NATIONAL, LATE, { p: "2018-01" })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "period" });
  });
});

describe("the special work report (专项工作报告)", () => {
  let typical: Record<string, string> = {};
  beforeAll(async () => {
    const report = async (period: string) =>
      (await call(GD, `mutation($i: ReportTypicalCaseInput!) { reportTypicalCase(input: $i) { id } }`, {
        i: { region: "440000", period, agency: "SAIC", title: `典型案例${period}`, summary: "查处假冒外资品牌商品" },
      })).data.reportTypicalCase.id;
    typical = { oct: await report("2017-10"), aug: await report("2017-08") };
  });

  test("not before the summary phase opens", async () => {
    expect((await call(GD, SR_OF, { r: "440000" })).data.specialWorkReport).toMatchObject({ dueOn: "2017-12-31", status: "NOT_DUE" });
    const res = await call(GD, SUBMIT_SR, { i: { region: "440000", narrative: "总结" } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input" });
  });

  test("freezes the table's lines of September to December with one call per agency, totals them, keeps its typical cases", async () => {
    now = new Date("2017-12-28T10:00:00+08:00");
    const before = calls();
    const res = await call(GD, SUBMIT_SR, { i: { region: "440000", narrative: "一、工作开展情况……", typicalCaseIds: [typical.oct] } });
    expect(res.errors).toBeUndefined();
    const v = res.data.submitSpecialWorkReport;
    expect(calls() - before).toBe(REPORT_LINES.length);
    expect(v.months.map((m: any) => [m.period, m.figures.trademarkCases.cases])).toEqual([["2017-09", 9], ["2017-10", 10], ["2017-11", 11], ["2017-12", 12]]);
    expect(v.totals).toEqual({ trademarkCases: { cases: 42, amountInvolved: "4002.00" }, police: { casesFiled: 0 } });
    expect(v).toMatchObject({ version: 1, submittedOn: "2017-12-28", typicalCases: [{ id: typical.oct }] });
    expect((await call(GD, SR_OF, { r: "440000" })).data.specialWorkReport).toEqual({ dueOn: "2017-12-31", status: "SUBMITTED", current: { version: 1 }, versions: [{ version: 1 }] });
  });

  test("refusals write nothing: a second submission, a typical case outside the action phase, an agency that does not answer", async () => {
    const before = await rows("special_work_report_version");
    const again = await call(GD, SUBMIT_SR, { i: { region: "440000", narrative: "再报" } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.region" });
    expect(again.errors?.[0].message).toMatch(/amendSpecialWorkReport/);
    const aug = await call(GD, AMEND_SR, { i: { region: "440000", narrative: "更正", reason: "补充", typicalCaseIds: [typical.aug] } });
    expect(aug.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.typicalCaseIds[0]" });
    expect((await call(ZJ, AMEND_SR, { i: { region: "440000", narrative: "更正", reason: "补充" } })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await call(ZJ, AMEND_SR, { i: { region: "330000", narrative: "更正", reason: "补充" } })).errors?.[0].message).toMatch(/submitSpecialWorkReport/);
    agencyDown = true;
    try {
      expect((await call(GD, AMEND_SR, { i: { region: "440000", narrative: "更正", reason: "补充" } })).data).toBeNull();
    } finally {
      agencyDown = false;
    }
    expect(await rows("special_work_report_version")).toBe(before);
  });

  test("an amendment refreezes the figures; after the 31st the missing reports are OVERDUE", async () => {
    now = new Date("2018-01-05T10:00:00+08:00");
    const res = await call(GD, AMEND_SR, { i: { region: "440000", narrative: "一、工作开展情况（更正）", reason: "补充12月数据", typicalCaseIds: [] } });
    expect(res.data.amendSpecialWorkReport).toEqual({ version: 2, reason: "补充12月数据", typicalCases: [] });
    const late = (await call(NATIONAL, LATE, { d: "SPECIAL_WORK_REPORT" })).data.deliverablesLateOrMissing;
    expect(late).toHaveLength(31);
    expect(late.every((r: any) => r.status === "OVERDUE" && r.region !== "440000")).toBe(true);
    expect((await call(identity("SAIC", "000000"), LATE, {})).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
