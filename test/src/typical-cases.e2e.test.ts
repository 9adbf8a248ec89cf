import { makeCreditCode } from "@ipr/shared";
import { startPlatform, token, type Platform } from "./platform";
import { runFullChain } from "./chain";

/**
 * Typical cases (典型案例) tied to the records they are about, through the real gateway: the figures
 * come from the record's owner (never retyped) and follow it; publication once, never in the future;
 * the monthly table takes them from the records; refusals write nothing.
 */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

const GD = { agency: "OFFICE", region: "440000" };
const ZJ = { agency: "OFFICE", region: "330000" };
const NATION = { agency: "OFFICE", region: "000000" };
const FIGURES = `figures { agency caseNumber region date amountInvolved foreignInvested campaign outcome }`;
const REPORT = `mutation($input: ReportTypicalCaseInput!) { reportTypicalCase(input: $input) {
  id agency campaign recordType publicationStatus publishedOn outlet ${FIGURES} } }`;
const PUBLISH = `mutation($input: PublishTypicalCaseInput!) { publishTypicalCase(input: $input) { id publicationStatus publishedOn outlet publishedBy } }`;
const typical = (over: Record<string, unknown>) => ({ region: "440000", period: "2017-10", title: "典型案例", summary: "案情简述", ...over });
const count = async () => must(await p.query(NATION, `{ typicalCases { totalCount } }`)).typicalCases.totalCount as number;
const refusal = async (who: typeof GD, mutation: string, input: Record<string, unknown>) => (await p.query(who, mutation, { input })).errors?.[0].extensions;

let chain: Awaited<ReturnType<typeof runFullChain>>;
let domesticCaseId: string;
beforeAll(async () => {
  chain = await runFullChain(p, "SAIC_CASE", "440300");
  const holder = makeCreditCode("440300", 77_001);
  must(await p.query({ agency: "SAIC", region: "440300" }, `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`, {
    input: { creditCode: holder, name: "内资企业", foreignInvested: false, region: "440300" } }));
  domesticCaseId = must(await p.query({ agency: "SAIC", region: "440300" }, `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`, { input: {
    caseNumber: "深市监立字〔2017〕内1号", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "440300", openedOn: "2017-09-12",
    rightHolderCreditCode: holder, foreignInvested: false, amountInvolved: "45000.00" } })).createSaicCase.id;
});

describe("typical cases tied to their records", () => {
  test("each kind of record on the chain: the figures are the owner's, and follow the record when it is closed", async () => {
    const admin = must(await p.query(GD, REPORT, { input: typical({ recordType: "SAIC_CASE", recordId: chain.sourceId, title: "深圳查处假冒注册商标案" }) })).reportTypicalCase;
    expect(admin).toMatchObject({
      agency: "SAIC", campaign: null, recordType: "SAIC_CASE", publicationStatus: "UNPUBLISHED", publishedOn: null, outlet: null,
      figures: { agency: "SAIC", region: "440300", date: "2017-10-09", amountInvolved: "260000.00", foreignInvested: true, campaign: null, outcome: null },
    });
    expect(admin.figures.caseNumber).toMatch(/^SAIC-440300-/);

    // the owner closes its case: the typical case shows the outcome without anyone retyping it
    must(await p.query({ agency: "SAIC", region: "440300" }, `mutation($input: CloseAdminCaseInput!) { closeSaicCase(input: $input) { id } }`, {
      input: { caseId: chain.sourceId, closedOn: "2017-11-20", outcome: "PENALISED", penaltyDecisionNumber: "深市监罚字〔2017〕9号", fine: "50000" } }));
    const read = must(await p.query(NATION, `query($id: ID!) { typicalCase(id: $id) { ${FIGURES}
      record { __typename ... on SaicCase { id closedOn penaltyDecisionNumber } } } }`, { id: admin.id })).typicalCase;
    expect(read.figures.outcome).toBe("PENALISED");
    expect(read.record).toEqual({ __typename: "SaicCase", id: chain.sourceId, closedOn: "2017-11-20", penaltyDecisionNumber: "深市监罚字〔2017〕9号" });

    const criminal = must(await p.query(GD, REPORT, { input: typical({ recordType: "CRIMINAL_CASE", recordId: chain.criminalCaseId }) })).reportTypicalCase;
    expect(criminal.figures).toMatchObject({ agency: "POLICE", region: "440300", amountInvolved: "260000.00", foreignInvested: true, outcome: null });
    expect(criminal.figures.caseNumber).toMatch(/^公立-SAIC_CASE-440300-/);
    const prosecution = must(await p.query(GD, REPORT, { input: typical({ recordType: "PROSECUTION", recordId: chain.prosecutionId }) })).reportTypicalCase;
    expect(prosecution.figures).toMatchObject({ agency: "PROCURATORATE", caseNumber: null, amountInvolved: null, foreignInvested: true, outcome: "PROSECUTED" });
    const court = must(await p.query(GD, REPORT, { input: typical({ recordType: "COURT_CASE", recordId: chain.courtCaseId }) })).reportTypicalCase;
    expect(court.figures).toMatchObject({ agency: "COURTS", foreignInvested: true, outcome: "GUILTY" });
    const courtRecord = must(await p.query(NATION, `query($id: ID!) { typicalCase(id: $id) { record { ... on CourtCase { judgment { verdict } prosecution { id } } } } }`, { id: court.id }));
    expect(courtRecord.typicalCase.record).toEqual({ judgment: { verdict: "GUILTY" }, prosecution: { id: chain.prosecutionId } });
  });

  test("the monthly table takes its typical cases from the records: a domestic record stays out of the foreign-invested table", async () => {
    const domestic = must(await p.query(GD, REPORT, { input: typical({ recordType: "SAIC_CASE", recordId: domesticCaseId, period: "2017-09" }) })).reportTypicalCase;
    expect(domestic.figures.foreignInvested).toBe(false);
    const foreign = must(await p.query(GD, REPORT, { input: typical({ recordType: "CRIMINAL_CASE", recordId: chain.criminalCaseId, period: "2017-09" }) })).reportTypicalCase;
    const legacy = must(await p.query(GD, REPORT, { input: typical({ agency: "CUSTOMS", campaign: "FOREIGN_INVESTED_IP_2017", period: "2017-09" }) })).reportTypicalCase;
    expect(legacy).toMatchObject({ agency: "CUSTOMS", campaign: "FOREIGN_INVESTED_IP_2017", recordType: null, figures: null });
    const table = async (scope: string) => must(await p.query(GD, `query($s: ReportScope!) { monthlyReport(region: "440000", period: "2017-09", scope: $s) {
      typicalCases { id figures { caseNumber foreignInvested } } } }`, { s: scope })).monthlyReport.typicalCases.map((c: any) => c.id);
    expect(await table("ALL")).toEqual([domestic.id, foreign.id, legacy.id]);
    expect(await table("FOREIGN_INVESTED")).toEqual([foreign.id, legacy.id]);

    // the exported table prints each typical case with its record's figures
    const base = p.gateway.url.replace(/\/graphql$/, "");
    const csv = async (scope: string) => (await fetch(`${base}/reports/monthly.csv?region=440000&period=2017-09&scope=${scope}`, {
      headers: { authorization: `Bearer ${await token("OFFICE", "440000")}` } })).text();
    expect(await csv("ALL")).toContain("（案号：深市监立字〔2017〕内1号；涉案金额：45000.00元）");
    expect(await csv("FOREIGN_INVESTED")).not.toContain("深市监立字〔2017〕内1号");
  });

  test("published once, on a date not in the future, by the office of its region", async () => {
    const { id } = must(await p.query(GD, REPORT, { input: typical({ recordType: "COURT_CASE", recordId: chain.courtCaseId }) })).reportTypicalCase;
    expect(await refusal(GD, PUBLISH, { id, publishedOn: "2999-01-01", outlet: "中国知识产权报" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.publishedOn" });
    expect(await refusal(GD, PUBLISH, { id, publishedOn: "2017-13-40", outlet: "中国知识产权报" })).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await refusal(GD, PUBLISH, { id, publishedOn: "2017-11-20", outlet: "中国\u0000知识产权报" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.outlet" });
    expect(await refusal(GD, PUBLISH, { id, publishedOn: "2017-11-20", outlet: "x".repeat(201) })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.outlet" });
    expect(await refusal({ agency: "SAIC", region: "440000" }, PUBLISH, { id, publishedOn: "2017-11-20", outlet: "中国知识产权报" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(ZJ, PUBLISH, { id, publishedOn: "2017-11-20", outlet: "中国知识产权报" })).toMatchObject({ code: "NOT_FOUND", field: "input.id" });
    const unchanged = must(await p.query(GD, `query($id: ID!) { typicalCase(id: $id) { publicationStatus publishedOn outlet } }`, { id })).typicalCase;
    expect(unchanged).toEqual({ publicationStatus: "UNPUBLISHED", publishedOn: null, outlet: null });

    const published = must(await p.query(GD, PUBLISH, { input: { id, publishedOn: "2017-11-20", outlet: "中国知识产权报" } })).publishTypicalCase;
    expect(published).toMatchObject({ id, publicationStatus: "PUBLISHED", publishedOn: "2017-11-20", outlet: "中国知识产权报" });
    expect(await refusal(GD, PUBLISH, { id, publishedOn: "2017-11-21", outlet: "人民日报" })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    const list = must(await p.query(GD, `{ typicalCases(filter: { publicationStatus: PUBLISHED }) { edges { node { id outlet } } } }`)).typicalCases.edges;
    expect(list).toEqual([{ node: { id, outlet: "中国知识产权报" } }]);
  });

  test("refusals: a record unknown or out of sight, of another region, half-named, or with retyped figures; nothing written", async () => {
    const before = await count();
    const cases: Array<[string, typeof GD, Record<string, unknown>, string, string]> = [
      ["an unknown record", GD, { recordType: "SAIC_CASE", recordId: "00000000-0000-4000-8000-000000000000" }, "NOT_FOUND", "input.recordId"],
      ["a record of the wrong kind", GD, { recordType: "COURT_CASE", recordId: chain.sourceId }, "NOT_FOUND", "input.recordId"],
      ["a malformed id", GD, { recordType: "SAIC_CASE", recordId: "1' or '1'='1" }, "NOT_FOUND", "input.recordId"],
      ["a record the caller cannot see", ZJ, { region: "330000", recordType: "SAIC_CASE", recordId: chain.sourceId }, "NOT_FOUND", "input.recordId"],
      ["a record of another region than the unit's", NATION, { region: "330000", recordType: "SAIC_CASE", recordId: chain.sourceId }, "BAD_USER_INPUT", "input.recordId"],
      ["a record type without its id", GD, { recordType: "SAIC_CASE" }, "BAD_USER_INPUT", "input.recordId"],
      ["an id without its type", GD, { recordId: chain.sourceId }, "BAD_USER_INPUT", "input.recordType"],
      ["a campaign retyped beside the record", GD, { recordType: "SAIC_CASE", recordId: chain.sourceId, campaign: "THUNDER" }, "BAD_USER_INPUT", "input.campaign"],
      ["another agency than the record's", GD, { recordType: "SAIC_CASE", recordId: chain.sourceId, agency: "CUSTOMS" }, "BAD_USER_INPUT", "input.agency"],
      ["neither a record nor an agency", GD, {}, "BAD_USER_INPUT", "input.agency"],
      ["a hostile title", GD, { recordType: "SAIC_CASE", recordId: chain.sourceId, title: "标题\u0007" }, "BAD_USER_INPUT", "input.title"],
    ];
    for (const [what, who, over, code, field] of cases)
      expect([what, await refusal(who, REPORT, typical(over))]).toEqual([what, expect.objectContaining({ code, field })]);
    expect(await refusal({ agency: "SAIC", region: "440000" }, REPORT, typical({ recordType: "SAIC_CASE", recordId: chain.sourceId }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await count()).toBe(before);
  });
});
