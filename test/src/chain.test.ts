import { startPlatform, countStatements, type Platform } from "./platform";
import { M, TRACE, runChain } from "./chain";

let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

describe("the case chain through the gateway: SAIC case → referral → criminal case", () => {
  test("one trace query returns the whole chain, personal data as the caller may see it", async () => {
    const chain = await runChain(p, "440300");
    expect(chain.referral).toMatchObject({ status: "SENT", overdue: false });
    expect(chain.decided.status).toBe("FILED");

    const police = await p.query({ agency: "POLICE", region: "440000" }, TRACE, { id: chain.saicCaseId });
    expect(police.errors).toBeUndefined();
    const [referral] = police.data.saicCase.referrals;
    expect(referral.status).toBe("FILED");
    expect(referral.criminalCase.filingNumber).toMatch(/^公经立-440300-/);
    expect(referral.criminalCase.suspects.map((s: any) => s.name)).toEqual(["张伟", "李娜"]);

    const saic = await p.query({ agency: "SAIC", region: "440300" }, TRACE, { id: chain.saicCaseId });
    expect(saic.data.saicCase.referrals[0].criminalCase.suspects.map((s: any) => s.name)).toEqual(["张*", "李*"]);
    expect(saic.data.saicCase.referrals[0].criminalCase.suspects[0].idNumber).toMatch(/^440300\*{11}.$/);
  });

  test("the chain reads backwards too: criminal case → referral → source case", async () => {
    const chain = await runChain(p, "310115");
    const res = await p.query({ agency: "OFFICE", region: "000000" }, `query($id: ID!) {
      criminalCase(id: $id) { referral { fromAgency source { __typename ... on SaicCase { id caseNumber rightHolder { foreignInvested } } } } }
    }`, { id: chain.criminalCaseId });
    expect(res.errors).toBeUndefined();
    expect(res.data.criminalCase.referral).toMatchObject({ fromAgency: "SAIC", source: { __typename: "SaicCase", id: chain.saicCaseId, rightHolder: { foreignInvested: true } } });
  });

  test("SQL statements of the trace do not grow with the number of cases", async () => {
    for (let i = 0; i < 1; i++) await runChain(p, "440600");
    for (let i = 0; i < 50; i++) await runChain(p, "441900");
    const LIST = `query($region: String!) { saicCases(first: 100, filter: { region: $region }) { edges { node {
      caseNumber rightHolder { name } referrals { status events { kind } criminalCase { filingNumber referral { id } suspects { name criminalCase { id } } } }
    } } } }`;
    const who = { agency: "POLICE", region: "440000" };
    let one: any, fifty: any;
    const small = await countStatements(p, async () => (one = await p.query(who, LIST, { region: "440600" })));
    const large = await countStatements(p, async () => (fifty = await p.query(who, LIST, { region: "441900" })));
    expect(one.data.saicCases.edges).toHaveLength(1);
    expect(fifty.data.saicCases.edges).toHaveLength(50);
    expect(fifty.data.saicCases.edges.every((e: any) => e.node.referrals[0].criminalCase.suspects.length === 2)).toBe(true);
    expect(large).toEqual(small);
    // every hop is a batch: a handful of statements per subgraph, not one per row
    expect(Object.values(large).every((n) => n <= 6)).toBe(true);
  });

  test("decideReferral on a decided referral is refused and changes nothing", async () => {
    const chain = await runChain(p, "440100");
    const again = await p.query({ agency: "POLICE", region: "440100" }, M.decide, { input: { referralId: chain.referral.id, decision: "DECLINED", reason: "重复" } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.referralId" });
    const res = await p.query({ agency: "OFFICE", region: "000000" }, `query($id: ID!) { referral(id: $id) { status events { kind } } }`, { id: chain.referral.id });
    expect(res.data.referral).toEqual({ status: "FILED", events: [{ kind: "SENT" }, { kind: "FILED" }] });
  });

  test("a referral of a case that does not exist, or that the sender cannot see, is NOT_FOUND and writes nothing", async () => {
    const saic = { agency: "SAIC", region: "440300" };
    const count = async () => (await p.query({ agency: "OFFICE", region: "000000" }, `{ referrals { totalCount } }`)).data.referrals.totalCount;
    const before = await count();
    for (const sourceId of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const res = await p.query(saic, M.refer, { input: { sourceType: "SAIC_CASE", sourceId, region: "440300", reason: "测试" } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.sourceId" });
    }
    const elsewhere = await runChain(p, "310104");
    const res = await p.query(saic, M.refer, { input: { sourceType: "SAIC_CASE", sourceId: elsewhere.saicCaseId, region: "440300", reason: "测试" } });
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await count()).toBe(before + 1); // only the chain's own referral
  });

  test("filing a referral needs an existing criminal case, only by the police of its region", async () => {
    const chain = await runChain(p, "440300");
    const fresh = await p.query({ agency: "SAIC", region: "440300" }, M.refer, { input: { sourceType: "SAIC_CASE", sourceId: chain.saicCaseId, region: "440300", reason: "补充移送" } });
    const referralId = fresh.data.sendReferral.id;
    const missing = await p.query({ agency: "POLICE", region: "440300" }, M.decide, { input: { referralId, decision: "FILED", criminalCaseId: "00000000-0000-4000-8000-000000000000" } });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.criminalCaseId" });
    const taken = await p.query({ agency: "POLICE", region: "440300" }, M.decide, { input: { referralId, decision: "FILED", criminalCaseId: chain.criminalCaseId } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.criminalCaseId" });
    const foreign = await p.query({ agency: "POLICE", region: "310000" }, M.decide, { input: { referralId, decision: "DECLINED", reason: "x" } });
    expect(foreign.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const byAdmin = await p.query({ agency: "SAIC", region: "440300" }, M.decide, { input: { referralId, decision: "DECLINED", reason: "x" } });
    expect(byAdmin.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const noReason = await p.query({ agency: "POLICE", region: "440300" }, M.decide, { input: { referralId, decision: "DECLINED" } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const declined = await p.query({ agency: "POLICE", region: "440300" }, M.decide, { input: { referralId, decision: "DECLINED", reason: "已并案侦查" } });
    expect(declined.data.decideReferral.status).toBe("DECLINED");
  });
});
