import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import type { Platform } from "./platform";

/** Mutations of the case chain, as each agency's officer sends them through the gateway. */
export const M = {
  register: `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`,
  saicCase: `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`,
  refer: `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id status decisionDueAt overdue } }`,
  file: `mutation($input: FileCriminalCaseInput!) { fileCriminalCase(input: $input) { id suspects { id } } }`,
  decide: `mutation($input: DecideReferralInput!) { decideReferral(input: $input) { id status } }`,
};

export const TRACE = `query($id: ID!) {
  saicCase(id: $id) {
    caseNumber
    referrals { status criminalCase { filingNumber suspects { name idNumber } } }
  }
}`;

function must<T>(res: { data?: T; errors?: unknown[] }): T {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

let serial = 0;
/** Today in China: a referral is sent now, so the police file on or after today. */
export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Registers a foreign-invested right holder, opens a trademark case, refers it, files it with two suspects. */
export async function runChain(p: Platform, region: string, n = ++serial) {
  const saic = { agency: "SAIC", region };
  const police = { agency: "POLICE", region };
  const creditCode = makeCreditCode(region, 10_000 + n);
  must(await p.query(saic, M.register, { input: { creditCode, name: `外资企业${n}`, foreignInvested: true, investorCountry: "DE", region } }));
  const { createSaicCase } = must(await p.query(saic, M.saicCase, {
    input: { caseNumber: `工商-${region}-${n}`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region, openedOn: "2017-10-09", rightHolderCreditCode: creditCode, foreignInvested: true, amountInvolved: "86000.00" },
  })) as any;
  const { sendReferral } = must(await p.query(saic, M.refer, {
    input: { sourceType: "SAIC_CASE", sourceId: createSaicCase.id, region, reason: "经营额超过五万元，涉嫌假冒注册商标罪" },
  })) as any;
  const { fileCriminalCase } = must(await p.query(police, M.file, {
    input: {
      filingNumber: `公经立-${region}-${n}`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: today(), amountInvolved: "86000.00",
      rightHolderCreditCode: creditCode, foreignInvested: true,
      suspects: [
        { name: "张伟", idNumber: makeIdNumber(region, "1980-05-01", n * 2), caughtOn: today() },
        { name: "李娜", idNumber: makeIdNumber(region, "1985-07-21", n * 2 + 1), caughtOn: today() },
      ],
    },
  })) as any;
  const { decideReferral } = must(await p.query(police, M.decide, {
    input: { referralId: sendReferral.id, decision: "FILED", criminalCaseId: fileCriminalCase.id },
  })) as any;
  return { creditCode, saicCaseId: createSaicCase.id as string, referral: sendReferral, criminalCaseId: fileCriminalCase.id as string, decided: decideReferral };
}

/** How each of the six administrative agencies opens a case that can go to the police, all in one region. */
type Opener = (p: Platform, region: string, holder: string, n: number) => Promise<string>;
const open = (agency: string, mutation: string, input: string, field: string, extra: (n: number, region: string) => Record<string, unknown>): Opener =>
  async (p, region, holder, n) => {
    const base = { caseNumber: `${agency}-${region}-${n}`, region, rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "260000.00" };
    const res = must(await p.query({ agency, region }, `mutation($input: ${input}!) { ${mutation}(input: $input) { id } }`, { input: { ...base, ...extra(n, region) } })) as any;
    return res[mutation].id as string;
  };

export const OPENERS: Record<string, { lookup: string; open: Opener }> = {
  SAIC_CASE: { lookup: "saicCase", open: open("SAIC", "createSaicCase", "CreateSaicCaseInput", "openedOn", () => ({ category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", openedOn: "2017-10-09" })) },
  PATENT_CASE: { lookup: "patentCase", open: open("IPO", "createPatentCase", "CreatePatentCaseInput", "openedOn", () => ({ category: "PASSING_OFF", source: "EXHIBITION", openedOn: "2017-10-11" })) },
  COPYRIGHT_CASE: { lookup: "copyrightCase", open: open("PRESS", "createCopyrightCase", "CreateCopyrightCaseInput", "openedOn", () => ({ workType: "SOFTWARE", online: true, platformType: "APP_STORE", copies: 1800, openedOn: "2017-10-12" })) },
  PLANT_VARIETY_CASE: { lookup: "plantVarietyCase", open: open("AGRICULTURE", "createPlantVarietyCase", "CreatePlantVarietyCaseInput", "openedOn", () => ({ sector: "AGRICULTURE", category: "COUNTERFEIT_SEEDS", seedQuantityKg: "3500.00", openedOn: "2017-10-13" })) },
  CUSTOMS_SEIZURE: { lookup: "customsSeizure", open: open("CUSTOMS", "recordCustomsSeizure", "RecordCustomsSeizureInput", "seizedOn", () => ({ seizedOn: "2017-10-14", direction: "EXPORT", port: "深圳湾海关", goods: "假冒品牌耳机", quantity: 5200, declaredValue: "31000.00", basis: "ON_APPLICATION" })) },
  POSTAL_INTERCEPTION: { lookup: "postalInterception", open: open("POSTAL", "recordPostalInterception", "RecordPostalInterceptionInput", "interceptedOn", (n, region) => ({
    interceptedOn: "2017-10-15", trackingNumber: `SF${String(1_000_000_000 + n)}`, courierCreditCode: makeCreditCode(region, 90_000 + n), courierName: "某速运有限公司",
    origin: region, destination: "US", crossBorderECommerce: true, control: "XRAY", goods: "假冒品牌手表", itemCount: 40 })) },
};

export const CRIMINAL = {
  arrest: `mutation($input: RecordArrestReviewInput!) { recordArrestReview(input: $input) { id } }`,
  prosecute: `mutation($input: RecordProsecutionInput!) { recordProsecution(input: $input) { id } }`,
  fileCourtCase: `mutation($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id } }`,
  judge: `mutation($input: RecordJudgmentInput!) { recordJudgment(input: $input) { id } }`,
};

/**
 * The whole chain for one admin case type: an admin case, its referral, the criminal case with two
 * suspects, arrest approval and prosecution of both, the criminal trial and a guilty judgment.
 */
export async function runFullChain(p: Platform, sourceType: keyof typeof OPENERS, region: string, n = ++serial) {
  const holder = makeCreditCode(region, 20_000 + n);
  must(await p.query({ agency: "SAIC", region }, M.register, { input: { creditCode: holder, name: `外资权利人${n}`, foreignInvested: true, investorCountry: "FR", region } }));
  const sourceId = await OPENERS[sourceType].open(p, region, holder, n);
  const { sendReferral } = must(await p.query({ agency: sourceType === "SAIC_CASE" ? "SAIC" : agencyOf(sourceType), region }, M.refer, {
    input: { sourceType, sourceId, region, reason: "涉嫌犯罪，依法移送" } })) as any;
  const police = { agency: "POLICE", region };
  const day = today();
  const { fileCriminalCase } = must(await p.query(police, M.file, { input: {
    filingNumber: `公立-${sourceType}-${region}-${n}`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: day, amountInvolved: "260000.00",
    rightHolderCreditCode: holder, foreignInvested: true,
    suspects: [
      { name: "王强", idNumber: makeIdNumber(region, "1979-03-02", n * 2), caughtOn: day },
      { name: "陈静", idNumber: makeIdNumber(region, "1988-12-12", n * 2 + 1), caughtOn: day },
    ] } })) as any;
  const suspectIds = fileCriminalCase.suspects.map((s: { id: string }) => s.id);
  must(await p.query(police, M.decide, { input: { referralId: sendReferral.id, decision: "FILED", criminalCaseId: fileCriminalCase.id } }));
  const procurator = { agency: "PROCURATORATE", region };
  must(await p.query(procurator, CRIMINAL.arrest, { input: { criminalCaseId: fileCriminalCase.id, personIds: suspectIds, decision: "APPROVED", decidedOn: day, region, foreignInvested: true } }));
  const { recordProsecution } = must(await p.query(procurator, CRIMINAL.prosecute, { input: { criminalCaseId: fileCriminalCase.id, defendantIds: suspectIds, decision: "PROSECUTED", decidedOn: day, region, foreignInvested: true } })) as any;
  const court = { agency: "COURTS", region };
  const { fileCourtCase } = must(await p.query(court, CRIMINAL.fileCourtCase, { input: { caseNumber: `（2026）刑初${sourceType}${region}${n}号`, kind: "CRIMINAL", region, filedOn: day, prosecutionId: recordProsecution.id } })) as any;
  must(await p.query(court, CRIMINAL.judge, { input: { courtCaseId: fileCourtCase.id, decidedOn: day, verdict: "GUILTY", fine: "100000.00",
    sentences: suspectIds.map((personId: string, i: number) => ({ personId, prisonMonths: 36 - i * 12 })) } }));
  return { sourceId, referralId: sendReferral.id as string, criminalCaseId: fileCriminalCase.id as string, prosecutionId: recordProsecution.id as string, courtCaseId: fileCourtCase.id as string };
}

const agencyOf = (sourceType: string) =>
  ({ PATENT_CASE: "IPO", COPYRIGHT_CASE: "PRESS", PLANT_VARIETY_CASE: "AGRICULTURE", CUSTOMS_SEIZURE: "CUSTOMS", POSTAL_INTERCEPTION: "POSTAL" })[sourceType] ?? "SAIC";
