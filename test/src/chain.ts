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
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

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
