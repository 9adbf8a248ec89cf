import { createHash } from "node:crypto";
import { makeCreditCode, type Identity } from "@ipr/shared";
import { callSubgraph, correctionSmoke } from "@ipr/shared/testing";
import { startPlatform, type Platform } from "./platform";
import { M, OPENERS } from "./chain";

/**
 * The kit's smoke on the record types that had only subgraph tests, against the platform's real
 * subgraphs: a correction is a version saying who, when, why and what; a withdrawal leaves the
 * record's list count and lookup but not its history; a record another one relies on (a transfer the
 * police received, a report under supervision, a work or variety a case names) refuses withdrawal
 * naming that record.
 */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const REGION = "440300";
const who = (agency: string, region = REGION): Identity => ({ agency, region, sub: `${agency.toLowerCase()}-corrector`, roles: [] }) as unknown as Identity;
const url = (name: string) => (p.peerUrls as Record<string, string>)[name];
let n = 0;

/** Calls a subgraph and returns the mutation's result, failing on any error. */
async function must(subgraph: string, caller: Identity, query: string, variables: Record<string, unknown>) {
  const res = await callSubgraph(url(subgraph), caller, query, variables);
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data)[0] as any;
}

/** A foreign-invested right holder on SAIC's register, and a SAIC case of it. */
async function saicCase() {
  const holder = makeCreditCode(REGION, 81_000 + ++n);
  await must("saic", who("SAIC"), M.register, { input: { creditCode: holder, name: `更正测试外资公司${n}`, foreignInvested: true, investorCountry: "DE", region: REGION } });
  return { holder, caseId: await OPENERS.SAIC_CASE.open(p, REGION, holder, 81_000 + n) };
}

/** A referral of a fresh SAIC case, still pending. */
async function referral() {
  const { caseId } = await saicCase();
  return (await must("linkage", who("SAIC"), M.refer, { input: { sourceType: "SAIC_CASE", sourceId: caseId, region: REGION, reason: "涉嫌犯罪" } })).id as string;
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const REPORT = `mutation($input: ReportMajorCaseInput!) { reportMajorCase(input: $input) { id } }`;
const OPEN_SUPERVISION = `mutation($input: OpenSupervisionInput!) { openSupervision(input: $input) { id } }`;
const NATIONAL_OFFICE = who("OFFICE", "000000");
/** A major-case report by SAIC of a fresh case. */
const majorCaseReport = async () => (await must("office", who("SAIC"), REPORT, { input: { caseType: "SAIC_CASE", caseId: (await saicCase()).caseId, summary: "涉案金额较大，外资品牌" } })).id as string;
const supervise = (reportId: string) => must("office", NATIONAL_OFFICE, OPEN_SUPERVISION, { input: { reportId, dueOn: "2099-12-31", instructions: "限期查清上下游，依法移送" } });

test("EvidenceTransfer (linkage): the sender corrects the referral it supports; once the police received it, it stays", async () => {
  const items = [{ kind: "PHOTO", description: "现场照片", sha256: sha("photo") }];
  await correctionSmoke({
    url: url("linkage"),
    typename: "EvidenceTransfer",
    owner: who("SAIC"),
    create: async () => (await must("linkage", who("SAIC"), `mutation($i: SendEvidenceTransferInput!) { sendEvidenceTransfer(input: $i) { id } }`, { i: { toAgency: "POLICE", region: REGION, toRegion: REGION, items } })).id,
    correction: { referralId: await referral() },
    list: { field: "evidenceTransfers" },
    dependent: {
      attach: (id) => must("linkage", who("POLICE"), `mutation($i: ReceiveEvidenceTransferInput!) { receiveEvidenceTransfer(input: $i) { id } }`, { i: { transferId: id, itemHashes: [sha("photo")] } }),
      names: ["EvidenceTransferAnswer@linkage"],
    },
  });
});

test("FilingSupervision (procuratorate): why it was opened is corrected; withdrawn, it leaves the list", async () => {
  const PROCURATOR = who("PROCURATORATE");
  await correctionSmoke({
    url: url("procuratorate"),
    typename: "FilingSupervision",
    owner: PROCURATOR,
    create: async () => {
      const referralId = await referral();
      await must("linkage", who("POLICE"), M.decide, { input: { referralId, decision: "DECLINED", reason: "未达立案追诉标准" } });
      return (await must("procuratorate", PROCURATOR, `mutation($input: OpenFilingSupervisionInput!) { openFilingSupervision(input: $input) { id } }`, { input: { referralId, region: REGION, reason: "不立案理由不足" } })).id;
    },
    correction: { supervisionReason: "不立案理由不足，涉案金额已达追诉标准" },
    list: { field: "filingSupervisions" },
  });
});

test("MajorCaseReport (office): the reporting agency corrects its account; under supervision it is not withdrawn", async () => {
  await correctionSmoke({
    url: url("office"),
    typename: "MajorCaseReport",
    owner: who("SAIC"),
    create: majorCaseReport,
    correction: { summary: "涉案金额150万元，外资品牌电子产品" },
    list: { field: "majorCaseReports" },
    dependent: { attach: async (id) => void (await supervise(id)), names: ["Supervision@office"] },
  });
});

test("Supervision (office): the opening office corrects its instructions; withdrawn, it leaves the list", async () => {
  await correctionSmoke({
    url: url("office"),
    typename: "Supervision",
    owner: NATIONAL_OFFICE,
    create: async () => (await supervise(await majorCaseReport())).id,
    correction: { instructions: "限期查清上下游及境外货源，依法移送" },
    list: { field: "supervisions" },
  });
});

test("CopyrightWork (press): a national register entry; a case naming it keeps it from being withdrawn", async () => {
  const PRESS = who("PRESS", "000000");
  const owner = makeCreditCode(REGION, 82_001);
  await correctionSmoke({
    url: url("press"),
    typename: "CopyrightWork",
    key: "registrationNumber",
    owner: PRESS,
    create: async () => (await must("press", PRESS, `mutation($input: RegisterCopyrightWorkInput!) { registerCopyrightWork(input: $input) { registrationNumber } }`, { input: {
      registrationNumber: `国作登字-2017-F-${String(82_000 + ++n).padStart(8, "0")}`, title: `影片${n}`, workType: "FILM", ownerCreditCode: owner, ownerName: "外资影业", foreignInvested: true, registeredOn: "2017-02-01" } })).registrationNumber,
    correction: { title: "影片（更正）" },
    list: { field: "copyrightWorks" },
    dependent: {
      attach: (registrationNumber) => must("press", who("PRESS"), `mutation($input: CreateCopyrightCaseInput!) { createCopyrightCase(input: $input) { id } }`, { input: {
        caseNumber: `粤版罚字〔2017〕更${++n}号`, region: REGION, openedOn: "2017-10-10", rightHolderCreditCode: owner, foreignInvested: true,
        amountInvolved: "150000.00", workType: "FILM", online: false, copies: 3000, registrationNumber } }),
      names: ["CopyrightCase@press"],
    },
  });
});

test("PlantVariety (agriculture): a national register entry; a case naming it keeps it from being withdrawn", async () => {
  const AGRICULTURE = who("AGRICULTURE", "000000");
  const holder = makeCreditCode(REGION, 83_001);
  await correctionSmoke({
    url: url("agriculture"),
    typename: "PlantVariety",
    key: "rightNumber",
    owner: AGRICULTURE,
    create: async () => (await must("agriculture", AGRICULTURE, `mutation($input: RegisterPlantVarietyInput!) { registerPlantVariety(input: $input) { rightNumber } }`, { input: {
      rightNumber: `CNA2015${String(8000 + ++n).padStart(4, "0")}.3`, denomination: `先玉${n}号`, species: "玉米", sector: "AGRICULTURE", holderCreditCode: holder, holderName: "外资种业", foreignInvested: true, grantedOn: "2016-06-01" } })).rightNumber,
    correction: { denomination: "先玉更正号" },
    list: { field: "plantVarieties" },
    dependent: {
      attach: (rightNumber) => must("agriculture", who("AGRICULTURE"), `mutation($input: CreatePlantVarietyCaseInput!) { createPlantVarietyCase(input: $input) { id } }`, { input: {
        caseNumber: `农种罚-更-${++n}`, sector: "AGRICULTURE", category: "VARIETY_RIGHT_INFRINGEMENT", rightNumber, region: REGION, openedOn: "2017-10-09",
        rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "180000.00", seedQuantityKg: "3200.00" } }),
      names: ["PlantVarietyCase@agriculture"],
    },
  });
});
