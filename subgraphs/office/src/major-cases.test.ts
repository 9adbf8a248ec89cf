import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { REPORTABLE_CASES, SUBGRAPH_NAMES, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { office } from "./index";

/**
 * Major-case reports and supervision in the office subgraph alone, on real PostgreSQL: the case owners
 * are one fake peer that answers `_entities` and the list queries from a table of cases (the gateway
 * tests run the real owners).
 */
type Case = { id: string; region: string; typename: string; [fact: string]: unknown };
const CASES: Case[] = [
  { typename: "SaicCase", id: "11111111-1111-4111-8111-111111111111", region: "440300", openedOn: "2017-10-10", amountInvolved: "2500000.00", rightHolderCreditCode: "H1", foreignInvested: true, campaign: null },
  { typename: "SaicCase", id: "22222222-2222-4222-8222-222222222222", region: "440300", openedOn: "2017-10-02", amountInvolved: "1000.00", rightHolderCreditCode: "H2", foreignInvested: false, campaign: "CLUSTER_CAMPAIGN" },
  { typename: "CriminalCase", id: "33333333-3333-4333-8333-333333333333", region: "330100", filedOn: "2017-10-03", amountInvolved: "20.00", rightHolderCreditCode: "H1", foreignInvested: true },
];
const asked: string[] = [];

let peer: Server;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
let now = new Date("2017-10-11T10:00:00+08:00");
const call = (who: ReturnType<typeof identity>, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from office.${table}`))[0].n);

beforeAll(async () => {
  peer = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const { query, variables } = JSON.parse(body);
      asked.push(query);
      const pick = ({ typename: _t, ...c }: Case) => c;
      const data = query.includes("_entities")
        ? { _entities: variables.r.map((r: { __typename: string; id: string }) => { const c = CASES.find((x) => x.id === r.id && x.typename === r.__typename); return c ? pick(c) : null; }) }
        : { page: { edges: CASES.filter((c) => query.includes(`${c.typename}Filter`)).map((c) => ({ node: pick(c) })), pageInfo: { hasNextPage: false, endCursor: null } } };
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((ok) => peer.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${(peer.address() as AddressInfo).port}/graphql`;
  db = await createTestDatabase();
  running = await startSubgraph(office, { port: 0, databaseUrl: db.url, clock: () => now, peers: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, url])) });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
  await new Promise((ok) => peer?.close(ok));
});

const REPORT = `mutation($i: ReportMajorCaseInput!) { reportMajorCase(input: $i) { id status grounds reportDueAt reportedLate forwardDueAt officeRegion } }`;

describe("major cases in the office subgraph", () => {
  test("every referable admin case, the criminal and the court case are reportable, from the manifests", () => {
    expect(REPORTABLE_CASES.map((r) => r.caseType)).toEqual(expect.arrayContaining(["SAIC_CASE", "CUSTOMS_SEIZURE", "CRIMINAL_CASE", "COURT_CASE"]));
    expect(REPORTABLE_CASES.find((r) => r.caseType === "CRIMINAL_CASE")).toMatchObject({ dateField: "filedOn", range: ["filedFrom", "filedTo"] });
  });

  test("a case the owner places outside the caller's region is refused, and nothing is written; the owner is asked first", async () => {
    asked.length = 0;
    const res = await call(identity("SAIC", "310000"), REPORT, { i: { caseType: "SAIC_CASE", caseId: CASES[0].id, summary: "x" } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "input.caseId" });
    expect(asked).toHaveLength(1);
    expect(await count("major_case_report")).toBe(0);
    expect(await count("major_case_event")).toBe(0);
    const unknown = await call(identity("SAIC", "440300"), REPORT, { i: { caseType: "SAIC_CASE", caseId: "44444444-4444-4444-8444-444444444444", summary: "x" } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.caseId" });
    // not the owner's agency: refused before the owner is even asked
    asked.length = 0;
    expect((await call(identity("IPO", "440300"), REPORT, { i: { caseType: "SAIC_CASE", caseId: CASES[0].id, summary: "x" } })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(asked).toHaveLength(0);
  });

  test("reported with the deadline of the rules; the campaign rule is read from the owner's facts", async () => {
    const big = await call(identity("SAIC", "440300"), REPORT, { i: { caseType: "SAIC_CASE", caseId: CASES[0].id, summary: "涉案250万元" } });
    expect(big.data.reportMajorCase).toMatchObject({
      status: "REPORTED", grounds: ["AMOUNT_INVOLVED"], officeRegion: "440000", reportedLate: false,
      reportDueAt: "2017-10-13T15:59:59.999Z", forwardDueAt: "2017-10-14T15:59:59.999Z",
    });
    const cluster = await call(identity("SAIC", "440000"), REPORT, { i: { caseType: "SAIC_CASE", caseId: CASES[1].id, summary: "集群战役" } });
    expect(cluster.data.reportMajorCase).toMatchObject({ grounds: ["CAMPAIGN"], reportDueAt: "2017-10-05T15:59:59.999Z", reportedLate: true });
    // a foreign-invested right holder stated to have cases in several provinces; a domestic one cannot be
    const bad = await call(identity("SAIC", "440300"), REPORT, { i: { caseType: "SAIC_CASE", caseId: CASES[1].id, summary: "x", grounds: ["FOREIGN_MULTI_PROVINCE"] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  test("not reported: read from every owner's list, the right holder's provinces counted across kinds of case", async () => {
    const res = await call(identity("OFFICE"), `{ majorCasesNotReported(region: "000000", from: "2017-10-01", to: "2017-10-31") {
      caseType region grounds reportDueAt overdue case { ... on CriminalCase { id } } } }`);
    expect(res.data.majorCasesNotReported).toEqual([
      { caseType: "CRIMINAL_CASE", region: "330100", grounds: ["FOREIGN_MULTI_PROVINCE"], reportDueAt: "2017-10-06T15:59:59.999Z", overdue: true, case: { id: CASES[2].id } },
    ]);
    // one query per kind of reportable case, each a single page here
    expect(asked.filter((q) => q.includes("page:")).length).toBe(REPORTABLE_CASES.length);
  });

  test("supervision deadlines on the subgraph's clock: progress every 30 days, overdue after the due date", async () => {
    const { data } = await call(identity("OFFICE", "440000"), `{ majorCaseReports(filter: { caseType: SAIC_CASE, reportedLate: false }) { edges { node { id } } } }`);
    const reportId = data.majorCaseReports.edges[0].node.id;
    const opened = await call(identity("OFFICE", "440000"), `mutation($i: OpenSupervisionInput!) { openSupervision(input: $i) { id nextProgressDueAt } }`,
      { i: { reportId, dueOn: "2017-11-30", instructions: "限期办结" } });
    expect(opened.data.openSupervision.nextProgressDueAt).toBe("2017-11-10T15:59:59.999Z");
    const id = opened.data.openSupervision.id;
    now = new Date("2017-12-01T00:00:01+08:00");
    const read = await call(identity("SAIC", "440300"), `query($id: ID!) { supervision(id: $id) { overdue progressOverdue report { id } } }`, { id });
    expect(read.data.supervision).toEqual({ overdue: true, progressOverdue: true, report: { id: reportId } });
    const late = await call(identity("SAIC", "440300"), `mutation($i: ReportSupervisionProgressInput!) { reportSupervisionProgress(input: $i) {
      nextProgressDueAt progressOverdue progressReports { late } } }`, { i: { supervisionId: id, progress: "已结案" } });
    expect(late.data.reportSupervisionProgress).toEqual({ nextProgressDueAt: "2017-12-31T15:59:59.999Z", progressOverdue: false, progressReports: [{ late: true }] });
  });
});
