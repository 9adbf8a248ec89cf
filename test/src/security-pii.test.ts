import { makeIdNumber } from "@ipr/shared";
import { startPlatform, type Caller, type GatewayResponse, type Platform } from "./platform";
import { runFullChain } from "./chain";
import { must, mutationOf, writes } from "./security-support";

/**
 * Personal data and trade secrets through every path of the federated graph. The rules live where
 * the data does (each subgraph's src/policy.ts): suspects' name and ID number are masked, their date
 * of birth is null with a FORBIDDEN error, outside POLICE, PROCURATORATE and COURTS, whichever
 * agency's entity leads to them; a trade-secret case's description is null with a FORBIDDEN error
 * outside SAIC, POLICE, PROCURATORATE and COURTS; a duty-crime suspect's (an official's) name is masked.
 */
const GD = "440300";
let p: Platform;
let chain: Awaited<ReturnType<typeof runFullChain>>;
let holder: string;
let personIds: string[];
let secretCaseId: string;
let secretReferralId: string;
let misconductId: string;

/** What runFullChain files: the suspects' clear data, which no masked response may contain. */
const CLEAR = [
  { name: "王强", birthDate: "1979-03-02", nationality: "CN" },
  { name: "陈静", birthDate: "1988-12-12", nationality: "CN" },
];
const SECRET = "客户名单及报价策略：共 1,284 家经销商，底价为出厂价的 0.62 倍";
const OFFICIAL = "钱七";

beforeAll(async () => {
  p = await startPlatform();
  chain = await runFullChain(p, "SAIC_CASE", GD);
  const office = { agency: "OFFICE", region: "000000" };
  holder = must(await p.query(office, `query($id: ID!) { saicCase(id: $id) { rightHolderCreditCode } }`, { id: chain.sourceId })).saicCase.rightHolderCreditCode;
  const police = { agency: "POLICE", region: GD };
  const suspects = must(await p.query(police, `query($id: ID!) { criminalCase(id: $id) { suspects { id idNumber } } }`, { id: chain.criminalCaseId })).criminalCase.suspects;
  personIds = suspects.map((s: { id: string }) => s.id);
  CLEAR.forEach((c, i) => Object.assign(c, { idNumber: suspects[i].idNumber }));
  const saic = { agency: "SAIC", region: GD };
  secretCaseId = must(await p.query(saic, `mutation($input: CreateSaicCaseInput!) { createSaicCase(input: $input) { id } }`, {
    input: { caseNumber: "粤工商处字〔2017〕商秘1号", category: "TRADE_SECRET", region: GD, openedOn: "2017-10-09", rightHolderCreditCode: holder,
      foreignInvested: true, amountInvolved: "900000.00", rightHolderLoss: "650000.00", description: SECRET },
  })).createSaicCase.id;
  secretReferralId = must(await p.query(saic, `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }`, {
    input: { sourceType: "SAIC_CASE", sourceId: secretCaseId, region: GD, reason: "损失超过五十万元，涉嫌侵犯商业秘密罪" },
  })).sendReferral.id;
  const w = writes(GD, holder, { criminalCaseId: chain.criminalCaseId, personIds, prosecutionId: "", courtCaseId: "", sourceId: "", pendingReferralId: "" }).fileMisconductCase;
  misconductId = must(await p.query({ agency: "PROCURATORATE", region: GD }, mutationOf(w).replace("__typename", "id"), { input: { ...w.input, officialName: OFFICIAL } })).fileMisconductCase.id;
}, 60_000);
afterAll(() => p?.stop());

const PERSON = "id name idNumber birthDate nationality";
type Path = [string, string, () => Record<string, unknown>, (data: any) => any[]];
/** Every way the graph leads to a suspect: the query, its variables, and where the persons are in the answer. */
const PATHS: Path[] = [
  ["criminalCase(id).suspects", `query($id: ID!) { criminalCase(id: $id) { filingNumber suspects { ${PERSON} } } }`, () => ({ id: chain.criminalCaseId }),
    (d) => d.criminalCase.suspects],
  ["criminalCases list suspects", `{ criminalCases(first: 100) { edges { node { filingNumber suspects { ${PERSON} } } } } }`, () => ({}),
    (d) => d.criminalCases.edges.flatMap((e: any) => e.node.suspects)],
  ["person(id)", `query($a: ID!, $b: ID!) { a: person(id: $a) { ${PERSON} } b: person(id: $b) { ${PERSON} } }`, () => ({ a: personIds[0], b: personIds[1] }),
    (d) => [d.a, d.b]],
  ["referral(id).criminalCase.suspects", `query($id: ID!) { referral(id: $id) { status criminalCase { suspects { ${PERSON} } } } }`, () => ({ id: chain.referralId }),
    (d) => d.referral.criminalCase.suspects],
  ["saicCase(id).referrals.criminalCase.suspects", `query($id: ID!) { saicCase(id: $id) { caseNumber referrals { criminalCase { suspects { ${PERSON} } } } } }`,
    () => ({ id: chain.sourceId }), (d) => d.saicCase.referrals.flatMap((r: any) => r.criminalCase.suspects)],
  ["arrestReviews.persons", `query($id: ID!) { arrestReviews(filter: { criminalCaseId: $id }) { edges { node { decision persons { ${PERSON} } } } } }`,
    () => ({ id: chain.criminalCaseId }), (d) => d.arrestReviews.edges.flatMap((e: any) => e.node.persons)],
  ["criminalCase.arrestReviews.persons", `query($id: ID!) { criminalCase(id: $id) { arrestReviews { persons { ${PERSON} } } } }`,
    () => ({ id: chain.criminalCaseId }), (d) => d.criminalCase.arrestReviews.flatMap((a: any) => a.persons)],
  ["prosecution(id).defendants", `query($id: ID!) { prosecution(id: $id) { decision defendants { ${PERSON} } } }`, () => ({ id: chain.prosecutionId }),
    (d) => d.prosecution.defendants],
  ["prosecutions list defendants", `query($id: ID!) { prosecutions(filter: { criminalCaseId: $id }) { edges { node { defendants { ${PERSON} } } } } }`,
    () => ({ id: chain.criminalCaseId }), (d) => d.prosecutions.edges.flatMap((e: any) => e.node.defendants)],
  ["courtCase(id).judgment.sentences.person", `query($id: ID!) { courtCase(id: $id) { caseNumber judgment { verdict sentences { prisonMonths person { ${PERSON} } } } } }`,
    () => ({ id: chain.courtCaseId }), (d) => d.courtCase.judgment.sentences.map((s: any) => s.person)],
  ["criminalCase.prosecutions.courtCases.judgment.sentences.person",
    `query($id: ID!) { criminalCase(id: $id) { prosecutions { courtCases { judgment { sentences { person { ${PERSON} } } } } } } }`, () => ({ id: chain.criminalCaseId }),
    (d) => d.criminalCase.prosecutions.flatMap((x: any) => x.courtCases.flatMap((c: any) => c.judgment.sentences.map((s: any) => s.person)))],
  ["Enterprise.criminalCases.suspects", `query($c: String!) { enterprise(creditCode: $c) { name criminalCases { suspects { ${PERSON} } } } }`, () => ({ c: holder }),
    (d) => d.enterprise.criminalCases.flatMap((c: any) => c.suspects)],
  ["person(id).sentences.judgment back to the person", `query($id: ID!) { person(id: $id) { sentences { prisonMonths judgment { sentences { person { ${PERSON} } } } } } }`,
    () => ({ id: personIds[0] }), (d) => d.person.sentences.flatMap((s: any) => s.judgment.sentences.map((x: any) => x.person))],
];

const MASKED_CALLERS: Caller[] = [{ agency: "SAIC", region: "440000" }, { agency: "OFFICE", region: "000000" }, { agency: "CUSTOMS", region: GD }];
const CLEAR_CALLERS: Caller[] = [{ agency: "POLICE", region: "440000" }, { agency: "COURTS", region: GD }];
const who = (c: Caller) => ("agency" in c ? `${c.agency} ${c.region}` : "raw");

describe("suspects' personal data on every path", () => {
  const masked = PATHS.flatMap((path) => MASKED_CALLERS.map((c) => [path[0], who(c), c, path] as const));
  test.each(masked)("%s for %s: name and ID number masked, birth date FORBIDDEN, the rest returned", async (_path, _who, caller, [, query, vars, persons]) => {
    const res = await p.query(caller, query, vars());
    const found = persons(res.data);
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const person of found) {
      expect(person.name).toMatch(/^[^*]\*+$/u);
      expect(person.idNumber).toMatch(/^\d{6}\*{11}[\dX]$/);
      expect(person.birthDate).toBeNull();
      expect(person.nationality).toBe("CN");
    }
    // one FORBIDDEN entry per person, at the birth date's own path; nothing else went wrong
    expect(res.errors?.length).toBe(found.length);
    for (const e of res.errors!) {
      expect(e.extensions).toMatchObject({ code: "FORBIDDEN", field: "Person.birthDate" });
      expect(e.path?.[e.path.length - 1]).toBe("birthDate");
    }
    const text = JSON.stringify(res);
    for (const c of CLEAR) for (const secret of [c.name, (c as any).idNumber, c.birthDate, c.birthDate.replace(/-/g, "")]) expect(text).not.toContain(secret);
  });

  const clear = PATHS.flatMap((path) => CLEAR_CALLERS.map((c) => [path[0], who(c), c, path] as const));
  test.each(clear)("%s for %s: shown in full", async (_path, _who, caller, [, query, vars, persons]) => {
    const res = await p.query(caller, query, vars());
    expect(res.errors).toBeUndefined();
    const found = persons(res.data).map(({ name, idNumber, birthDate, nationality }: any) => ({ name, idNumber, birthDate, nationality }));
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const person of found) expect(CLEAR).toContainEqual(person);
  });

  test("the birth date is derived from the resident ID (digits 7-14)", () => {
    expect(CLEAR.map((c) => (c as any).idNumber.slice(6, 14))).toEqual(["19790302", "19881212"]);
    expect(makeIdNumber(GD, "1979-03-02", 1).slice(6, 14)).toBe("19790302");
  });
});

describe("trade-secret case descriptions", () => {
  type SecretPath = [string, string, () => Record<string, unknown>, (data: any) => any[]];
  const SECRET_PATHS: SecretPath[] = [
    ["saicCase(id)", `query($id: ID!) { saicCase(id: $id) { caseNumber category description } }`, () => ({ id: secretCaseId }), (d) => [d.saicCase]],
    ["saicCases list", `{ saicCases(first: 100, filter: { category: TRADE_SECRET }) { totalCount edges { node { caseNumber category description } } } }`, () => ({}),
      (d) => d.saicCases.edges.map((e: any) => e.node)],
    ["referral(id).source", `query($id: ID!) { referral(id: $id) { status source { ... on SaicCase { caseNumber category description } } } }`,
      () => ({ id: secretReferralId }), (d) => [d.referral.source]],
    ["referrals list sources", `{ referrals(first: 100) { edges { node { source { ... on SaicCase { caseNumber category description } } } } } }`, () => ({}),
      (d) => d.referrals.edges.map((e: any) => e.node.source).filter((s: any) => s.category === "TRADE_SECRET")],
    ["Enterprise.saicCases", `query($c: String!) { enterprise(creditCode: $c) { saicCases { caseNumber category description } } }`, () => ({ c: holder }),
      (d) => d.enterprise.saicCases.filter((c: any) => c.category === "TRADE_SECRET")],
  ];
  const DENIED: Caller[] = [{ agency: "OFFICE", region: "000000" }, { agency: "IPO", region: "440000" }, { agency: "CUSTOMS", region: GD }];
  const ALLOWED: Caller[] = [{ agency: "SAIC", region: "440000" }, { agency: "POLICE", region: GD }, { agency: "PROCURATORATE", region: GD }, { agency: "COURTS", region: "440000" }];

  const denied = SECRET_PATHS.flatMap((path) => DENIED.map((c) => [path[0], who(c), c, path] as const));
  test.each(denied)("%s for %s: description null with a FORBIDDEN error, the case itself returned", async (_path, _who, caller, [, query, vars, cases]) => {
    const res: GatewayResponse<any> = await p.query(caller, query, vars());
    const found = cases(res.data);
    expect(found.length).toBe(1);
    expect(found[0]).toEqual({ caseNumber: "粤工商处字〔2017〕商秘1号", category: "TRADE_SECRET", description: null });
    expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: "FORBIDDEN", field: "SaicCase.description" })]);
    expect(JSON.stringify(res)).not.toContain("经销商");
  });

  const allowed = SECRET_PATHS.flatMap((path) => ALLOWED.map((c) => [path[0], who(c), c, path] as const));
  test.each(allowed)("%s for %s: shown", async (_path, _who, caller, [, query, vars, cases]) => {
    const res = await p.query(caller, query, vars());
    expect(res.errors).toBeUndefined();
    expect(cases(res.data).map((c: any) => c.description)).toEqual([SECRET]);
  });

  test("a trademark case's description is open to every agency", async () => {
    const res = await p.query({ agency: "CUSTOMS", region: GD }, `query($id: ID!) { saicCase(id: $id) { category description } }`, { id: chain.sourceId });
    expect(res.errors).toBeUndefined();
    expect(res.data.saicCase.category).toBe("TRADEMARK");
  });
});

describe("the name of an official under investigation (procuratorate)", () => {
  const PATHS_M: Array<[string, string, () => Record<string, unknown>, (d: any) => any[]]> = [
    ["misconductCase(id)", `query($id: ID!) { misconductCase(id: $id) { caseNumber officialName } }`, () => ({ id: misconductId }), (d) => [d.misconductCase]],
    ["misconductCases list", `{ misconductCases(first: 100) { edges { node { caseNumber officialName } } } }`, () => ({}), (d) => d.misconductCases.edges.map((e: any) => e.node)],
    ["criminalCase.misconductCases", `query($id: ID!) { criminalCase(id: $id) { misconductCases { caseNumber officialName } } }`, () => ({ id: chain.criminalCaseId }),
      (d) => d.criminalCase.misconductCases],
  ];
  const cases = PATHS_M.flatMap((path) => [...MASKED_CALLERS, ...CLEAR_CALLERS, { agency: "PROCURATORATE", region: GD }].map((c) => [path[0], who(c), c, path] as const));
  test.each(cases)("%s for %s", async (_path, _who, caller, [, query, vars, found]) => {
    const res = await p.query(caller, query, vars());
    expect(res.errors).toBeUndefined();
    const reader = ["POLICE", "PROCURATORATE", "COURTS"].includes((caller as { agency: string }).agency);
    expect(found(res.data).map((m: any) => m.officialName)).toEqual([reader ? OFFICIAL : "钱*"]);
  });
});
