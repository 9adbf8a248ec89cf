import { newId, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { linkage } from "./index";

const POLICE = identity("POLICE", "440300");
const SAIC = identity("SAIC", "440300");

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof POLICE, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
const DEPENDENTS = `query($t: String!, $id: ID!) { linkageDependents(typename: $t, id: $id) { type id subgraph region relies } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(linkage, { port: 0, databaseUrl: db.url });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("linkage answers for the records its referrals rely on", () => {
  test("a referral decided FILED relies on its criminal case's filing date, wherever the referral is; only the police ask", async () => {
    const [referral, criminalCase] = [newId(), newId()];
    // a referral as the workflow leaves it once the police filed the case (the steps are tested in linkage.test.ts)
    await running.db.orm.em.getConnection().execute(
      `insert into linkage.referral (id, source_type, source_id, from_agency, region, reason, sent_at, status, decided_at, criminal_case_id)
       values (?, 'SAIC_CASE', ?, 'SAIC', '440100', '涉嫌犯罪', '2017-10-01T02:00:00Z', 'FILED', '2017-10-02T02:00:00Z', ?)`,
      [referral, newId(), criminalCase],
    );
    const res = await call(POLICE, DEPENDENTS, { t: "CriminalCase", id: criminalCase });
    expect(res.data.linkageDependents).toEqual([{ type: "Referral", id: referral, subgraph: "linkage", region: "440100", relies: ["filedOn"] }]);
    expect((await call(POLICE, DEPENDENTS, { t: "CriminalCase", id: newId() })).data.linkageDependents).toEqual([]);
    expect((await call(SAIC, DEPENDENTS, { t: "CriminalCase", id: criminalCase })).errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});
