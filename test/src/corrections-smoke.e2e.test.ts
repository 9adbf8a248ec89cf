import { createHash } from "node:crypto";
import { ENTERPRISE_NAMERS, makeCreditCode, makeIdNumber, type Identity } from "@ipr/shared";
import { callSubgraph, correctionSmoke } from "@ipr/shared/testing";
import { platformForFile } from "./platform";
import { M, OPENERS, today } from "./chain";

/**
 * The kit's smoke on the record types that had only subgraph tests, against the platform's real
 * subgraphs: a correction is a version saying who, when, why and what; a withdrawal leaves the
 * record's list count and lookup but not its history; a record another one relies on (a transfer the
 * police received, a report under supervision, a work or variety a case names) refuses withdrawal
 * naming that record.
 */
const p = platformForFile();

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

describe("Enterprise (saic): the national register, corrected by SAIC, withdrawn only when no agency's record names it", () => {
  const SAIC = who("SAIC");
  const register = async () => {
    const creditCode = makeCreditCode(REGION, 84_000 + ++n);
    await must("saic", SAIC, M.register, { input: { creditCode, name: `登记测试外资公司${n}`, address: "深圳市南山区科技园", foreignInvested: true, investorCountry: "DE", region: REGION } });
    return creditCode;
  };
  const withdraw = (creditCode: string) => p.query(SAIC, `mutation($input: WithdrawRecordInput!) { withdrawEnterprise(input: $input) { creditCode } }`, { input: { id: creditCode, reason: "注销" } });
  const CORRECT = `mutation($input: CorrectEnterpriseInput!) { correctEnterprise(input: $input) { name address history { action changes { field from to } } } }`;
  const named = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
    [...new Set((res.errors?.[0]?.extensions?.dependents as Array<{ type: string; subgraph: string }> | undefined)?.map((d) => `${d.type}@${d.subgraph}`))].sort();

  test("the kit's smoke: name and address corrected with a version; withdrawn, it leaves the register's list; a case naming it keeps it", async () => {
    await correctionSmoke({
      url: url("saic"),
      typename: "Enterprise",
      key: "creditCode",
      owner: SAIC,
      create: register,
      correction: { name: "登记测试外资（深圳）有限公司", address: "深圳市南山区粤海街道" },
      list: { field: "enterprises", args: `filter: { region: "${REGION}" }` },
      dependent: { attach: async (creditCode) => void (await OPENERS.SAIC_CASE.open(p, REGION, creditCode, 84_500 + ++n)), names: ["SaicCase@saic"] },
    });
  });

  test("every agency whose records name enterprises (the registry's ENTERPRISE_NAMERS) answers for them", async () => {
    const creditCode = await register();
    const fields = ENTERPRISE_NAMERS.filter((s) => s !== "saic").map((s) => `${s}: ${s}Dependents(typename: "Enterprise", id: $id) { type }`);
    const res = await p.query(SAIC, `query($id: ID!) { ${fields.join(" ")} }`, { id: creditCode });
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data ?? {}).sort()).toEqual(ENTERPRISE_NAMERS.filter((s) => s !== "saic").sort());
    // the police, the courts, commerce, postal, and the admin agencies are among them: named by the manifests, not here
    expect(ENTERPRISE_NAMERS.length).toBeGreaterThanOrEqual(9);
    // only SAIC asks
    expect((await p.query(who("IPO"), `query($id: ID!) { policeDependents(typename: "Enterprise", id: $id) { type } }`, { id: creditCode })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  test("records of several agencies naming it: withdrawal names each; its name is corrected, its foreign investment is not; the credit code is no field", async () => {
    const creditCode = await register();
    await OPENERS.PATENT_CASE.open(p, REGION, creditCode, 84_700 + ++n);
    await must("police", who("POLICE"), M.file, { input: {
      filingNumber: `公经立-更正-${n}`, offence: "COUNTERFEITING_TRADEMARK", region: REGION, filedOn: today(), amountInvolved: "86000.00", rightHolderCreditCode: creditCode, foreignInvested: true,
      suspects: [{ name: "张伟", idNumber: makeIdNumber(REGION, "1980-05-01", 84_000 + n), caughtOn: today() }] } });
    await must("commerce", who("COMMERCE"), `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id } }`, { input: {
      complainantCreditCode: creditCode, channel: "COMMERCE_CENTRE", rightType: "TRADEMARK", subject: "外资企业投诉", description: "其注册商标被仿冒。", region: REGION,
      receivedOn: "2017-09-29", contactName: "李四", contactPhone: "13900000000" } });
    const refused = await withdraw(creditCode);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id", reason: "DEPENDENT_RECORDS" });
    expect(named(refused)).toEqual(["Complaint@commerce", "CriminalCase@police", "PatentCase@ipo"]);
    const moved = await p.query(SAIC, CORRECT, { input: { id: creditCode, reason: "外资身份更正", foreignInvested: false, investorCountry: null } });
    expect(moved.errors?.[0].extensions).toMatchObject({ field: "input.foreignInvested", reason: "DEPENDENT_RECORDS" });
    expect(named(moved)).toEqual(["CriminalCase@police", "PatentCase@ipo"]);
    const renamed = await p.query(SAIC, CORRECT, { input: { id: creditCode, reason: "名称变更登记", name: "更正后外资公司" } });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.correctEnterprise).toMatchObject({ name: "更正后外资公司", history: [{ action: "CORRECTED", changes: [{ field: "name", to: "更正后外资公司" }] }] });
    // the register, read by any agency through the gateway
    const read = await p.query(who("OFFICE", "000000"), `query($c: String!) { enterprise(creditCode: $c) { name address } }`, { c: creditCode });
    expect(read.data.enterprise).toEqual({ name: "更正后外资公司", address: "深圳市南山区科技园" });
    const key = await p.query(SAIC, CORRECT, { input: { id: creditCode, reason: "x", creditCode: makeCreditCode(REGION, 1) } });
    expect(key.errors?.[0]).toMatchObject({ message: expect.stringContaining("creditCode"), extensions: { code: "BAD_USER_INPUT" } });
    // a region outside the officer's is refused, nothing written
    expect((await p.query(SAIC, CORRECT, { input: { id: creditCode, reason: "迁址", region: "110105" } })).errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "input.region" });
  });
});
