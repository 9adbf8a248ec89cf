import { startPlatform, type Caller, type GatewayResponse, type Platform } from "./platform";
import { runFullChain } from "./chain";
import { Tables, civilCourtCase, must, openSaicCase, writes, type Write } from "./security-support";

/**
 * Hostile strings in every string argument, filter and input field through the gateway: SQL
 * injection (`' or 1=1 --`, a `drop table`), 60 kB strings (which pass the gateway's body limit) and
 * 100 kB ones (which should not). Each probe asserts the string was
 * refused as bad input or handled as plain data (no rows of anyone else, a write stored verbatim),
 * never an internal error, and that every table of every agency still exists with its rows.
 */
const GD = "440300";
const HOSTILE: Array<[string, string]> = [
  ["' or 1=1 --", "' or 1=1 --"],
  ["a drop table", `"; drop table saic.saic_case; drop table police.person; --`],
  // under the gateway's body limit, so the subgraph's own checks meet it
  ["60 kB", "A".repeat(60 * 1024)],
  // over it: the gateway refuses the body (413 PAYLOAD_TOO_LARGE) before parsing, if its limit is the default
  ["100 kB", "A".repeat(100 * 1024)],
];
/** Refusals a hostile string may meet: at the gateway (body size) or in the subgraph (validation, region). */
const REFUSALS = ["BAD_USER_INPUT", "FORBIDDEN", "PAYLOAD_TOO_LARGE"];

let p: Platform;
let tables: Tables;
let holder: string;
let chain: Awaited<ReturnType<typeof runFullChain>>;
let personIds: string[];
const OFFICE: Caller = { agency: "OFFICE", region: "000000" };

beforeAll(async () => {
  p = await startPlatform();
  tables = await Tables.open(p.databaseUrl);
  chain = await runFullChain(p, "SAIC_CASE", GD);
  holder = must(await p.query(OFFICE, `query($id: ID!) { saicCase(id: $id) { rightHolderCreditCode } }`, { id: chain.sourceId })).saicCase.rightHolderCreditCode;
  personIds = must(await p.query(OFFICE, `query($id: ID!) { criminalCase(id: $id) { suspects { id } } }`, { id: chain.criminalCaseId }))
    .criminalCase.suspects.map((s: { id: string }) => s.id);
}, 60_000);
afterAll(async () => {
  await tables?.close();
  await p?.stop();
});

/** Refused as bad input (or out of bounds), or answered with nothing; never an internal error. */
function refusedOrNothing(res: GatewayResponse<any>, found: (data: any) => number) {
  expect(res.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
  if (res.errors?.length) {
    expect(REFUSALS).toContain(res.errors[0].extensions?.code);
    // no data: none at all, or the refused (nullable) root field null
    expect(Object.values(res.data ?? {}).every((v) => v === null)).toBe(true);
  } else {
    expect(found(res.data)).toBe(0);
  }
}

describe("hostile strings in lookups and filters", () => {
  const count = (field: string) => (d: any) => d[field].totalCount;
  const nothing = (field: string) => (d: any) => (d[field] === null ? 0 : 1);
  const READS: Array<[string, Caller, (s: string) => string, (d: any) => number]> = [
    ["saicCases filter.region", OFFICE, (s) => `{ saicCases(filter: { region: ${s} }) { totalCount } }`, count("saicCases")],
    ["saicCases filter.rightHolderCreditCode", OFFICE, (s) => `{ saicCases(filter: { rightHolderCreditCode: ${s} }) { totalCount } }`, count("saicCases")],
    ["patentCases filter.rightHolderCreditCode", OFFICE, (s) => `{ patentCases(filter: { rightHolderCreditCode: ${s} }) { totalCount } }`, count("patentCases")],
    ["customsSeizures filter.rightHolderCreditCode", OFFICE, (s) => `{ customsSeizures(filter: { rightHolderCreditCode: ${s} }) { totalCount } }`, count("customsSeizures")],
    ["postalInterceptions filter.courierCreditCode", OFFICE, (s) => `{ postalInterceptions(filter: { courierCreditCode: ${s} }) { totalCount } }`, count("postalInterceptions")],
    ["copyrightCases filter.registrationNumber", OFFICE, (s) => `{ copyrightCases(filter: { registrationNumber: ${s} }) { totalCount } }`, count("copyrightCases")],
    ["criminalCases filter.region", OFFICE, (s) => `{ criminalCases(filter: { region: ${s} }) { totalCount } }`, count("criminalCases")],
    ["referrals filter.region", OFFICE, (s) => `{ referrals(filter: { region: ${s} }) { totalCount } }`, count("referrals")],
    ["courtCases filter.region", OFFICE, (s) => `{ courtCases(filter: { region: ${s} }) { totalCount } }`, count("courtCases")],
    ["typicalCases filter.period", OFFICE, (s) => `{ typicalCases(filter: { period: ${s} }) { totalCount } }`, count("typicalCases")],
    ["enterprises filter.nameContains", OFFICE, (s) => `{ enterprises(filter: { nameContains: ${s} }) { totalCount } }`, count("enterprises")],
    ["enterprises filter.region", OFFICE, (s) => `{ enterprises(filter: { region: ${s} }) { totalCount } }`, count("enterprises")],
    ["trademarks(holderCreditCode)", OFFICE, (s) => `{ trademarks(holderCreditCode: ${s}) { totalCount } }`, count("trademarks")],
    ["enterprise(creditCode)", OFFICE, (s) => `{ enterprise(creditCode: ${s}) { name } }`, nothing("enterprise")],
    ["trademark(registrationNumber)", OFFICE, (s) => `{ trademark(registrationNumber: ${s}) { mark } }`, nothing("trademark")],
    ["patent(patentNumber)", OFFICE, (s) => `{ patent(patentNumber: ${s}) { title } }`, nothing("patent")],
    ["saicCase(id)", OFFICE, (s) => `{ saicCase(id: ${s}) { caseNumber } }`, nothing("saicCase")],
    ["criminalCase(id)", OFFICE, (s) => `{ criminalCase(id: ${s}) { filingNumber } }`, nothing("criminalCase")],
    ["person(id)", { agency: "POLICE", region: "000000" }, (s) => `{ person(id: ${s}) { name idNumber } }`, nothing("person")],
    ["referral(id)", OFFICE, (s) => `{ referral(id: ${s}) { reason } }`, nothing("referral")],
    ["reportingUnit(code)", OFFICE, (s) => `{ reportingUnit(code: ${s}) { name } }`, nothing("reportingUnit")],
    ["monthlyReport(region)", OFFICE, (s) => `{ monthlyReport(region: ${s}, period: "2017-10") { region trademarkCases { cases } } }`, () => 1],
    ["monthlyReport(period)", OFFICE, (s) => `{ monthlyReport(region: "440000", period: ${s}) { region police { casesFiled } } }`, () => 1],
    ["monthlyReports(regions)", OFFICE, (s) => `{ monthlyReports(regions: [${s}], from: "2017-10", to: "2017-10") { region } }`, () => 1],
    ["courierComplianceSummary(region)", OFFICE, (s) => `{ courierComplianceSummary(region: ${s}, from: "2017-01-01", to: "2017-12-31") { checks } }`, () => 1],
    ["casesOverThresholdNotReferred(region)", OFFICE, (s) => `{ casesOverThresholdNotReferred(sourceType: SAIC_CASE, region: ${s}, from: "2017-01-01", to: "2017-12-31") { __typename } }`, () => 1],
  ];
  const probes = READS.flatMap(([what, who, query, found]) => HOSTILE.map(([label, value]) => [what, label, who, query, found, value] as const));
  test.each(probes)("%s given %s: refused or nothing found, tables intact", async (_what, _label, who, query, found, value) => {
    const before = await tables.counts();
    // the hostile string travels as a JSON string literal inside the query text, the way a careless client would send it
    const res = await p.query(who, query(JSON.stringify(value)));
    refusedOrNothing(res, found);
    expect(await tables.counts()).toEqual(before);
  });
});

describe("hostile strings in mutation inputs", () => {
  /** [mutation, input field (dot path), what to select back, where the stored value is in the answer]. */
  const FIELDS: Array<[string, string, string, (d: any) => unknown]> = [
    ["registerEnterprise", "name", "name", (d) => d.name],
    ["registerEnterprise", "creditCode", "creditCode", (d) => d.creditCode],
    ["registerEnterprise", "region", "region", (d) => d.region],
    ["registerEnterprise", "investorCountry", "investorCountry", (d) => d.investorCountry],
    ["createSaicCase", "caseNumber", "caseNumber", (d) => d.caseNumber],
    ["createSaicCase", "description", "description", (d) => d.description],
    ["createSaicCase", "rightHolderCreditCode", "rightHolderCreditCode", (d) => d.rightHolderCreditCode],
    ["createPatentCase", "caseNumber", "caseNumber", (d) => d.caseNumber],
    ["createPatentCase", "description", "description", (d) => d.description],
    ["createCopyrightCase", "description", "description", (d) => d.description],
    ["recordCustomsSeizure", "goods", "goods", (d) => d.goods],
    ["recordPostalInterception", "trackingNumber", "trackingNumber", (d) => d.trackingNumber],
    ["fileCriminalCase", "filingNumber", "filingNumber", (d) => d.filingNumber],
    ["fileCriminalCase", "suspects.0.name", "suspects { name }", (d) => d.suspects[0].name],
    ["fileCriminalCase", "suspects.0.idNumber", "suspects { idNumber }", (d) => d.suspects[0].idNumber],
    ["fileCriminalCase", "suspects.0.nationality", "suspects { nationality }", (d) => d.suspects[0].nationality],
    ["sendReferral", "reason", "reason", (d) => d.reason],
    ["reportTypicalCase", "title", "title", (d) => d.title],
    ["reportTypicalCase", "summary", "summary", (d) => d.summary],
    ["reportTypicalCase", "period", "period", (d) => d.period],
    ["sendClue", "summary", "summary", (d) => d.summary],
    ["sendClue", "toRegion", "toRegion", (d) => d.toRegion],
    ["requestAssistance", "subject", "subject", (d) => d.subject],
    ["fileMisconductCase", "officialName", "officialName", (d) => d.officialName],
    ["fileMisconductCase", "officialPosition", "officialPosition", (d) => d.officialPosition],
    ["fileCourtCase", "caseNumber", "caseNumber", (d) => d.caseNumber],
  ];
  const set = (input: Record<string, any>, path: string, value: string) => {
    const keys = path.split(".");
    const copy = structuredClone(input);
    let at: any = copy;
    for (const k of keys.slice(0, -1)) at = at[k];
    at[keys[keys.length - 1]] = value;
    return copy;
  };
  /** Inputs pointing at fresh facts, so nothing but the hostile field can make a write fail. */
  const fresh = async (key: string): Promise<Write> => {
    const refs = { criminalCaseId: chain.criminalCaseId, personIds, prosecutionId: "", courtCaseId: "", sourceId: "", pendingReferralId: "" };
    if (key === "sendReferral") refs.sourceId = await openSaicCase(p, GD, holder);
    if (key === "fileCourtCase") return civilCourtCase(GD, holder);
    return writes(GD, holder, refs)[key];
  };
  const probes = FIELDS.flatMap(([key, path, select, read]) => HOSTILE.map(([label, value]) => [key, path, label, select, read, value] as const));
  test.each(probes)("%s input.%s given %s: refused, or stored verbatim as data; tables intact", async (key, path, _label, select, read, value) => {
    const w = await fresh(key);
    const who = { agency: w.agency, region: "440000" };
    const before = await tables.counts();
    const res = await p.query(who, `mutation($input: ${w.type}!) { ${w.field}(input: $input) { ${select} } }`, { input: set(w.input, path, value) });
    const after = await tables.counts();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(res.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
    if (res.errors?.length) {
      expect(REFUSALS).toContain(res.errors[0].extensions?.code);
      expect(after).toEqual(before);
    } else {
      // accepted: it is data, stored and read back exactly, and nothing was removed anywhere
      expect(read(res.data[w.field])).toBe(value);
      for (const [table, n] of Object.entries(before)) expect(after[table]).toBeGreaterThanOrEqual(n);
    }
  });
});
