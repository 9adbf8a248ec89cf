import { makeCreditCode, makeIdNumber } from "@ipr/shared";
import { startPlatform, type Platform } from "./platform";
import { M } from "./chain";

/**
 * The courts at the end of the chain: a criminal case tries the procuratorate's prosecution of the
 * police's suspects, checked against the procuratorate through a signed peer call.
 */
let p: Platform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const PROSECUTE = `mutation($input: RecordProsecutionInput!) { recordProsecution(input: $input) { id decision defendants { id } } }`;
const FILE = `mutation($input: FileCourtCaseInput!) { fileCourtCase(input: $input) { id caseNumber kind prosecution { id } } }`;
const JUDGE = `mutation($input: RecordJudgmentInput!) { recordJudgment(input: $input) { id judgment { verdict sentences { prisonMonths } } } }`;
const TRACE = `query($id: ID!) {
  criminalCase(id: $id) {
    filingNumber
    prosecutions { decision courtCases { caseNumber judgment { verdict sentences { prisonMonths person { name } } } } }
  }
}`;

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

let serial = 0;
/**
 * A criminal case the police filed with two suspects, then the procuratorate's decision on the suspects
 * picked by `defendants`. The police file directly here rather than through `runChain`: the referral
 * leg is chain.test.ts's subject, and the courts depend only on the criminal case and its prosecution.
 */
async function prosecuted(region: string, decision = "PROSECUTED", defendants = [0, 1]) {
  const n = ++serial;
  const { fileCriminalCase } = must(await p.query({ agency: "POLICE", region }, M.file, {
    input: {
      filingNumber: `公经立-法院-${region}-${n}`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: "2017-10-12", amountInvolved: "86000.00",
      rightHolderCreditCode: makeCreditCode(region, 30_000 + n), foreignInvested: true,
      suspects: [
        { name: "张伟", idNumber: makeIdNumber(region, "1980-05-01", n * 2), caughtOn: "2017-10-15" },
        { name: "李娜", idNumber: makeIdNumber(region, "1985-07-21", n * 2 + 1), caughtOn: "2017-10-16" },
      ],
    },
  }));
  const chain = { criminalCaseId: fileCriminalCase.id as string };
  const suspects = fileCriminalCase.suspects as Array<{ id: string }>;
  const { recordProsecution } = must(await p.query({ agency: "PROCURATORATE", region }, PROSECUTE, {
    input: {
      criminalCaseId: chain.criminalCaseId, defendantIds: defendants.map((i) => suspects[i].id), decision,
      decidedOn: "2017-12-01", region, foreignInvested: true,
    },
  }));
  return { ...chain, suspects, prosecutionId: recordProsecution.id as string };
}

const criminal = (region: string, prosecutionId: string, over: Record<string, unknown> = {}) => ({
  caseNumber: `（2017）${region}刑初${++serial}号`, kind: "CRIMINAL", region, filedOn: "2017-12-10", prosecutionId,
  ipType: "TRADEMARK", foreignInvested: true, ...over,
});
const courtCases = async () => must(await p.query({ agency: "OFFICE", region: "000000" }, `{ courtCases { totalCount } }`)).courtCases.totalCount;

describe("courts through the gateway: prosecution → criminal trial → judgment", () => {
  test("a prosecuted case is tried, both defendants sentenced, and the chain traces from the criminal case", async () => {
    const chain = await prosecuted("440300");
    const court = { agency: "COURTS", region: "440300" };
    const filed = must(await p.query(court, FILE, { input: criminal("440300", chain.prosecutionId) })).fileCourtCase;
    expect(filed).toMatchObject({ kind: "CRIMINAL", prosecution: { id: chain.prosecutionId } });
    const judged = must(await p.query(court, JUDGE, {
      input: {
        courtCaseId: filed.id, decidedOn: "2018-03-15", verdict: "GUILTY", fine: "150000",
        sentences: [
          { personId: chain.suspects[0].id, prisonMonths: 42 },
          { personId: chain.suspects[1].id, prisonMonths: 24, probationMonths: 36 },
        ],
      },
    })).recordJudgment;
    expect(judged.judgment).toEqual({ verdict: "GUILTY", sentences: [{ prisonMonths: 42 }, { prisonMonths: 24 }] });

    const trace = await p.query({ agency: "COURTS", region: "440000" }, TRACE, { id: chain.criminalCaseId });
    expect(trace.errors).toBeUndefined();
    expect(trace.data.criminalCase.prosecutions).toEqual([{
      decision: "PROSECUTED",
      courtCases: [{
        caseNumber: filed.caseNumber,
        judgment: { verdict: "GUILTY", sentences: [{ prisonMonths: 42, person: { name: "张伟" } }, { prisonMonths: 24, person: { name: "李娜" } }] },
      }],
    }]);
    // outside criminal justice the same trace shows the sentences, with the names masked
    const saic = await p.query({ agency: "SAIC", region: "440300" }, TRACE, { id: chain.criminalCaseId });
    expect(saic.data.criminalCase.prosecutions[0].courtCases[0].judgment.sentences.map((s: any) => s.person.name)).toEqual(["张*", "李*"]);
  });

  test("a NOT_PROSECUTED decision cannot be tried", async () => {
    const chain = await prosecuted("440100", "NOT_PROSECUTED");
    const before = await courtCases();
    const res = await p.query({ agency: "COURTS", region: "440100" }, FILE, { input: criminal("440100", chain.prosecutionId) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.prosecutionId" });
    expect(await courtCases()).toBe(before);
  });

  test("a prosecution unknown, or outside the court's region, is NOT_FOUND; filing before the decision is refused", async () => {
    const chain = await prosecuted("440300");
    const before = await courtCases();
    const unknown = await p.query({ agency: "COURTS", region: "440300" }, FILE, { input: criminal("440300", "00000000-0000-4000-8000-000000000000") });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.prosecutionId" });
    const elsewhere = await p.query({ agency: "COURTS", region: "310000" }, FILE, { input: criminal("310104", chain.prosecutionId) });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.prosecutionId" });
    const early = await p.query({ agency: "COURTS", region: "440300" }, FILE, { input: criminal("440300", chain.prosecutionId, { filedOn: "2017-11-30" }) });
    expect(early.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.filedOn" });
    expect(await courtCases()).toBe(before);
  });

  test("only the prosecution's defendants are sentenced, and not before the case was filed", async () => {
    // the procuratorate prosecutes the first suspect only: the second is the police's suspect but no defendant
    const chain = await prosecuted("440600", "PROSECUTED", [0]);
    const court = { agency: "COURTS", region: "440600" };
    const filed = must(await p.query(court, FILE, { input: criminal("440600", chain.prosecutionId) })).fileCourtCase;
    const judgment = (over: Record<string, unknown>) => ({
      input: { courtCaseId: filed.id, decidedOn: "2018-03-15", verdict: "GUILTY", sentences: [{ personId: chain.suspects[0].id, prisonMonths: 30 }], ...over },
    });
    const stranger = await p.query(court, JUDGE, judgment({
      sentences: [{ personId: chain.suspects[0].id, prisonMonths: 30 }, { personId: chain.suspects[1].id, prisonMonths: 12 }],
    }));
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sentences[1].personId" });
    const early = await p.query(court, JUDGE, judgment({ decidedOn: "2017-12-09" }));
    expect(early.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.decidedOn" });
    const none = await p.query(court, `query($id: ID!) { courtCase(id: $id) { judgment { id } } }`, { id: filed.id });
    expect(none.data.courtCase.judgment).toBeNull();

    expect(must(await p.query(court, JUDGE, judgment({}))).recordJudgment.judgment.sentences).toEqual([{ prisonMonths: 30 }]);
    const person = await p.query({ agency: "POLICE", region: "440600" }, `query($id: ID!) { person(id: $id) { sentences { prisonMonths } } }`, { id: chain.suspects[0].id });
    expect(person.data.person.sentences).toEqual([{ prisonMonths: 30 }]);
  });
});
