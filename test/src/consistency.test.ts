import { randomUUID } from "node:crypto";
import pg from "pg";
import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import { callSubgraph, identity } from "@ipr/shared/testing";
import { countStatements, startPlatform, type Platform } from "./platform";
import { M, runFullChain, today } from "./chain";

/*
 * Consistency checks on the monthly report (procuratorateIssues, courtIssues, linkageIssues). The
 * mutations refuse inconsistent data, so it is written straight into the procuratorate's, the
 * courts' and linkage's tables, referring to criminal cases, prosecutions and persons that do not
 * exist and with dates out of order; clean chains through the gateway show no false positives.
 */

let p: Platform;
let db: pg.Client;
const OFFICE = { agency: "OFFICE", region: "000000" };
const THIS_MONTH = today().slice(0, 7);
const ISSUE = `agency kind recordType recordId message`;
const ISSUES = `procuratorateIssues { ${ISSUE} } courtIssues { ${ISSUE} } linkageIssues { ${ISSUE} }`;

type Issue = { agency: string; kind: string; recordType: string; recordId: string; message: string };
type Expected = [kind: string, recordType: string, recordId: string];
/** What each list should hold, order aside. */
interface Expectation {
  procuratorateIssues: Expected[];
  courtIssues: Expected[];
  linkageIssues: Expected[];
}
const LISTS = ["procuratorateIssues", "courtIssues", "linkageIssues"] as const;
const key = ([kind, recordType, recordId]: Expected) => `${kind} ${recordType} ${recordId}`;
const keys = (issues: Issue[]) => issues.map((i) => key([i.kind, i.recordType, i.recordId])).sort();
const sorted = (e: Expected[]) => e.map(key).sort();

/** Ids of the records written below, and of the upstream facts they refer to. */
const id = () => randomUUID();
const GHOST = () => randomUUID(); // a criminal case, prosecution or person nobody filed
const STRANGER = randomUUID(); // a person who is nobody's suspect
const R = {
  arrestGhost: id(), prosecutionGhost: id(), arrestEarly: id(), prosecutionClean: id(), arrestDomestic: id(),
  arrestDisapproved: id(), notProsecuted: id(), arrestNovember: id(), prosecutionZhejiang: id(),
  trialGhost: id(), trialUnprosecuted: id(), caseJudged: id(), judgment: id(), civil: id(), trialDomestic: id(), trialNovember: id(),
  referralGhost: id(), referralEarly: id(), referralDomestic: id(), referralNovember: id(), referralFirstHour: id(), referralDeclined: id(), referralZhejiang: id(),
};
let chain: Awaited<ReturnType<typeof runFullChain>>;
let chainSuspects: string[];
let early: { id: string; suspect: string };

async function must(res: Promise<{ data?: any; errors?: unknown[] }>) {
  const r = await res;
  if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

beforeAll(async () => {
  p = await startPlatform();
  db = new pg.Client({ connectionString: p.databaseUrl });
  await db.connect();

  // clean chains this month, in Guangdong and Jiangsu: nothing to report about them
  await runFullChain(p, "SAIC_CASE", "440300");
  chain = await runFullChain(p, "SAIC_CASE", "320100");
  const traced = await must(p.query(OFFICE, `query($id: ID!) { criminalCase(id: $id) { suspects { id } } }`, { id: chain.criminalCaseId }));
  chainSuspects = traced.criminalCase.suspects.map((s: { id: string }) => s.id);

  // a criminal case the police filed in 2017-09, and a domestic right holder's SAIC case
  const police = { agency: "POLICE", region: "320100" };
  const holder = makeCreditCode("320100", 55_001);
  const filed = await must(p.query(police, M.file, { input: {
    filingNumber: "宁公经立〔2017〕9号", offence: "COUNTERFEITING_TRADEMARK", region: "320100", filedOn: "2017-09-20", amountInvolved: "120000.00",
    rightHolderCreditCode: holder, foreignInvested: true,
    suspects: [{ name: "赵敏", idNumber: makeIdNumber("320100", "1982-02-02", 7), caughtOn: "2017-09-21" }] } }));
  early = { id: filed.fileCriminalCase.id, suspect: filed.fileCriminalCase.suspects[0].id };
  const saic = { agency: "SAIC", region: "320100" };
  const domesticHolder = makeCreditCode("320100", 55_002);
  await must(p.query(saic, M.register, { input: { creditCode: domesticHolder, name: "内资企业", foreignInvested: false, region: "320100" } }));
  const domestic = await must(p.query(saic, M.saicCase, { input: {
    caseNumber: "宁工商处字〔2017〕2号", category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region: "320100", openedOn: "2017-10-02",
    rightHolderCreditCode: domesticHolder, foreignInvested: false, amountInvolved: "90000.00" } }));
  const domesticCase = domestic.createSaicCase.id as string;

  // procuratorate: decisions counted in Jiangsu 2017-10 unless said otherwise
  const decision = async (table: "arrest_review" | "prosecution", rid: string, caseId: string, decision: string, decidedOn: string, region: string, foreign: boolean, persons: string[]) => {
    await db.query(`insert into procuratorate.${table} (id, criminal_case_id, decided_on, region, foreign_invested, created_at, decision) values ($1, $2, $3, $4, $5, now(), $6)`,
      [rid, caseId, decidedOn, region, foreign, decision]);
    const [child, fk] = table === "arrest_review" ? ["arrest_review_person", "arrest_review_id"] : ["prosecution_defendant", "prosecution_id"];
    for (const [position, person] of persons.entries())
      await db.query(`insert into procuratorate.${child} (id, ${fk}, person_id, position) values ($1, $2, $3, $4)`, [randomUUID(), rid, person, position]);
  };
  await decision("arrest_review", R.arrestGhost, GHOST(), "APPROVED", "2017-10-10", "320105", true, [GHOST()]);
  await decision("prosecution", R.prosecutionGhost, GHOST(), "PROSECUTED", "2017-10-11", "320100", true, [GHOST()]);
  // decided in 2017-10 on a case the police filed only this month, for one suspect and one stranger
  await decision("arrest_review", R.arrestEarly, chain.criminalCaseId, "APPROVED", "2017-10-12", "320100", true, [chainSuspects[0], STRANGER]);
  await decision("prosecution", R.prosecutionClean, early.id, "PROSECUTED", "2017-10-20", "320100", true, [early.suspect]);
  await decision("arrest_review", R.arrestDomestic, GHOST(), "APPROVED", "2017-10-13", "320100", false, [GHOST()]);
  await decision("arrest_review", R.arrestDisapproved, GHOST(), "DISAPPROVED", "2017-10-14", "320100", true, [GHOST()]);
  await decision("prosecution", R.notProsecuted, early.id, "NOT_PROSECUTED", "2017-09-25", "320100", true, [early.suspect]);
  await decision("arrest_review", R.arrestNovember, GHOST(), "APPROVED", "2017-11-03", "320100", true, [GHOST()]);
  await decision("prosecution", R.prosecutionZhejiang, GHOST(), "PROSECUTED", "2017-10-15", "330100", true, [GHOST()]);

  // courts
  let serial = 0;
  const courtCase = (cid: string, kind: string, filedOn: string, region: string, prosecutionId: string | null, foreign = true) =>
    db.query(`insert into courts.court_case (id, case_number, kind, region, filed_on, ip_type, prosecution_id, foreign_invested, created_at) values ($1, $2, $3, $4, $5, 'TRADEMARK', $6, $7, now())`,
      [cid, `（2017）苏01刑初${++serial}号`, kind, region, filedOn, prosecutionId, foreign]);
  await courtCase(R.trialGhost, "CRIMINAL", "2017-10-16", "320100", GHOST());
  await courtCase(R.trialUnprosecuted, "CRIMINAL", "2017-10-17", "320100", R.notProsecuted);
  await courtCase(R.caseJudged, "CRIMINAL", "2017-09-28", "320100", chain.prosecutionId);
  await courtCase(R.civil, "CIVIL", "2017-10-19", "320100", null);
  await courtCase(R.trialDomestic, "CRIMINAL", "2017-10-20", "320100", GHOST(), false);
  await courtCase(R.trialNovember, "CRIMINAL", "2017-11-02", "320100", GHOST());
  await db.query(`insert into courts.judgment (id, court_case_id, region, decided_on, verdict, fine, created_at) values ($1, $2, '320100', '2017-10-18', 'GUILTY', 50000, now())`, [R.judgment, R.caseJudged]);
  for (const [position, person] of [chainSuspects[0], STRANGER].entries())
    await db.query(`insert into courts.sentence (id, judgment_id, person_id, region, position, prison_months) values ($1, $2, $3, '320100', $4, 24)`, [randomUUID(), R.judgment, person, position]);

  // linkage: referrals decided FILED (China time decides the month)
  const referral = (rid: string, sentAt: string, decidedAt: string, caseId: string | null, opts: { source?: string; status?: string; region?: string } = {}) =>
    db.query(`insert into linkage.referral (id, source_type, source_id, from_agency, region, reason, sent_at, status, decided_at, criminal_case_id)
      values ($1, 'SAIC_CASE', $2, 'SAIC', $3, '涉嫌犯罪', $4, $5, $6, $7)`,
      [rid, opts.source ?? chain.sourceId, opts.region ?? "320100", sentAt, opts.status ?? "FILED", decidedAt, caseId]);
  await referral(R.referralGhost, "2017-10-20T09:00:00+08:00", "2017-10-21T10:00:00+08:00", GHOST());
  await referral(R.referralEarly, "2017-10-10T09:00:00+08:00", "2017-10-12T10:00:00+08:00", early.id);
  await referral(R.referralDomestic, "2017-10-03T09:00:00+08:00", "2017-10-04T10:00:00+08:00", GHOST(), { source: domesticCase });
  await referral(R.referralNovember, "2017-10-30T09:00:00+08:00", "2017-10-31T16:30:00Z", GHOST()); // 2017-11-01 00:30 in China
  await referral(R.referralFirstHour, "2017-09-29T09:00:00+08:00", "2017-09-30T16:30:00Z", GHOST()); // 2017-10-01 00:30 in China
  await referral(R.referralDeclined, "2017-10-05T09:00:00+08:00", "2017-10-06T10:00:00+08:00", null, { status: "DECLINED" });
  await referral(R.referralZhejiang, "2017-10-05T09:00:00+08:00", "2017-10-06T10:00:00+08:00", GHOST(), { region: "330100" });
});
afterAll(async () => {
  await db?.end();
  await p?.stop();
});

const report = async (who: { agency: string; region: string }, region: string, period: string, scope = "FOREIGN_INVESTED") => {
  const res = await p.query(who, `query($r: String!, $p: String!, $s: ReportScope!) { monthlyReport(region: $r, period: $p, scope: $s) { ${ISSUES} } }`, { r: region, p: period, s: scope });
  expect(res.errors).toBeUndefined();
  return res.data.monthlyReport as Record<(typeof LISTS)[number], Issue[]>;
};
const expectIssues = (got: Record<(typeof LISTS)[number], Issue[]>, want: Expectation) => {
  for (const list of LISTS) expect({ list, issues: keys(got[list]) }).toEqual({ list, issues: sorted(want[list]) });
};

/** Jiangsu, 2017-10, foreign-invested scope. */
const JIANGSU_OCTOBER: Expectation = {
  procuratorateIssues: [
    ["ARREST_WITHOUT_FILED_CASE", "ArrestReview", R.arrestGhost],
    ["PROSECUTION_WITHOUT_FILED_CASE", "Prosecution", R.prosecutionGhost],
    ["DECISION_BEFORE_FILING", "ArrestReview", R.arrestEarly],
    ["PERSON_NOT_A_SUSPECT", "ArrestReview", R.arrestEarly],
  ],
  courtIssues: [
    ["TRIAL_WITHOUT_PROSECUTION", "CourtCase", R.trialGhost],
    ["TRIAL_OF_UNPROSECUTED_CASE", "CourtCase", R.trialUnprosecuted],
    ["SENTENCE_OF_NON_DEFENDANT", "Judgment", R.judgment],
  ],
  linkageIssues: [
    ["REFERRAL_FILED_WITHOUT_CASE", "Referral", R.referralGhost],
    ["CASE_FILED_BEFORE_REFERRAL", "Referral", R.referralEarly],
    ["REFERRAL_FILED_WITHOUT_CASE", "Referral", R.referralFirstHour],
  ],
};

describe("consistency checks on the monthly report", () => {
  test("each kind of inconsistency is flagged on the report that counts the record, with the agency to correct it", async () => {
    const got = await report(OFFICE, "320000", "2017-10");
    expectIssues(got, JIANGSU_OCTOBER);
    const all = [...got.procuratorateIssues, ...got.courtIssues, ...got.linkageIssues];
    const by = (kind: string) => all.find((i) => i.kind === kind)!;
    expect(new Set(got.procuratorateIssues.map((i) => i.agency))).toEqual(new Set(["PROCURATORATE"]));
    expect(new Set(got.courtIssues.map((i) => i.agency))).toEqual(new Set(["COURTS"]));
    expect(new Set(got.linkageIssues.map((i) => i.agency))).toEqual(new Set(["POLICE"])); // the police record the decision to file
    expect(by("PERSON_NOT_A_SUSPECT").message).toContain(STRANGER);
    expect(by("PERSON_NOT_A_SUSPECT").message).toContain(chain.criminalCaseId);
    expect(by("DECISION_BEFORE_FILING").message).toContain(`2017-10-12 precedes the filing of criminal case ${chain.criminalCaseId} on ${today()}`);
    expect(by("SENTENCE_OF_NON_DEFENDANT").message).toContain(STRANGER); // the real defendant sentenced alongside is not flagged
    expect(all.filter((i) => i.kind === "SENTENCE_OF_NON_DEFENDANT")).toHaveLength(1);
    expect(by("TRIAL_OF_UNPROSECUTED_CASE").message).toContain("NOT_PROSECUTED");
    expect(by("CASE_FILED_BEFORE_REFERRAL").message).toContain(`criminal case ${early.id}, filed earlier on 2017-09-20`);
  });

  test("records outside the scope, region or month, and records the line does not count, are not flagged there", async () => {
    // ALL adds the domestic right holders' records (linkage asks the source case's owner)
    const all = await report(OFFICE, "320000", "2017-10", "ALL");
    expectIssues(all, {
      procuratorateIssues: [...JIANGSU_OCTOBER.procuratorateIssues, ["ARREST_WITHOUT_FILED_CASE", "ArrestReview", R.arrestDomestic]],
      courtIssues: [...JIANGSU_OCTOBER.courtIssues, ["TRIAL_WITHOUT_PROSECUTION", "CourtCase", R.trialDomestic]],
      linkageIssues: [...JIANGSU_OCTOBER.linkageIssues, ["REFERRAL_FILED_WITHOUT_CASE", "Referral", R.referralDomestic]],
    });
    // the next month: decidedOn / filedOn / decidedAt (China time: 2017-11-01 00:30) in November
    expectIssues(await report(OFFICE, "320000", "2017-11"), {
      procuratorateIssues: [["ARREST_WITHOUT_FILED_CASE", "ArrestReview", R.arrestNovember]],
      courtIssues: [["TRIAL_WITHOUT_PROSECUTION", "CourtCase", R.trialNovember]],
      linkageIssues: [["REFERRAL_FILED_WITHOUT_CASE", "Referral", R.referralNovember]],
    });
    // another province, and a city inside Jiangsu
    expectIssues(await report(OFFICE, "330000", "2017-10"), {
      procuratorateIssues: [["PROSECUTION_WITHOUT_FILED_CASE", "Prosecution", R.prosecutionZhejiang]],
      courtIssues: [],
      linkageIssues: [["REFERRAL_FILED_WITHOUT_CASE", "Referral", R.referralZhejiang]],
    });
    const nanjing = await report(OFFICE, "320100", "2017-10");
    expect(keys(nanjing.procuratorateIssues)).toEqual(sorted(JIANGSU_OCTOBER.procuratorateIssues)); // 320105 is inside 320100
    // the nation sees Jiangsu's and Zhejiang's October
    const national = await report(OFFICE, "000000", "2017-10");
    expect(keys(national.procuratorateIssues)).toEqual(sorted([...JIANGSU_OCTOBER.procuratorateIssues, ["PROSECUTION_WITHOUT_FILED_CASE", "Prosecution", R.prosecutionZhejiang]]));
  });

  test("clean chains through the gateway produce no issues", async () => {
    for (const region of ["440000", "320000", "000000"]) {
      const got = await report(OFFICE, region, THIS_MONTH, "ALL");
      for (const list of LISTS) expect({ region, list, issues: got[list] }).toEqual({ region, list, issues: [] });
    }
    expectIssues(await report(OFFICE, "440000", "2017-10", "ALL"), { procuratorateIssues: [], courtIssues: [], linkageIssues: [] });
  });

  test("an agency's officer in the region sees the same issues as the national office", async () => {
    for (const agency of ["PROCURATORATE", "COURTS", "SAIC"]) expectIssues(await report({ agency, region: "320000" }, "320000", "2017-10"), JIANGSU_OCTOBER);
  });

  test("1 report and 32 reports cost each subgraph the same SQL statements and peer calls", async () => {
    const ONE = `{ monthlyReport(region: "000000", period: "2017-10") { region ${ISSUES} } }`;
    const MANY = `{ monthlyReports(from: "2017-10", to: "2017-10") { region ${ISSUES} } }`;
    let one: any, many: any;
    const single = await countStatements(p, async () => (one = await p.query(OFFICE, ONE)));
    const all = await countStatements(p, async () => (many = await p.query(OFFICE, MANY)));
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data.monthlyReports).toHaveLength(32);
    expect(all).toEqual(single);
    // one statement finds the counted records of all 32 keys; their peers' work is counted in the peers
    expect(all.courts).toBe(1);
    expect(all.linkage).toBe(1);
    // the 32 provinces' issues are the nation's, each on its own province's report
    for (const list of LISTS) {
      const union = many.data.monthlyReports.flatMap((r: any) => r[list]);
      expect(keys(union)).toEqual(keys(one.data.monthlyReport[list]));
    }
    const jiangsu = many.data.monthlyReports.find((r: any) => r.region === "320000");
    expectIssues(jiangsu, JIANGSU_OCTOBER);
    expect(many.data.monthlyReports.filter((r: any) => LISTS.some((l) => r[l].length)).map((r: any) => r.region).sort()).toEqual(["320000", "330000"]);
  });

  test("a caller outside the report's region is refused, by the gateway's root field and by each contributing subgraph", async () => {
    const zhejiang = { agency: "PROCURATORATE", region: "330000" };
    const res = await p.query(zhejiang, `{ monthlyReport(region: "320000", period: "2017-10") { ${ISSUES} } }`);
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(res.data).toBeNull();
    // the subgraphs check the report key themselves (checkReportKey), whoever asks them
    const fields = { procuratorate: "procuratorateIssues", courts: "courtIssues", linkage: "linkageIssues" };
    for (const [name, field] of Object.entries(fields))
      for (const region of ["320000", "000000"]) {
        const direct = await callSubgraph(p.subgraphs[name].url, identity("PROCURATORATE", "330000"),
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on MonthlyReport { ${field} { kind } } } }`,
          { r: [{ __typename: "MonthlyReport", region, period: "2017-10", scope: "FOREIGN_INVESTED" }] });
        expect({ name, region, error: direct.errors?.[0].extensions }).toMatchObject({ name, region, error: { code: "FORBIDDEN", field: "region" } });
      }
  });
});
