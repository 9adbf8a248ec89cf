import { countStatements, startPlatform, type Platform } from "./platform";
import { makeCreditCode } from "@ipr/shared";
import { M, OPENERS, runFullChain, today } from "./chain";

let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

/** From the admin case to the judgment: every hop owned by another agency, one query. */
const CHAIN = `referrals { status criminalCase { filingNumber
  arrestReviews { decision persons { name } }
  prosecutions { decision courtCases { caseNumber judgment { verdict fine sentences { prisonMonths person { name } } } } } } }`;

describe("every admin case type traces to a court judgment through the gateway", () => {
  test.each(Object.keys(OPENERS))("%s → referral → criminal case → arrest, prosecution → trial → judgment", async (sourceType) => {
    const chain = await runFullChain(p, sourceType as keyof typeof OPENERS, "440300");
    const lookup = OPENERS[sourceType].lookup;
    const res = await p.query({ agency: "COURTS", region: "440000" }, `query($id: ID!) { ${lookup}(id: $id) { id exceedsCriminalThreshold ${CHAIN} } }`, { id: chain.sourceId });
    expect(res.errors).toBeUndefined();
    const [referral] = res.data[lookup].referrals;
    expect(referral.status).toBe("FILED");
    const { arrestReviews, prosecutions } = referral.criminalCase;
    expect(arrestReviews[0]).toMatchObject({ decision: "APPROVED", persons: [{ name: "王强" }, { name: "陈静" }] });
    expect(prosecutions[0].decision).toBe("PROSECUTED");
    const judgment = prosecutions[0].courtCases[0].judgment;
    expect(judgment).toMatchObject({ verdict: "GUILTY", fine: "100000.00" });
    expect(judgment.sentences.map((s: any) => [s.person.name, s.prisonMonths])).toEqual([["王强", 36], ["陈静", 24]]);
  });

  test("the answer to exceedsCriminalThreshold follows the rule of each case type", async () => {
    const res = await p.query({ agency: "OFFICE", region: "000000" }, `{
      saicCases(first: 1) { edges { node { exceedsCriminalThreshold } } }
      plantVarietyCases(first: 1) { edges { node { exceedsCriminalThreshold } } }
      copyrightCases(first: 1) { edges { node { exceedsCriminalThreshold } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.saicCases.edges[0].node.exceedsCriminalThreshold).toBe(true); // 260,000 yuan of counterfeits
    expect(res.data.copyrightCases.edges[0].node.exceedsCriminalThreshold).toBe(true); // 1,800 copies
    expect(res.data.plantVarietyCases.edges[0].node.exceedsCriminalThreshold).toBeNull(); // no threshold kept for seeds
  });

  test("SQL statements per subgraph for the whole chain do not grow with the number of cases", async () => {
    await runFullChain(p, "SAIC_CASE", "440600");
    for (let i = 0; i < 12; i++) await runFullChain(p, "SAIC_CASE", "441900");
    const LIST = `query($region: String!) { saicCases(first: 50, filter: { region: $region }) { edges { node {
      caseNumber exceedsCriminalThreshold rightHolder { name } ${CHAIN} } } } }`;
    const who = { agency: "COURTS", region: "440000" };
    let few: any, many: any;
    const one = await countStatements(p, async () => (few = await p.query(who, LIST, { region: "440600" })));
    const twelve = await countStatements(p, async () => (many = await p.query(who, LIST, { region: "441900" })));
    expect(few.errors).toBeUndefined();
    expect(few.data.saicCases.edges).toHaveLength(1);
    expect(many.data.saicCases.edges).toHaveLength(12);
    expect(twelve).toEqual(one);
  });
});

describe("cases over the criminal threshold that were never referred", () => {
  test("lists the fined-not-prosecuted cases of a type and window, not the referred ones nor those below the threshold", async () => {
    const region = "440100";
    const holder = makeCreditCode(region, 77_001);
    await p.query({ agency: "SAIC", region }, M.register, { input: { creditCode: holder, name: "某外资企业", foreignInvested: true, investorCountry: "US", region } });
    const notReferred = await OPENERS.SAIC_CASE.open(p, region, holder, 901);
    const referred = (await runFullChain(p, "SAIC_CASE", region)).sourceId;
    const small = await p.query({ agency: "SAIC", region }, M.saicCase, { input: {
      caseNumber: "穗-小额-1", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region, openedOn: "2017-10-20",
      rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "8000.00" } });
    expect(small.errors).toBeUndefined();
    const Q = `query($from: Date!, $to: Date!) { casesOverThresholdNotReferred(sourceType: SAIC_CASE, region: "440100", from: $from, to: $to) {
      __typename ... on SaicCase { id amountInvolved referrals { id } } } }`;
    const res = await p.query({ agency: "OFFICE", region: "000000" }, Q, { from: "2017-09-01", to: "2017-12-31" });
    expect(res.errors).toBeUndefined();
    const ids = res.data.casesOverThresholdNotReferred.map((c: any) => c.id);
    expect(ids).toContain(notReferred);
    expect(ids).not.toContain(referred);
    expect(ids).not.toContain(small.data.createSaicCase.id);
    expect(res.data.casesOverThresholdNotReferred.every((c: any) => c.__typename === "SaicCase" && c.referrals.length === 0)).toBe(true);

    const tooLong = await p.query({ agency: "OFFICE", region: "000000" }, Q, { from: "2016-01-01", to: today() });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const elsewhere = await p.query({ agency: "SAIC", region: "330000" }, Q, { from: "2017-09-01", to: "2017-12-31" });
    expect(elsewhere.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
