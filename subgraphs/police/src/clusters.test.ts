import { makeCreditCode, makeIdNumber, startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { police } from "./index";

const SZ = identity("POLICE", "440300");
const GZ = identity("POLICE", "440100");
const GD = identity("POLICE", "440000");
const ZJ = identity("POLICE", "330000");
const SAIC_GD = identity("SAIC", "440000");

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: typeof GD, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);

const FILE = `mutation($input: FileCriminalCaseInput!) { fileCriminalCase(input: $input) { id region campaign } }`;
const CREATE = `mutation($input: CreateCaseClusterInput!) { createCaseCluster(input: $input) {
  id name leadRegion campaign regions members { id region } } }`;
const CLUSTER = `query($id: ID!) { caseCluster(id: $id) { id regions members { id region } } }`;
const CLUSTERS = `query($filter: CaseClusterFilter) { caseClusters(filter: $filter) { totalCount edges { node { id } } } }`;
let serial = 0;
const file = async (who: typeof GD, region: string, campaign?: string) => {
  const n = ++serial;
  const res = await call(who, FILE, { input: {
    filingNumber: `集群立字〔2017〕${n}号`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: "2017-10-20", amountInvolved: "356000",
    rightHolderCreditCode: makeCreditCode(region, n), foreignInvested: true, campaign,
    suspects: [{ name: "张三", idNumber: makeIdNumber(region, "1985-03-12", n), caughtOn: "2017-10-21" }],
  } });
  expect(res.errors).toBeUndefined();
  return res.data.fileCriminalCase as { id: string; region: string; campaign: string | null };
};
const count = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from police.${table}`))[0].n);
const written = async () => ({ clusters: await count("case_cluster"), members: await count("case_cluster_member") });

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(police, { port: 0, databaseUrl: db.url });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

describe("police campaigns and case clusters", () => {
  test("migrations leave nothing for the entities to change", async () => {
    const diff = await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });

  test("a criminal case carries an optional campaign code, and lists filter by it", async () => {
    const tagged = await file(SZ, "440300", "CLUSTER_CAMPAIGN");
    const plain = await file(SZ, "440300");
    expect(tagged.campaign).toBe("CLUSTER_CAMPAIGN");
    expect(plain.campaign).toBeNull();
    const res = await call(SZ, `query { criminalCases(filter: { campaign: CLUSTER_CAMPAIGN }) { edges { node { id } } } }`);
    const ids = res.data.criminalCases.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(tagged.id);
    expect(ids).not.toContain(plain.id);
  });

  test("the provincial police ties cases of two cities into a cluster; each city sees the cluster and its own members", async () => {
    const sz = await file(SZ, "440300");
    const gz = await file(GZ, "440100");
    const res = await call(GD, CREATE, { input: { name: "粤港假表集群战役", leadRegion: "440300", memberCaseIds: [sz.id, gz.id] } });
    expect(res.errors).toBeUndefined();
    const cluster = res.data.createCaseCluster;
    expect(cluster).toMatchObject({ leadRegion: "440300", campaign: "CLUSTER_CAMPAIGN", regions: ["440100", "440300"],
      members: [{ id: sz.id, region: "440300" }, { id: gz.id, region: "440100" }] });

    // a member city that does not lead still sees the cluster, but only its own case in it
    const fromGz = await call(GZ, CLUSTER, { id: cluster.id });
    expect(fromGz.data.caseCluster.members).toEqual([{ id: gz.id, region: "440100" }]);
    expect((await call(ZJ, CLUSTER, { id: cluster.id })).data.caseCluster).toBeNull();

    const onCase = await call(GZ, `query($id: ID!) { criminalCase(id: $id) { clusters { id name } } }`, { id: gz.id });
    expect(onCase.data.criminalCase.clusters).toEqual([{ id: cluster.id, name: "粤港假表集群战役" }]);

    const listed = async (who: typeof GD, filter?: object) =>
      (await call(who, CLUSTERS, { filter })).data.caseClusters.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await listed(GZ)).toContain(cluster.id);
    expect(await listed(SZ, { campaign: "CLUSTER_CAMPAIGN" })).toContain(cluster.id);
    expect(await listed(SZ, { campaign: "THUNDER" })).not.toContain(cluster.id);
    expect(await listed(GD, { region: "440100" })).not.toContain(cluster.id); // filter.region is the lead region
    expect(await listed(ZJ)).not.toContain(cluster.id);
  });

  test.each([
    ["a member case of another region", SZ, "440300", (sz: string, gz: string) => [sz, gz], "NOT_FOUND", "input.memberCaseIds[1]"],
    ["an unknown member case", GD, "440300", (sz: string) => [sz, "00000000-0000-4000-8000-000000000000"], "NOT_FOUND", "input.memberCaseIds[1]"],
    ["a malformed member id", GD, "440300", (sz: string) => [sz, "x"], "NOT_FOUND", "input.memberCaseIds[1]"],
    ["the same case twice", GD, "440300", (sz: string, gz: string) => [sz, gz, sz], "BAD_USER_INPUT", "input.memberCaseIds[2]"],
    ["a single member", GD, "440300", (sz: string) => [sz], "BAD_USER_INPUT", "input.memberCaseIds"],
    ["members of one region only", GD, "440300", (sz: string, _gz: string, sz2: string) => [sz, sz2], "BAD_USER_INPUT", "input.memberCaseIds"],
    ["a lead region with no member case", GD, "440600", (sz: string, gz: string) => [sz, gz], "BAD_USER_INPUT", "input.leadRegion"],
    ["a lead region outside the caller's", SZ, "440100", (sz: string, gz: string) => [sz, gz], "FORBIDDEN", "input.leadRegion"],
    ["a caller that is not the police", SAIC_GD, "440300", (sz: string, gz: string) => [sz, gz], "FORBIDDEN", undefined],
  ])("refuses %s and writes nothing", async (_label, who, leadRegion, members, code, field) => {
    const [sz, gz, sz2] = [await file(SZ, "440300"), await file(GZ, "440100"), await file(SZ, "440300")];
    const before = await written();
    const res = await call(who, CREATE, { input: { name: "集群", leadRegion, memberCaseIds: members(sz.id, gz.id, sz2.id) } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await written()).toEqual(before);
  });
});
