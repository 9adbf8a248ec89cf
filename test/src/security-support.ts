import pg from "pg";
import { SUBGRAPH_NAMES, makeCreditCode, makeIdNumber } from "@ipr/shared";
import type { GatewayResponse, Platform } from "./platform";
import { today } from "./chain";

/** Support for the security probes (security*.test.ts): row counts, and valid writes of every agency. */

/** Every agency's PostgreSQL schema (one per subgraph). */
export const SCHEMAS = [...SUBGRAPH_NAMES];

export function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/**
 * Row counts of every table of every agency, read straight from PostgreSQL (not through the API under
 * test). Comparing two snapshots shows both that nothing was written and that no table went missing.
 */
export class Tables {
  private constructor(private readonly client: pg.Client) {}

  static async open(databaseUrl: string): Promise<Tables> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new Tables(client);
  }

  async counts(): Promise<Record<string, number>> {
    const { rows: tables } = await this.client.query<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
        where table_schema = any($1) and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by 1`,
      [SCHEMAS],
    );
    if (!tables.length) return {};
    const { rows } = await this.client.query<{ name: string; n: string }>(
      tables.map((t, i) => `select $${i + 1}::text as name, count(*) as n from ${t.name}`).join(" union all "),
      tables.map((t) => t.name),
    );
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  }

  close() {
    return this.client.end();
  }
}

/** The error codes a refusal may carry, and no data for the refused field. */
export function expectRefused(res: GatewayResponse<any>, field: string, codes = ["FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT"]) {
  expect(res.errors?.length).toBeGreaterThan(0);
  expect(codes).toContain(res.errors![0].extensions?.code);
  expect(res.data?.[field] ?? null).toBeNull();
}

let serial = 0;
/** A fresh number for document numbers of probes, unique within a test file. */
export const nextSerial = () => 500 + ++serial;

/** What a write probe sends: who (by default), the mutation's root field, its input type and a valid input. */
export interface Write {
  agency: string;
  field: string;
  type: string;
  input: Record<string, unknown>;
}

export const mutationOf = (w: Pick<Write, "field" | "type">) => `mutation($input: ${w.type}!) { ${w.field}(input: $input) { __typename } }`;

/**
 * A valid input for the main create/record mutation of each agency, in `region`; `holder` is a
 * registered foreign-invested right holder, `refs` ids of the criminal chain the input points to.
 */
export function writes(
  region: string,
  holder: string,
  refs: { criminalCaseId: string; personIds: string[]; prosecutionId: string; courtCaseId: string; sourceId: string; pendingReferralId: string },
): Record<string, Write> {
  const n = nextSerial();
  const admin = { caseNumber: `probe-${region}-${n}`, region, rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "260000.00" };
  return {
    registerEnterprise: { agency: "SAIC", field: "registerEnterprise", type: "RegisterEnterpriseInput",
      input: { creditCode: makeCreditCode(region, 70_000 + n), name: `探测企业${n}`, foreignInvested: false, region } },
    createSaicCase: { agency: "SAIC", field: "createSaicCase", type: "CreateSaicCaseInput",
      input: { ...admin, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", openedOn: "2017-10-09" } },
    createPatentCase: { agency: "IPO", field: "createPatentCase", type: "CreatePatentCaseInput",
      input: { ...admin, category: "PASSING_OFF", source: "EXHIBITION", openedOn: "2017-10-11" } },
    createCopyrightCase: { agency: "PRESS", field: "createCopyrightCase", type: "CreateCopyrightCaseInput",
      input: { ...admin, workType: "SOFTWARE", online: true, platformType: "APP_STORE", copies: 1800, openedOn: "2017-10-12" } },
    createPlantVarietyCase: { agency: "AGRICULTURE", field: "createPlantVarietyCase", type: "CreatePlantVarietyCaseInput",
      input: { ...admin, sector: "AGRICULTURE", category: "COUNTERFEIT_SEEDS", seedQuantityKg: "3500.00", openedOn: "2017-10-13" } },
    recordCustomsSeizure: { agency: "CUSTOMS", field: "recordCustomsSeizure", type: "RecordCustomsSeizureInput",
      input: { ...admin, seizedOn: "2017-10-14", direction: "EXPORT", port: "深圳湾海关", goods: "假冒品牌耳机", quantity: 5200, declaredValue: "31000.00", basis: "ON_APPLICATION" } },
    recordPostalInterception: { agency: "POSTAL", field: "recordPostalInterception", type: "RecordPostalInterceptionInput",
      input: { ...admin, interceptedOn: "2017-10-15", trackingNumber: `SF${2_000_000_000 + n}`, courierCreditCode: makeCreditCode(region, 80_000 + n),
        courierName: "某速运有限公司", origin: region, destination: "US", crossBorderECommerce: true, control: "XRAY", goods: "假冒品牌手表", itemCount: 40 } },
    recordCourierComplianceCheck: { agency: "POSTAL", field: "recordCourierComplianceCheck", type: "RecordCourierComplianceCheckInput",
      input: { region, checkedOn: "2017-10-16", courierCreditCode: makeCreditCode(region, 81_000 + n), courierName: "某速运有限公司", outletName: "某营业部",
        inspectionOnReceipt: true, realName: true, xray: false } },
    recordSoftwareLegalisationCheck: { agency: "PRESS", field: "recordSoftwareLegalisationCheck", type: "RecordSoftwareLegalisationCheckInput",
      input: { region, checkedOn: "2017-10-16", organisationName: "某国有企业", organisationType: "STATE_OWNED_ENTERPRISE", computersChecked: 120, unlicensedCopiesFound: 3 } },
    fileCriminalCase: { agency: "POLICE", field: "fileCriminalCase", type: "FileCriminalCaseInput",
      input: { filingNumber: `公探-${region}-${n}`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: "2017-10-20", amountInvolved: "86000.00",
        rightHolderCreditCode: holder, foreignInvested: true, suspects: [{ name: "赵六", idNumber: makeIdNumber(region, "1990-01-01", n), caughtOn: "2017-10-21" }] } },
    sendReferral: { agency: "SAIC", field: "sendReferral", type: "SendReferralInput",
      input: { sourceType: "SAIC_CASE", sourceId: refs.sourceId, region, reason: "涉嫌犯罪，依法移送" } },
    decideReferral: { agency: "POLICE", field: "decideReferral", type: "DecideReferralInput",
      input: { referralId: refs.pendingReferralId, decision: "DECLINED", reason: "未达到立案标准" } },
    openFilingSupervision: { agency: "PROCURATORATE", field: "openFilingSupervision", type: "OpenFilingSupervisionInput",
      input: { referralId: refs.pendingReferralId, region, reason: "逾期未作决定" } },
    recordArrestReview: { agency: "PROCURATORATE", field: "recordArrestReview", type: "RecordArrestReviewInput",
      input: { criminalCaseId: refs.criminalCaseId, personIds: refs.personIds, decision: "APPROVED", decidedOn: today(), region, foreignInvested: true } },
    recordProsecution: { agency: "PROCURATORATE", field: "recordProsecution", type: "RecordProsecutionInput",
      input: { criminalCaseId: refs.criminalCaseId, defendantIds: refs.personIds, decision: "PROSECUTED", decidedOn: today(), region, foreignInvested: true } },
    fileMisconductCase: { agency: "PROCURATORATE", field: "fileMisconductCase", type: "FileMisconductCaseInput",
      input: { caseNumber: `检探-${region}-${n}`, region, filedOn: "2017-11-01", offence: "BRIBERY", officialName: "钱七", officialPosition: "某区市场监督管理局稽查科科长",
        relatedCriminalCaseId: refs.criminalCaseId } },
    fileCourtCase: { agency: "COURTS", field: "fileCourtCase", type: "FileCourtCaseInput",
      input: { caseNumber: `（2026）探刑初${region}${n}号`, kind: "CRIMINAL", region, filedOn: today(), prosecutionId: refs.prosecutionId } },
    recordJudgment: { agency: "COURTS", field: "recordJudgment", type: "RecordJudgmentInput",
      input: { courtCaseId: refs.courtCaseId, decidedOn: today(), verdict: "FOR_PLAINTIFF", damages: "50000.00" } },
    reportTypicalCase: { agency: "OFFICE", field: "reportTypicalCase", type: "ReportTypicalCaseInput",
      input: { region, period: "2017-10", agency: "SAIC", title: "某外资企业商标维权案", summary: "依法查处" } },
    sendClue: { agency: "CUSTOMS", field: "sendClue", type: "SendClueInput",
      input: { toAgency: "SAIC", region, toRegion: region, summary: "某仓库疑似存放假冒商品" } },
    requestAssistance: { agency: "SAIC", field: "requestAssistance", type: "RequestAssistanceInput",
      input: { toAgency: "CUSTOMS", region, toRegion: region, subject: "协查某公司的进出口记录", dueOn: "2099-12-31" } },
  };
}

/** Opens a trademark case in `region`, not referred to anyone yet. */
export async function openSaicCase(p: Platform, region: string, holder: string): Promise<string> {
  const w = writes(region, holder, { criminalCaseId: "", personIds: [], prosecutionId: "", courtCaseId: "", sourceId: "", pendingReferralId: "" }).createSaicCase;
  return must(await p.query({ agency: "SAIC", region }, mutationOf(w).replace("__typename", "id"), { input: w.input })).createSaicCase.id;
}

/** Opens a case in `region` and refers it, leaving the referral for the police to decide. */
export async function pendingReferral(p: Platform, region: string, holder: string) {
  const caseId = await openSaicCase(p, region, holder);
  const { sendReferral } = must(await p.query({ agency: "SAIC", region }, `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }`, {
    input: { sourceType: "SAIC_CASE", sourceId: caseId, region, reason: "涉嫌犯罪，依法移送" },
  }));
  return { caseId, referralId: sendReferral.id as string };
}

/** A civil suit of `plaintiff` against another enterprise: a court case that needs no prosecution. */
export function civilCourtCase(region: string, plaintiff: string): Write {
  const n = nextSerial();
  return { agency: "COURTS", field: "fileCourtCase", type: "FileCourtCaseInput", input: {
    caseNumber: `（2017）民初${region}${n}号`, kind: "CIVIL", region, filedOn: "2017-11-01", plaintiffCreditCode: plaintiff,
    defendantCreditCode: makeCreditCode(region, 60_000 + n), ipType: "TRADEMARK", foreignInvested: true,
  } };
}

/** A civil court case without judgment yet, for judgment probes. */
export async function openCivilCase(p: Platform, region: string, plaintiff: string): Promise<string> {
  const w = civilCourtCase(region, plaintiff);
  return must(await p.query({ agency: "COURTS", region }, mutationOf(w).replace("__typename", "id"), { input: w.input })).fileCourtCase.id;
}
