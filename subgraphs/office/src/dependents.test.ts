import { newId, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { office } from "./index";

const POLICE = identity("POLICE", "440300");
const COURTS = identity("COURTS", "440300");
const SAIC = identity("SAIC", "440300");

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof POLICE, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
const DEPENDENTS = `query($t: String!, $id: ID!) { officeDependents(typename: $t, id: $id) { type id subgraph region relies } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(office, { port: 0, databaseUrl: db.url });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("the office answers for the cases its major-case reports rely on", () => {
  test("a report about a criminal case relies on its region, date and the facts the rules read; only its owner asks", async () => {
    const [report, criminalCase] = [newId(), newId()];
    // a report as reportMajorCase leaves it (its checks with the case's owner are tested in major-cases.test.ts)
    await running.db.orm.em.getConnection().execute(
      `insert into office.major_case_report (id, case_type, case_id, agency, region, office_region, summary, grounds, reported_at, report_due_at, reported_late, reported_by)
       values (?, 'CRIMINAL_CASE', ?, 'POLICE', '440305', '440000', '涉外重大案件', '["AMOUNT"]', now(), now(), false, 'sz-police')`,
      [report, criminalCase],
    );
    const res = await call(POLICE, DEPENDENTS, { t: "CriminalCase", id: criminalCase });
    expect(res.data.officeDependents).toEqual([{
      type: "MajorCaseReport", id: report, subgraph: "office", region: "440305",
      relies: ["region", "filedOn", "amountInvolved", "rightHolderCreditCode", "foreignInvested"],
    }]);
    expect((await call(POLICE, DEPENDENTS, { t: "CriminalCase", id: newId() })).data.officeDependents).toEqual([]);
    expect((await call(COURTS, DEPENDENTS, { t: "CriminalCase", id: criminalCase })).errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    // an admin case type of the registry is answered to its owner the same way
    expect((await call(SAIC, DEPENDENTS, { t: "SaicCase", id: newId() })).data.officeDependents).toEqual([]);
  });
});
