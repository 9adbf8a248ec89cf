import { startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { office } from "./index";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const now = new Date("2017-11-20T10:00:00+08:00");
const call = (who: ReturnType<typeof identity>, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
const REPORT = `mutation($i: ReportTypicalCaseInput!) { reportTypicalCase(input: $i) { id period agency title } }`;
const input = (over = {}) => ({ region: "440000", period: "2017-10", agency: "POLICE", campaign: "FOREIGN_INVESTED_IP_2017", title: "深圳破获假冒某外资品牌电子产品案", summary: "捣毁窝点3个，抓获犯罪嫌疑人12名，涉案金额2300万元。", ...over });

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(office, { port: 0, databaseUrl: db.url, clock: () => now });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("office subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("32 reporting units, the XPCC among them", async () => {
    const res = await call(identity("SAIC", "440000"), `{ reportingUnits { code name } reportingUnit(code: "660000") { name } }`);
    expect(res.data.reportingUnits).toHaveLength(32);
    expect(res.data.reportingUnit.name).toBe("新疆生产建设兵团");
  });

  test("the action plan's phases, and which one is under way on a date", async () => {
    const res = await call(identity("OFFICE"), `{ campaign(code: FOREIGN_INVESTED_IP_2017) {
      name leadAgency document phases { kind dueOn }
      mobilising: currentPhase(on: "2017-09-09") { kind } acting: currentPhase(on: "2017-10-15") { kind } after: currentPhase(on: "2018-01-05") { kind }
    } }`);
    expect(res.data.campaign).toMatchObject({
      document: "打假办发〔2017〕8号",
      phases: [{ kind: "MOBILISATION", dueOn: "2017-09-10" }, { kind: "ACTION", dueOn: "2017-12-31" }, { kind: "SUMMARY", dueOn: "2017-12-31" }],
      mobilising: { kind: "MOBILISATION" }, acting: { kind: "ACTION" }, after: null,
    });
    expect((await call(identity("IPO", "110000"), `{ campaigns { code } }`)).data.campaigns.length).toBeGreaterThanOrEqual(7);
  });

  test("a province office reports a typical case; others in its region read it, other regions do not", async () => {
    const res = await call(identity("OFFICE", "440000"), REPORT, { i: input() });
    expect(res.errors).toBeUndefined();
    const list = `{ typicalCases(filter: { period: "2017-10" }) { totalCount edges { node { title } } } }`;
    expect((await call(identity("SAIC", "440000"), list)).data.typicalCases.totalCount).toBe(1);
    expect((await call(identity("SAIC", "440300"), list)).data.typicalCases.totalCount).toBe(0); // a city does not see its province's records
    expect((await call(identity("SAIC", "330000"), list)).data.typicalCases.totalCount).toBe(0);
    expect((await call(identity("OFFICE"), list)).data.typicalCases.totalCount).toBe(1);
  });

  test.each([
    ["input.period", { period: "2017-13" }, "BAD_USER_INPUT"],
    ["input.period", { period: "2017-12" }, "BAD_USER_INPUT"],
    ["input.title", { title: "" }, "BAD_USER_INPUT"],
    ["input.region", { region: "330000" }, "FORBIDDEN"],
  ])("refuses %s %p and writes nothing", async (field, over, code) => {
    const before = Number((await running.db.orm.em.getConnection().execute("select count(*) as n from office.typical_case"))[0].n);
    const res = await call(identity("OFFICE", "440000"), REPORT, { i: input(over) });
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    expect(Number((await running.db.orm.em.getConnection().execute("select count(*) as n from office.typical_case"))[0].n)).toBe(before);
  });

  test("only the office writes office data", async () => {
    expect((await call(identity("POLICE", "440000"), REPORT, { i: input() })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
