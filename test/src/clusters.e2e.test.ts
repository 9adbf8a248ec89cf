import { startPlatform, type Platform } from "./platform";
import { runFullChain, today } from "./chain";
import { makeCreditCode, makeIdNumber } from "@ipr/shared";

/**
 * Cluster campaigns (集群战役) through the gateway: the provincial police ties criminal cases of two
 * cities into one whole-chain strike, and the cluster's trace reaches every member's chain (the
 * referral from linkage, arrest reviews and prosecutions from the procuratorate, court cases and
 * judgments from the courts) without any of those agencies knowing about clusters.
 */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const CREATE = `mutation($input: CreateCaseClusterInput!) { createCaseCluster(input: $input) { id leadRegion campaign regions } }`;
const TRACE = `query($id: ID!) {
  caseCluster(id: $id) {
    name leadRegion regions
    members {
      id region
      referral { id sourceType status }
      arrestReviews { decision persons { name } }
      prosecutions { id decision courtCases { id caseNumber judgment { verdict } } }
      clusters { id }
    }
  }
}`;

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

describe("cluster campaigns on the criminal chain", () => {
  test("a cluster's trace shows every member case and its whole chain, across regions", async () => {
    const sz = await runFullChain(p, "SAIC_CASE", "440300");
    const gz = await runFullChain(p, "PATENT_CASE", "440100");
    const GD = { agency: "POLICE", region: "440000" };
    const { createCaseCluster: cluster } = must(await p.query(GD, CREATE, {
      input: { name: "广东假冒外资商标集群战役", leadRegion: "440300", memberCaseIds: [sz.criminalCaseId, gz.criminalCaseId] } }));
    expect(cluster).toMatchObject({ leadRegion: "440300", campaign: "CLUSTER_CAMPAIGN", regions: ["440100", "440300"] });

    const { caseCluster } = must(await p.query(GD, TRACE, { id: cluster.id }));
    expect(caseCluster.members.map((m: any) => m.id)).toEqual([sz.criminalCaseId, gz.criminalCaseId]);
    for (const [member, chain] of [[caseCluster.members[0], sz], [caseCluster.members[1], gz]] as const) {
      expect(member.referral).toMatchObject({ id: chain.referralId, status: "FILED" });
      expect(member.arrestReviews).toEqual([{ decision: "APPROVED", persons: [{ name: "王强" }, { name: "陈静" }] }]);
      expect(member.prosecutions).toEqual([{ id: chain.prosecutionId, decision: "PROSECUTED",
        courtCases: [expect.objectContaining({ id: chain.courtCaseId, judgment: { verdict: "GUILTY" } })] }]);
      expect(member.clusters).toEqual([{ id: cluster.id }]);
    }

    // a member city's procuratorate follows the cluster too, but only into its own region's chain
    const fromGz = must(await p.query({ agency: "PROCURATORATE", region: "440100" }, TRACE, { id: cluster.id })).caseCluster;
    expect(fromGz.members.map((m: any) => m.id)).toEqual([gz.criminalCaseId]);
    expect(must(await p.query({ agency: "POLICE", region: "330000" }, TRACE, { id: cluster.id })).caseCluster).toBeNull();
  });

  test("refuses a cluster with a member case the caller cannot see, and writes nothing", async () => {
    const sz = await runFullChain(p, "SAIC_CASE", "440300");
    const gz = await runFullChain(p, "SAIC_CASE", "440100");
    const SZ = { agency: "POLICE", region: "440300" };
    const list = `query { caseClusters { totalCount } }`;
    const before = must(await p.query({ agency: "POLICE", region: "000000" }, list)).caseClusters.totalCount;
    const res = await p.query(SZ, CREATE, { input: { name: "越权集群", leadRegion: "440300", memberCaseIds: [sz.criminalCaseId, gz.criminalCaseId] } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.memberCaseIds[1]" });
    const byCourt = await p.query({ agency: "COURTS", region: "440000" }, CREATE, {
      input: { name: "法院不能建", leadRegion: "440300", memberCaseIds: [sz.criminalCaseId, gz.criminalCaseId] } });
    expect(byCourt.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(must(await p.query({ agency: "POLICE", region: "000000" }, list)).caseClusters.totalCount).toBe(before);
  });

  test("arrest reviews, prosecutions and court cases carry a campaign code and filter by it", async () => {
    const region = "440300";
    const day = today();
    const police = { agency: "POLICE", region };
    const { fileCriminalCase: c } = must(await p.query(police, `mutation($input: FileCriminalCaseInput!) { fileCriminalCase(input: $input) { id campaign suspects { id } } }`, {
      input: { filingNumber: `公经立-集群-${region}-campaign`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: day, amountInvolved: "300000.00",
        rightHolderCreditCode: makeCreditCode(region, 77_001), foreignInvested: true, campaign: "CLUSTER_CAMPAIGN",
        suspects: [{ name: "赵六", idNumber: makeIdNumber(region, "1982-02-02", 77_001), caughtOn: day }] } }));
    expect(c.campaign).toBe("CLUSTER_CAMPAIGN");
    const personIds = c.suspects.map((s: any) => s.id);
    const procurator = { agency: "PROCURATORATE", region };
    const base = { criminalCaseId: c.id, decidedOn: day, region, foreignInvested: true, campaign: "CLUSTER_CAMPAIGN" };
    const { recordArrestReview: review } = must(await p.query(procurator, `mutation($input: RecordArrestReviewInput!) { recordArrestReview(input: $input) { id campaign } }`,
      { input: { ...base, personIds, decision: "APPROVED" } }));
    const { recordProsecution: prosecution } = must(await p.query(procurator, `mutation($input: RecordProsecutionInput!) { recordProsecution(input: $input) { id campaign } }`,
      { input: { ...base, defendantIds: personIds, decision: "PROSECUTED" } }));
    const { fileCourtCase: court } = must(await p.query({ agency: "COURTS", region }, `mutation($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id campaign } }`,
      { input: { caseNumber: `（2026）粤03刑初集群1号`, kind: "CRIMINAL", region, filedOn: day, prosecutionId: prosecution.id, campaign: "CLUSTER_CAMPAIGN" } }));
    expect([review.campaign, prosecution.campaign, court.campaign]).toEqual(["CLUSTER_CAMPAIGN", "CLUSTER_CAMPAIGN", "CLUSTER_CAMPAIGN"]);
    // a trial of the campaign's prosecution inherits its campaign when the court names none
    const { fileCourtCase: inherited } = must(await p.query({ agency: "COURTS", region }, `mutation($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { campaign } }`,
      { input: { caseNumber: `（2026）粤03刑初集群2号`, kind: "CRIMINAL", region, filedOn: day, prosecutionId: prosecution.id } }));
    expect(inherited.campaign).toBe("CLUSTER_CAMPAIGN");

    const ids = (conn: any) => conn.edges.map((e: any) => e.node.id);
    const lists = must(await p.query({ agency: "PROCURATORATE", region }, `query {
      tagged: arrestReviews(filter: { campaign: CLUSTER_CAMPAIGN }) { edges { node { id } } }
      other: arrestReviews(filter: { campaign: THUNDER }) { edges { node { id } } }
      prosecutions(filter: { campaign: CLUSTER_CAMPAIGN }) { edges { node { id } } }
      criminalCases(filter: { campaign: CLUSTER_CAMPAIGN }) { edges { node { id } } }
    }`));
    expect(ids(lists.tagged)).toContain(review.id);
    expect(ids(lists.other)).not.toContain(review.id);
    expect(ids(lists.prosecutions)).toContain(prosecution.id);
    expect(ids(lists.criminalCases)).toContain(c.id);
    const courts = must(await p.query({ agency: "COURTS", region }, `query { courtCases(filter: { campaign: CLUSTER_CAMPAIGN }) { edges { node { id } } } }`));
    expect(ids(courts.courtCases)).toContain(court.id);
  });
});
