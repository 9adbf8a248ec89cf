import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import { platformForFile } from "./platform";
import { CRIMINAL, M, runFullChain, today } from "./chain";
import { expectedTally } from "./tally-sql";

/**
 * Corrections and withdrawals along the criminal chain, through the gateway: each owner corrects its
 * record, the agencies whose records rely on it are asked first (procuratorate and linkage for a
 * criminal case, the courts for a prosecution, the court's own judgment for a court case), and a
 * withdrawn record leaves lookups, lists, the chain's trace and the monthly table, which still
 * equals the plain-SQL count.
 */
const p = platformForFile();

const REGION = "440300";
const POLICE = { agency: "POLICE", region: REGION, sub: "sz-police" };
const PROCURATOR = { agency: "PROCURATORATE", region: REGION };
const COURT = { agency: "COURTS", region: REGION };
const OFFICE = { agency: "OFFICE", region: "000000" };

const CORRECT = {
  CriminalCase: `mutation($input: CorrectCriminalCaseInput!) { correctCriminalCase(input: $input) { id amountInvolved history { version action actor reason changes { field from to } } } }`,
  Prosecution: `mutation($input: CorrectProsecutionInput!) { correctProsecution(input: $input) { id charges } }`,
  CourtCase: `mutation($input: CorrectCourtCaseInput!) { correctCourtCase(input: $input) { id ipType } }`,
};
const withdraw = (type: string) => `mutation($input: WithdrawRecordInput!) { withdraw${type}(input: $input) { id } }`;
const errorOf = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions;
const ok = <T>(res: { data?: T; errors?: unknown[] }): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const dependentsOf = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
  (errorOf(res)?.dependents as Array<{ type: string; subgraph: string }>).map((d) => `${d.type}@${d.subgraph}`).sort();

const TRACE = `query($id: ID!) { criminalCase(id: $id) {
  id arrestReviews { id } prosecutions { id courtCases { id judgment { id sentences { prisonMonths } } } } } }`;
const TABLE = `police { casesFiled suspectsCaught amountInvolved } procuratorate { arrestApprovedCases arrestApprovedPersons prosecutedCases prosecutedPersons }
  courts { casesFiled judgments defendantsSentenced }`;
async function table(period: string) {
  const res = ok(await p.query(OFFICE, `query($p: String!) { monthlyReport(region: "${REGION}", period: $p, scope: ALL) { ${TABLE} } }`, { p: period })) as any;
  const expected = await expectedTally(p.sql, REGION, period, "ALL");
  const report = res.monthlyReport;
  // the federated table equals the plain-SQL count, withdrawn records left out of both
  expect(report).toEqual({ police: expected.police, procuratorate: expected.procuratorate, courts: expected.courts });
  return report;
}

describe("corrections along the criminal chain", () => {
  test("each link is corrected by its owner; what a later link relies on, and withdrawal, are refused until the later link goes", async () => {
    const chain = await runFullChain(p, "SAIC_CASE", REGION);

    // the criminal case: the procuratorate's decisions and linkage's referral rely on its filing date
    const early = await p.query(POLICE, CORRECT.CriminalCase, { input: { id: chain.criminalCaseId, reason: "立案日期录入错误", filedOn: "2017-10-01" } });
    expect(errorOf(early)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filedOn", reason: "DEPENDENT_RECORDS" });
    expect(dependentsOf(early)).toEqual(["ArrestReview@procuratorate", "Prosecution@procuratorate", "Referral@linkage"]);
    const amount = ok(await p.query(POLICE, CORRECT.CriminalCase, { input: { id: chain.criminalCaseId, reason: "涉案金额按审计报告更正", amountInvolved: "270000" } })) as any;
    expect(amount.correctCriminalCase).toMatchObject({
      amountInvolved: "270000.00",
      history: [{ version: 1, action: "CORRECTED", actor: "sz-police", reason: "涉案金额按审计报告更正", changes: [{ field: "amountInvolved", from: "260000.00", to: "270000.00" }] }],
    });
    expect(errorOf(await p.query(POLICE, withdraw("CriminalCase"), { input: { id: chain.criminalCaseId, reason: "撤销" } }))).toMatchObject({ field: "input.id", reason: "DEPENDENT_RECORDS" });

    // the prosecution: the court case trying it relies on its decision
    const dropped = await p.query(PROCURATOR, `mutation($input: CorrectProsecutionInput!) { correctProsecution(input: $input) { id } }`, { input: { id: chain.prosecutionId, reason: "更正", decision: "NOT_PROSECUTED" } });
    expect(errorOf(dropped)).toMatchObject({ field: "input.decision", reason: "DEPENDENT_RECORDS" });
    expect(dependentsOf(dropped)).toEqual(["CourtCase@courts"]);
    expect((ok(await p.query(PROCURATOR, CORRECT.Prosecution, { input: { id: chain.prosecutionId, reason: "罪名更正", charges: "假冒注册商标罪" } })) as any).correctProsecution.charges).toBe("假冒注册商标罪");
    expect(errorOf(await p.query(PROCURATOR, withdraw("Prosecution"), { input: { id: chain.prosecutionId, reason: "撤销" } }))).toMatchObject({ reason: "DEPENDENT_RECORDS" });

    // the court case: its judgment relies on it
    expect(errorOf(await p.query(COURT, withdraw("CourtCase"), { input: { id: chain.courtCaseId, reason: "撤销" } }))).toMatchObject({ reason: "DEPENDENT_RECORDS", dependents: [{ type: "Judgment", subgraph: "courts" }] });
    expect((ok(await p.query(COURT, CORRECT.CourtCase, { input: { id: chain.courtCaseId, reason: "案由更正", ipType: "TRADEMARK" } })) as any).correctCourtCase.ipType).toBe("TRADEMARK");

    // the refusals every owner shares
    const refusals: Array<[string, object, object, string, string | undefined]> = [
      ["another agency", { agency: "SAIC", region: REGION }, {}, "FORBIDDEN", undefined],
      ["another region", { agency: "POLICE", region: "440100" }, {}, "NOT_FOUND", "input.id"],
      ["no reason", POLICE, { reason: "" }, "BAD_USER_INPUT", "input.reason"],
    ];
    for (const [, who, over, code, field] of refusals) {
      const res = await p.query(who as typeof POLICE, CORRECT.CriminalCase, { input: { id: chain.criminalCaseId, reason: "更正", amountInvolved: "1", ...over } });
      expect(errorOf(res)).toMatchObject({ code, ...(field ? { field } : {}) });
    }

    // unwound from the end, each link goes once nothing relies on it
    const month = today().slice(0, 7);
    const before = await table(month);
    const trace = async () => (ok(await p.query(POLICE, TRACE, { id: chain.criminalCaseId })) as any).criminalCase;
    const { judgment } = (await trace()).prosecutions[0].courtCases[0];
    expect(judgment.sentences).toHaveLength(2);
    ok(await p.query(COURT, withdraw("Judgment"), { input: { id: judgment.id, reason: "判决录入错误" } }));
    expect((await trace()).prosecutions[0].courtCases).toEqual([{ id: chain.courtCaseId, judgment: null }]);
    ok(await p.query(COURT, withdraw("CourtCase"), { input: { id: chain.courtCaseId, reason: "重复立案" } }));
    expect((await trace()).prosecutions[0].courtCases).toEqual([]);
    ok(await p.query(PROCURATOR, withdraw("Prosecution"), { input: { id: chain.prosecutionId, reason: "录入错误" } }));
    expect((await trace()).prosecutions).toEqual([]);
    const after = await table(month);
    expect(after.courts).toEqual({ casesFiled: before.courts.casesFiled - 1, judgments: before.courts.judgments - 1, defendantsSentenced: before.courts.defendantsSentenced - 2 });
    expect(after.procuratorate.prosecutedCases).toBe(before.procuratorate.prosecutedCases - 1);

    // the arrest review still names the case, and the referral the police decided FILED names it for good
    const [review] = (await trace()).arrestReviews;
    ok(await p.query(PROCURATOR, withdraw("ArrestReview"), { input: { id: review.id, reason: "录入错误" } }));
    const still = await p.query(POLICE, withdraw("CriminalCase"), { input: { id: chain.criminalCaseId, reason: "撤销" } });
    expect(dependentsOf(still)).toEqual(["Referral@linkage"]);
    // withdrawn records cannot be corrected or withdrawn again
    expect(errorOf(await p.query(PROCURATOR, withdraw("Prosecution"), { input: { id: chain.prosecutionId, reason: "再撤" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    expect(errorOf(await p.query(COURT, CORRECT.CourtCase, { input: { id: chain.courtCaseId, reason: "更正", ipType: "PATENT" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
    expect((ok(await p.query(PROCURATOR, `query($id: ID!) { prosecutionHistory(id: $id) { version action } }`, { id: chain.prosecutionId })) as any).prosecutionHistory)
      .toEqual([{ version: 1, action: "CORRECTED" }, { version: 2, action: "WITHDRAWN" }]);
  });

  test("a criminal case filed in error is withdrawn: it leaves lookups, lists, counts, clusters and the monthly table", async () => {
    const month = today().slice(0, 7);
    const file = async (n: number, region = REGION) =>
      (ok(await p.query({ agency: "POLICE", region: "440000" }, M.file, { input: {
        filingNumber: `公撤-${region}-${n}`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: today(), amountInvolved: "50000.00",
        rightHolderCreditCode: makeCreditCode(region, 70_000 + n), foreignInvested: false,
        suspects: [{ name: "赵六", idNumber: makeIdNumber(region, "1990-02-02", 70_000 + n), caughtOn: today() }],
      } })) as any).fileCriminalCase as { id: string; suspects: Array<{ id: string }> };
    const wrong = await file(1);
    const other = await file(2, "440100");
    const count = async () => (ok(await p.query(POLICE, `{ criminalCases(first: 1) { totalCount } }`)) as any).criminalCases.totalCount;
    const before = { count: await count(), table: await table(month) };

    // an arrest review names it: withdrawn first, then the case
    const review = (ok(await p.query(PROCURATOR, CRIMINAL.arrest, { input: {
      criminalCaseId: wrong.id, personIds: [wrong.suspects[0].id], decision: "APPROVED", decidedOn: today(), region: REGION, foreignInvested: false } })) as any).recordArrestReview.id;
    expect(dependentsOf(await p.query(POLICE, withdraw("CriminalCase"), { input: { id: wrong.id, reason: "撤销" } }))).toEqual(["ArrestReview@procuratorate"]);
    ok(await p.query(PROCURATOR, withdraw("ArrestReview"), { input: { id: review, reason: "案件撤销" } }));
    // a cluster holding it is withdrawn too
    const cluster = (ok(await p.query({ agency: "POLICE", region: "440000" }, `mutation($input: CreateCaseClusterInput!) { createCaseCluster(input: $input) { id } }`, {
      input: { name: "撤销测试集群", leadRegion: "440000", memberCaseIds: [wrong.id, other.id] } })) as any).createCaseCluster.id;
    expect(dependentsOf(await p.query(POLICE, withdraw("CriminalCase"), { input: { id: wrong.id, reason: "撤销" } }))).toEqual(["CaseCluster@police"]);
    ok(await p.query({ agency: "POLICE", region: "440000" }, withdraw("CaseCluster"), { input: { id: cluster, reason: "战役取消" } }));
    ok(await p.query(POLICE, withdraw("CriminalCase"), { input: { id: wrong.id, reason: "不构成犯罪，撤销案件" } }));

    expect((ok(await p.query(POLICE, `query($id: ID!) { criminalCase(id: $id) { id } }`, { id: wrong.id })) as any).criminalCase).toBeNull();
    expect((ok(await p.query(PROCURATOR, `query($id: ID!) { person(id: $id) { id } }`, { id: wrong.suspects[0].id })) as any).person).toBeNull();
    expect((ok(await p.query(PROCURATOR, `query($id: ID!) { arrestReview(id: $id) { id } }`, { id: review })) as any).arrestReview).toBeNull();
    expect(await count()).toBe(before.count - 1);
    const after = await table(month);
    expect(after.police).toMatchObject({ casesFiled: before.table.police.casesFiled - 1, suspectsCaught: before.table.police.suspectsCaught - 1 });
    expect((ok(await p.query(POLICE, `query($id: ID!) { criminalCaseHistory(id: $id) { action reason } }`, { id: wrong.id })) as any).criminalCaseHistory)
      .toEqual([{ action: "WITHDRAWN", reason: "不构成犯罪，撤销案件" }]);
    expect(errorOf(await p.query(POLICE, CORRECT.CriminalCase, { input: { id: wrong.id, reason: "更正", amountInvolved: "1" } }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
  });
});
