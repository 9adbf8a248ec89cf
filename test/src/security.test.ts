import { SignJWT } from "jose";
import { DEV_JWT_SECRET } from "@ipr/gateway";
import { DEV_SUBGRAPH_SECRET, IDENTITY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, encodeIdentity, signRequest } from "@ipr/shared";
import { callSubgraph, identity } from "@ipr/shared/testing";
import { startPlatform, token, type Caller, type Platform } from "./platform";
import { OPENERS, runFullChain } from "./chain";
import { Tables, expectRefused, must, mutationOf, openCivilCase, openSaicCase, pendingReferral, writes, type Write } from "./security-support";

/**
 * Security probes through the real gateway and straight at the subgraphs: authentication beyond
 * gateway.test.ts (which already refuses no token, a non-Bearer scheme, expired, not yet valid, no
 * expiry, another secret, alg none, HS512, tampered claims, an unknown agency, a malformed region and
 * garbage, and unsigned or wrongly signed calls to saic, linkage and police), the gateway-to-subgraph
 * signature at every subgraph, region isolation of reads and writes, and writes by the wrong agency.
 * Personal data and trade secrets: security-pii.test.ts; hostile strings: security-input.test.ts;
 * query-shape limits (depth, aliases, cost, size, introspection, rate): gateway-limits.test.ts. Every probe asserts the refusal, that no data came back, and (for
 * writes) that no row of any agency's table changed.
 *
 * The world: full case chains of all six admin case types in Hangzhou (330100), one in Shenzhen
 * (440300). The attacker is mostly a Guangdong officer (440000), who must learn nothing about
 * Zhejiang.
 */
const GD = "440300";
const ZJ = "330100";
const GD_SAIC: Caller = { agency: "SAIC", region: "440000" };
const OFFICE: Caller = { agency: "OFFICE", region: "000000" };

let p: Platform;
let tables: Tables;
/** Every id of a Zhejiang row a probe could reveal, and the ids by kind. */
const zjIds = new Set<string>();
const zj: Record<string, string> = {};
const zjSource: Record<string, string> = {};
/** The right holder of each Zhejiang admin case type's chain (each chain registers its own). */
const zjHolder: Record<string, string> = {};
let zjPersons: string[] = [];
let zjWrites: Record<string, Write>;
let gdWrites: Record<string, Write>;
let gdPendingReferralId: string;

async function byOffice(query: string, variables: Record<string, unknown> = {}) {
  return must(await p.query(OFFICE, query, variables));
}

beforeAll(async () => {
  p = await startPlatform();
  tables = await Tables.open(p.databaseUrl);
  for (const type of Object.keys(OPENERS)) {
    const chain = await runFullChain(p, type, ZJ);
    zjSource[type] = chain.sourceId;
    const { lookup } = OPENERS[type];
    zjHolder[type] = (await byOffice(`query($id: ID!) { ${lookup}(id: $id) { rightHolderCreditCode } }`, { id: chain.sourceId }))[lookup].rightHolderCreditCode;
    if (type === "SAIC_CASE") Object.assign(zj, chain);
    Object.values(chain).forEach((id) => zjIds.add(id));
  }
  const cc = (await byOffice(`query($id: ID!) { criminalCase(id: $id) { suspects { id } arrestReviews { id } } }`, { id: zj.criminalCaseId })).criminalCase;
  zjPersons = cc.suspects.map((s: { id: string }) => s.id);
  zj.arrestReviewId = cc.arrestReviews[0].id;
  zj.holder = zjHolder.SAIC_CASE;
  zj.pendingReferralId = (await pendingReferral(p, ZJ, zj.holder)).referralId;
  zj.civilCaseId = await openCivilCase(p, ZJ, zj.holder);
  zj.unreferredCaseId = await openSaicCase(p, ZJ, zj.holder);
  const zjRefs = {
    criminalCaseId: zj.criminalCaseId, personIds: zjPersons, prosecutionId: zj.prosecutionId, courtCaseId: zj.civilCaseId,
    sourceId: zj.unreferredCaseId, pendingReferralId: zj.pendingReferralId,
  };
  // Zhejiang's own records of every other kind the lists below must hide
  const made = writes(ZJ, zj.holder, zjRefs);
  for (const key of ["fileMisconductCase", "sendClue", "requestAssistance", "recordCourierComplianceCheck", "recordSoftwareLegalisationCheck"]) {
    const w = made[key];
    const res = must(await p.query({ agency: w.agency, region: ZJ }, mutationOf(w).replace("__typename", "id"), { input: w.input }));
    zj[key] = res[w.field].id;
  }
  zj.typicalCaseId = must(await p.query({ agency: "OFFICE", region: "330000" }, mutationOf(made.reportTypicalCase).replace("__typename", "id"),
    { input: { ...made.reportTypicalCase.input, region: "330000" } })).reportTypicalCase.id;
  // a clue and an assistance request from Zhejiang to Guangdong about a Zhejiang case: Guangdong reads them, not the case
  zj.clueToGd = must(await p.query({ agency: "CUSTOMS", region: ZJ }, `mutation($i: SendClueInput!) { sendClue(input: $i) { id } }`, {
    i: { toAgency: "SAIC", region: ZJ, toRegion: GD, caseType: "CUSTOMS_SEIZURE", caseId: zjSource.CUSTOMS_SEIZURE, summary: "出口假冒耳机的收货人在深圳" } })).sendClue.id;
  zj.assistanceToGd = must(await p.query({ agency: "SAIC", region: ZJ }, `mutation($i: RequestAssistanceInput!) { requestAssistance(input: $i) { id } }`, {
    i: { toAgency: "SAIC", region: ZJ, toRegion: GD, caseType: "SAIC_CASE", caseId: zj.sourceId, subject: "协查深圳某公司的销售记录", dueOn: "2099-12-31" } })).requestAssistance.id;
  // Guangdong legitimately reads the clue and request addressed to it (not the case they name)
  Object.entries(zj).filter(([k]) => !["clueToGd", "assistanceToGd", "holder"].includes(k)).forEach(([, id]) => zjIds.add(id));
  zjPersons.forEach((id) => zjIds.add(id));
  zjWrites = writes(ZJ, zj.holder, zjRefs);

  // Guangdong: one full chain, a pending referral, an unreferred case and an open civil case, for the wrong-agency probes
  const gd = await runFullChain(p, "SAIC_CASE", GD);
  const gdHolder = (await byOffice(`query($id: ID!) { saicCase(id: $id) { rightHolderCreditCode } }`, { id: gd.sourceId })).saicCase.rightHolderCreditCode;
  const gdPersons = (await byOffice(`query($id: ID!) { criminalCase(id: $id) { suspects { id } } }`, { id: gd.criminalCaseId })).criminalCase.suspects.map((s: any) => s.id);
  gdPendingReferralId = (await pendingReferral(p, GD, gdHolder)).referralId;
  gdWrites = writes(GD, gdHolder, {
    criminalCaseId: gd.criminalCaseId, personIds: gdPersons, prosecutionId: gd.prosecutionId, courtCaseId: await openCivilCase(p, GD, gdHolder),
    sourceId: await openSaicCase(p, GD, gdHolder), pendingReferralId: gdPendingReferralId,
  });
}, 120_000);
afterAll(async () => {
  await tables?.close();
  await p?.stop();
});

/** Runs a write probe and asserts it was refused with one of `codes` and wrote nothing anywhere. */
async function refusedWrite(who: Caller, w: Write, codes = ["FORBIDDEN"]) {
  const before = await tables.counts();
  const res = await p.query(who, mutationOf(w), { input: w.input });
  expectRefused(res, w.field, codes);
  expect(await tables.counts()).toEqual(before);
  return res;
}

const leaks = (res: unknown) => [...zjIds].filter((id) => JSON.stringify(res).includes(id));

const jwt = (payload: Record<string, unknown>, opts: { secret?: string; sub?: string | null } = {}) => {
  const t = new SignJWT(payload).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime("1h");
  if (opts.sub !== null) t.setSubject(opts.sub ?? "tester");
  return t.sign(new TextEncoder().encode(opts.secret ?? DEV_JWT_SECRET));
};

describe("authentication at the gateway, beyond gateway.test.ts", () => {
  const hmacWithHeader = async (header: Record<string, unknown>) => {
    const { createHmac } = await import("node:crypto");
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const signingInput = `${enc(header)}.${enc({ agency: "SAIC", region: "440000", sub: "x", exp: Math.floor(Date.now() / 1000) + 3600 })}`;
    return `${signingInput}.${createHmac("sha256", DEV_JWT_SECRET).update(signingInput).digest("base64url")}`;
  };
  const bad: Array<[string, () => Promise<string>]> = [
    ["an empty bearer token", async () => "Bearer "],
    ["two tokens in one header", async () => `Bearer ${await token("SAIC", "440000")} ${await token("OFFICE", "000000")}`],
    ["a region of six digits in no province (990000)", async () => `Bearer ${await jwt({ agency: "SAIC", region: "990000" })}`],
    ["a county code outside any city (440001)", async () => `Bearer ${await jwt({ agency: "SAIC", region: "440001" })}`],
    ["a region given as a number", async () => `Bearer ${await jwt({ agency: "SAIC", region: 440000 })}`],
    ["an agency in lower case", async () => `Bearer ${await jwt({ agency: "saic", region: "440000" })}`],
    ["an empty agency", async () => `Bearer ${await jwt({ agency: "", region: "440000" })}`],
    ["no subject", async () => `Bearer ${await jwt({ agency: "SAIC", region: "440000" }, { sub: null })}`],
    ["roles that are not a list of strings", async () => `Bearer ${await jwt({ agency: "SAIC", region: "440000", roles: "admin" })}`],
    ["a token signed with the subgraph secret", async () => `Bearer ${await jwt({ agency: "OFFICE", region: "000000" }, { secret: DEV_SUBGRAPH_SECRET })}`],
    ["an RS256 header over an HMAC signature (key confusion)", async () => `Bearer ${await hmacWithHeader({ alg: "RS256", typ: "JWT" })}`],
    ["an unknown critical header", async () => `Bearer ${await hmacWithHeader({ alg: "HS256", crit: ["x-ipr"], "x-ipr": 1 })}`],
  ];
  test.each(bad)("%s gets 401 UNAUTHENTICATED and no data", async (_what, authorization) => {
    const res = await p.query({ authorization: await authorization() }, `query($id: ID!) { saicCase(id: $id) { caseNumber } }`, { id: zj.sourceId });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data ?? null).toBeNull();
  });

  test("a token in the query string instead of the header gets 401", async () => {
    const url = `${p.gateway.url}?access_token=${await token("OFFICE", "000000")}&query=${encodeURIComponent("{ saicCases { totalCount } }")}`;
    const res = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).data ?? null).toBeNull();
  });

  test("identity headers sent by a caller are not forwarded: a Guangdong token with a forged national identity still sees Guangdong only", async () => {
    const forged = encodeIdentity(identity("OFFICE", "000000"));
    const res = await fetch(p.gateway.url, {
      method: "POST",
      headers: {
        "content-type": "application/json", authorization: `Bearer ${await token("SAIC", "440000")}`,
        ...signRequest(DEV_SUBGRAPH_SECRET, forged, "{}"),
      },
      body: JSON.stringify({ query: `query($id: ID!) { saicCase(id: $id) { id } saicCases(filter: { region: "330000" }) { totalCount } }`, variables: { id: zj.sourceId } }),
    });
    const body = (await res.json()) as any;
    expect(body.data?.saicCase ?? null).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(leaks(body)).toEqual([]);
  });
});

describe("gateway-to-subgraph signature, at every subgraph", () => {
  const NAMES = ["office", "linkage", "saic", "ipo", "press", "agriculture", "customs", "postal", "police", "procuratorate", "courts"];
  const BODY = JSON.stringify({ query: "{ _service { sdl } }", variables: {} });
  const who = encodeIdentity(identity("OFFICE", "000000"));
  const post = async (name: string, headers: Record<string, string>, body = BODY) => {
    const res = await fetch(p.subgraphs[name].url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    return { status: res.status, ...((await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }) };
  };
  /** Each attack gives the headers to send and, for a replay, the body they are sent with. */
  const attacks: Array<[string, () => { headers: Record<string, string>; body?: string }]> = [
    ["a signature ten minutes old", () => ({ headers: signRequest(DEV_SUBGRAPH_SECRET, who, BODY, Date.now() - 10 * 60_000) })],
    ["a signature dated ten minutes ahead", () => ({ headers: signRequest(DEV_SUBGRAPH_SECRET, who, BODY, Date.now() + 10 * 60_000) })],
    ["a valid signature replayed on a different body", () => ({
      headers: signRequest(DEV_SUBGRAPH_SECRET, who, JSON.stringify({ query: "{ __typename }", variables: {} })), body: BODY })],
    ["a valid signature with the identity swapped for a national one", () => ({
      headers: { ...signRequest(DEV_SUBGRAPH_SECRET, encodeIdentity(identity("SAIC", "440000")), BODY), [IDENTITY_HEADER]: who } })],
  ];
  const cases = NAMES.flatMap((name) => attacks.map(([what, make]) => [name, what, make] as const));
  test.each(cases)("%s refuses %s with 401 and no data", async (name, _what, make) => {
    const { headers, body } = make();
    const res = await post(name, headers, body);
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  // gateway.test.ts sends these two to saic, linkage and police; here the other eight
  const OTHERS = NAMES.filter((n) => !["saic", "linkage", "police"].includes(n));
  const direct = OTHERS.flatMap((name) => [[name, "an unsigned call", { sign: false }], [name, "a call signed with a wrong secret", { secret: "not-the-subgraph-secret" }]] as const);
  test.each(direct)("%s refuses %s with 401 and no data", async (name, _what, opts) => {
    const res = await callSubgraph(p.subgraphs[name].url, identity("OFFICE"), `{ _service { sdl } }`, {}, opts);
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("a correctly signed identity with an unknown agency is refused with 401", async () => {
    const forged = Buffer.from(JSON.stringify({ sub: "x", agency: "MINISTRY_OF_MAGIC", region: "000000", roles: [] })).toString("base64url");
    const res = await post("saic", signRequest(DEV_SUBGRAPH_SECRET, forged, BODY));
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
  });

  test("a timestamp that is not a number is refused with 401", async () => {
    const res = await post("police", { ...signRequest(DEV_SUBGRAPH_SECRET, who, BODY), [TIMESTAMP_HEADER]: "1e99" });
    expect(res.status).toBe(401);
  });

  test("a read's signature replayed on a write writes nothing", async () => {
    const w = gdWrites.fileCriminalCase;
    const write = JSON.stringify({ query: mutationOf(w), variables: { input: w.input } });
    const before = await tables.counts();
    const headers = signRequest(DEV_SUBGRAPH_SECRET, encodeIdentity(identity("POLICE", GD)), JSON.stringify({ query: "{ criminalCases { totalCount } }", variables: {} }));
    const res = await post("police", headers, write);
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(await tables.counts()).toEqual(before);
  });

  test("a signature header of the wrong length is refused with 401", async () => {
    const res = await post("linkage", { ...signRequest(DEV_SUBGRAPH_SECRET, who, BODY), [SIGNATURE_HEADER]: "AAAA" });
    expect(res.status).toBe(401);
  });
});

describe("cross-region reads: a Guangdong officer learns nothing about Zhejiang", () => {
  const lookups: Array<[string, string, () => string]> = [
    ["saicCase", "saicCase(id: $id) { id caseNumber }", () => zjSource.SAIC_CASE],
    ["patentCase", "patentCase(id: $id) { id caseNumber }", () => zjSource.PATENT_CASE],
    ["copyrightCase", "copyrightCase(id: $id) { id caseNumber }", () => zjSource.COPYRIGHT_CASE],
    ["plantVarietyCase", "plantVarietyCase(id: $id) { id caseNumber }", () => zjSource.PLANT_VARIETY_CASE],
    ["customsSeizure", "customsSeizure(id: $id) { id caseNumber }", () => zjSource.CUSTOMS_SEIZURE],
    ["postalInterception", "postalInterception(id: $id) { id caseNumber }", () => zjSource.POSTAL_INTERCEPTION],
    ["referral", "referral(id: $id) { id reason }", () => zj.referralId],
    ["criminalCase", "criminalCase(id: $id) { id filingNumber }", () => zj.criminalCaseId],
    ["person", "person(id: $id) { id name }", () => zjPersons[0]],
    ["arrestReview", "arrestReview(id: $id) { id decision }", () => zj.arrestReviewId],
    ["prosecution", "prosecution(id: $id) { id decision }", () => zj.prosecutionId],
    ["courtCase", "courtCase(id: $id) { id caseNumber }", () => zj.courtCaseId],
    ["misconductCase", "misconductCase(id: $id) { id caseNumber }", () => zj.fileMisconductCase],
    ["typicalCase", "typicalCase(id: $id) { id title }", () => zj.typicalCaseId],
    ["clue", "clue(id: $id) { id summary }", () => zj.sendClue],
    ["assistanceRequest", "assistanceRequest(id: $id) { id subject }", () => zj.requestAssistance],
    ["courierComplianceCheck", "courierComplianceCheck(id: $id) { id outletName }", () => zj.recordCourierComplianceCheck],
    ["softwareLegalisationCheck", "softwareLegalisationCheck(id: $id) { id organisationName }", () => zj.recordSoftwareLegalisationCheck],
  ];
  test.each(lookups)("%s(id) of a Zhejiang row answers null, no error", async (field, selection, id) => {
    const res = await p.query(GD_SAIC, `query($id: ID!) { ${selection} }`, { id: id() });
    expect(res.errors).toBeUndefined();
    expect(res.data[field]).toBeNull();
    // and the national office does see it: the probe is not vacuous
    expect((await p.query(OFFICE, `query($id: ID!) { ${selection} }`, { id: id() })).data[field]).not.toBeNull();
  });

  /** [list, has a region filter]; the exchanges (clues, assistance) list what was sent from or to the caller's region. */
  const lists: Array<[string, boolean]> = [
    ["saicCases", true], ["patentCases", true], ["copyrightCases", true], ["plantVarietyCases", true], ["customsSeizures", true],
    ["postalInterceptions", true], ["referrals", true], ["criminalCases", true], ["arrestReviews", true], ["prosecutions", true],
    ["courtCases", true], ["misconductCases", true], ["typicalCases", true], ["courierComplianceChecks", true],
    ["softwareLegalisationChecks", true], ["clues", false], ["assistanceRequests", false],
  ];
  test.each(lists)("%s lists and totals leave Zhejiang out", async (field, hasRegion) => {
    const q = `{ ${field}(first: 100) { totalCount edges { node { id region ${hasRegion ? "" : "toRegion"} } } } }`;
    const mine = await p.query(GD_SAIC, q);
    expect(mine.errors).toBeUndefined();
    const { totalCount, edges } = mine.data[field];
    expect(leaks(mine)).toEqual([]);
    expect(edges.every((e: any) => e.node.region.startsWith("44") || e.node.toRegion?.startsWith("44"))).toBe(true);
    expect(totalCount).toBe(edges.length);
    const theirs = (await p.query({ agency: "SAIC", region: "330000" }, q)).data[field].totalCount;
    expect(theirs).toBeGreaterThan(0);
    // Guangdong's total plus Zhejiang's is the national total (less the one exchange between them, which both see)
    const all = (await p.query(OFFICE, q)).data[field].totalCount;
    expect(totalCount + theirs - (hasRegion ? 0 : 1)).toBe(all);
  });

  test.each(lists.filter(([, hasRegion]) => hasRegion).map(([f]) => f))("%s(filter: { region: \"330000\" }) is FORBIDDEN with no data", async (field) => {
    const res = await p.query(GD_SAIC, `{ ${field}(filter: { region: "330000" }) { totalCount edges { node { id } } } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "filter.region" });
    expect(res.data ?? null).toBeNull();
  });

  // the register is public, so the enterprise itself is found; its cases are not
  const contributed: Array<[string, string]> = [
    ["saicCases", "SAIC_CASE"], ["patentCases", "PATENT_CASE"], ["copyrightCases", "COPYRIGHT_CASE"], ["plantVarietyCases", "PLANT_VARIETY_CASE"],
    ["customsSeizures", "CUSTOMS_SEIZURE"], ["postalInterceptions", "POSTAL_INTERCEPTION"], ["criminalCases", "SAIC_CASE"], ["courtCases", "SAIC_CASE"],
  ];
  test.each(contributed)("Enterprise.%s of a Zhejiang right holder is empty for Guangdong", async (field, type) => {
    const q = `query($c: String!) { enterprise(creditCode: $c) { creditCode ${field} { id } } }`;
    const res = await p.query(GD_SAIC, q, { c: zjHolder[type] });
    expect(res.errors).toBeUndefined();
    expect(res.data.enterprise[field]).toEqual([]);
    expect((await p.query(OFFICE, q, { c: zjHolder[type] })).data.enterprise[field].length).toBeGreaterThan(0);
  });

  test("a clue sent to Guangdong about a Zhejiang case is read without the case", async () => {
    const res = await p.query(GD_SAIC, `query($id: ID!) { clue(id: $id) { id summary case { ... on CustomsSeizure { id goods } } } }`, { id: zj.clueToGd });
    expect(res.data.clue).toMatchObject({ id: zj.clueToGd, case: null });
    expect(leaks(res.data.clue.case)).toEqual([]);
  });

  test("an assistance request to Guangdong about a Zhejiang case is read without the case", async () => {
    const res = await p.query(GD_SAIC, `query($id: ID!) { assistanceRequest(id: $id) { id case { ... on SaicCase { id caseNumber referrals { id } } } } }`, { id: zj.assistanceToGd });
    expect(res.data.assistanceRequest).toMatchObject({ id: zj.assistanceToGd, case: null });
  });

  const reports: Array<[string, string, Caller?]> = [
    ["monthlyReport of 330000", `{ monthlyReport(region: "330000", period: "2017-10") { region tradeSecretCases { cases } police { casesFiled } courts { casesFiled } } }`],
    ["monthlyReport of a Zhejiang city", `{ monthlyReport(region: "330100", period: "2017-10", scope: ALL) { region trademarkCases { cases amountInvolved } } }`],
    ["national monthlyReport for a provincial officer", `{ monthlyReport(region: "000000", period: "2017-10") { region trademarkCases { cases } } }`],
    ["monthlyReports naming 330000", `{ monthlyReports(regions: ["440000", "330000"], from: "2017-10", to: "2017-10") { region trademarkCases { cases } } }`],
    ["casesOverThresholdNotReferred in 330000", `{ casesOverThresholdNotReferred(sourceType: SAIC_CASE, region: "330000", from: "2017-01-01", to: "2017-12-31") { __typename } }`],
    ["courierComplianceSummary of 330000", `{ courierComplianceSummary(region: "330000", from: "2017-01-01", to: "2017-12-31") { checks } }`],
    ["lateOrMissingReports for a non-office caller", `{ lateOrMissingReports(period: "2017-10") { region } }`],
  ];
  test.each(reports)("%s is refused with no figures", async (_what, query, who = GD_SAIC) => {
    const res = await p.query(who, query);
    expect(["FORBIDDEN"]).toContain(res.errors?.[0].extensions?.code);
    expect(res.data ?? null).toBeNull();
  });

  test("the monthly CSV export of 330000 is refused with 403 and no table", async () => {
    const res = await fetch(p.gateway.url.replace("/graphql", "/reports/monthly.csv?region=330000&period=2017-10"), {
      headers: { authorization: `Bearer ${await token("SAIC", "440000")}` },
    });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain("浙江");
  });

  test("monthlyReports with no regions gives Guangdong's units only", async () => {
    const res = await p.query(GD_SAIC, `{ monthlyReports(from: "2017-10", to: "2017-10") { region } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.monthlyReports.map((r: any) => r.region)).toEqual(["440000"]);
  });
});

describe("cross-region writes: a Guangdong officer writes nothing in Zhejiang", () => {
  const KEYS = [
    "registerEnterprise", "createSaicCase", "createPatentCase", "createCopyrightCase", "createPlantVarietyCase", "recordCustomsSeizure",
    "recordPostalInterception", "recordCourierComplianceCheck", "recordSoftwareLegalisationCheck", "fileCriminalCase", "sendReferral",
    "decideReferral", "openFilingSupervision", "recordArrestReview", "recordProsecution", "fileMisconductCase", "fileCourtCase",
    "recordJudgment", "reportTypicalCase", "sendClue", "requestAssistance",
  ];
  test.each(KEYS)("%s in 330100 by its own agency of 440000 is refused", async (key) => {
    const w = zjWrites[key];
    await refusedWrite({ agency: w.agency, region: "440000" }, w, ["FORBIDDEN", "NOT_FOUND"]);
  });

  // the input's region is the caller's own, but what it points to is in Zhejiang: absent, so nothing to act on
  const pointing: Array<[string, (w: Record<string, Write>) => Write]> = [
    ["sendReferral of a Zhejiang case", (w) => ({ ...w.sendReferral, input: { ...w.sendReferral.input, sourceId: zj.unreferredCaseId } })],
    ["decideReferral FILED with a Zhejiang criminal case", (w) => ({ ...w.decideReferral, input: { referralId: gdPendingReferralId, decision: "FILED", criminalCaseId: zj.criminalCaseId } })],
    ["recordArrestReview of a Zhejiang criminal case", (w) => ({ ...w.recordArrestReview, input: { ...w.recordArrestReview.input, criminalCaseId: zj.criminalCaseId, personIds: zjPersons } })],
    ["recordProsecution of a Zhejiang criminal case", (w) => ({ ...w.recordProsecution, input: { ...w.recordProsecution.input, criminalCaseId: zj.criminalCaseId, defendantIds: zjPersons } })],
    ["fileMisconductCase about a Zhejiang criminal case", (w) => ({ ...w.fileMisconductCase, input: { ...w.fileMisconductCase.input, relatedCriminalCaseId: zj.criminalCaseId } })],
    ["fileCourtCase trying a Zhejiang prosecution", (w) => ({ ...w.fileCourtCase, input: { ...w.fileCourtCase.input, prosecutionId: zj.prosecutionId } })],
    ["recordJudgment of a Zhejiang court case", (w) => ({ ...w.recordJudgment, input: { ...w.recordJudgment.input, courtCaseId: zj.civilCaseId } })],
    ["openFilingSupervision of a Zhejiang referral", (w) => ({ ...w.openFilingSupervision, input: { ...w.openFilingSupervision.input, referralId: zj.pendingReferralId } })],
    ["sendClue attaching a Zhejiang case", (w) => ({ ...w.sendClue, input: { ...w.sendClue.input, caseType: "SAIC_CASE", caseId: zjSource.SAIC_CASE } })],
    ["requestAssistance attaching a Zhejiang case", (w) => ({ ...w.requestAssistance, input: { ...w.requestAssistance.input, caseType: "SAIC_CASE", caseId: zjSource.SAIC_CASE } })],
  ];
  test.each(pointing)("%s, in the caller's own region, is refused exactly like an unknown id", async (_what, make) => {
    const w = make(gdWrites);
    const res = await refusedWrite({ agency: w.agency, region: "440000" }, w, ["FORBIDDEN", "NOT_FOUND"]);
    // no existence oracle: swap every Zhejiang id for one that exists nowhere, and the answer is the same
    const unknown = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const swap = (text: string) => [...zjIds].reduce((t, id, i) => t.split(id).join(unknown(i)), text);
    const blind = await refusedWrite({ agency: w.agency, region: "440000" }, { ...w, input: JSON.parse(swap(JSON.stringify(w.input))) }, ["FORBIDDEN", "NOT_FOUND"]);
    const shape = (r: typeof res) => r.errors?.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field, message: swap(e.message) }));
    expect(shape(res)).toEqual(shape(blind));
  });
});

describe("cross-agency writes: each agency's main mutations by another agency", () => {
  const WRONG: Array<[string, string]> = [
    ["registerEnterprise", "POLICE"], ["createSaicCase", "IPO"], ["createPatentCase", "SAIC"], ["createCopyrightCase", "CUSTOMS"],
    ["createPlantVarietyCase", "PRESS"], ["recordCustomsSeizure", "POSTAL"], ["recordPostalInterception", "CUSTOMS"],
    ["recordCourierComplianceCheck", "AGRICULTURE"], ["recordSoftwareLegalisationCheck", "SAIC"], ["fileCriminalCase", "PROCURATORATE"],
    ["sendReferral", "POLICE"], ["decideReferral", "SAIC"], ["openFilingSupervision", "POLICE"], ["recordArrestReview", "POLICE"],
    ["recordProsecution", "COURTS"], ["fileMisconductCase", "POLICE"], ["fileCourtCase", "PROCURATORATE"], ["recordJudgment", "PROCURATORATE"],
    ["reportTypicalCase", "SAIC"],
  ];
  test.each(WRONG)("%s by %s is FORBIDDEN and writes nothing", async (key, agency) => {
    await refusedWrite({ agency, region: "440000" }, gdWrites[key]);
  });

  test.each(["createSaicCase", "fileCriminalCase", "recordProsecution", "recordJudgment", "sendReferral", "recordCustomsSeizure"])(
    "%s by the national office (which writes only office data) is FORBIDDEN",
    async (key) => {
      await refusedWrite(OFFICE, gdWrites[key]);
    },
  );
});
