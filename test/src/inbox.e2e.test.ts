import { makeCreditCode } from "@ipr/shared";
import { startPlatform, type Caller, type Platform } from "./platform";
import { M } from "./chain";

/**
 * The inbox through the gateway: the office holds the key and merges; linkage contributes what waits
 * on the police and the agencies from its own tables, with the deadlines it computes. The subgraphs
 * run on a clock the test moves, so a referral sent "five days ago" is overdue today.
 */
let p: Platform;
let shiftMs = 0;
const DAY = 86_400_000;
const SZ = "440300";
const GZ = "440100";
const police = (region: string): Caller => ({ agency: "POLICE", region });
const todayShifted = (days: number) => new Date(Date.now() + days * DAY + 8 * 3600_000).toISOString().slice(0, 10);

const ITEM = "kind typename id region dueAt overdue counterpart";
const SECTION = `{ totalCount items { ${ITEM} } }`;
const INBOX = `query($agency: Agency, $region: String) { inbox(agency: $agency, region: $region) { agency region
  referralsToDecide ${SECTION} reconsiderationsToAnswer ${SECTION} assistanceRequestsToAnswer ${SECTION} cluesToAnswer ${SECTION}
  evidenceToReceive ${SECTION} monthlyTablesDue { totalCount } items { kind id dueAt overdue } totalCount } }`;

function must(res: { data?: any; errors?: unknown[] }): any {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** Runs `send` with the subgraphs' clock `days` away from now. */
async function at<T>(days: number, send: () => Promise<T>): Promise<T> {
  shiftMs = days * DAY;
  try {
    return await send();
  } finally {
    shiftMs = 0;
  }
}

let serial = 0;
/** SAIC in `region` opens a case and refers it to the police of its region. */
async function refer(region: string): Promise<string> {
  const saic = { agency: "SAIC", region };
  const n = ++serial;
  const creditCode = makeCreditCode(region, 70_000 + n);
  must(await p.query(saic, M.register, { input: { creditCode, name: `外资企业收件${n}`, foreignInvested: true, investorCountry: "JP", region } }));
  const { createSaicCase } = must(await p.query(saic, M.saicCase, {
    input: { caseNumber: `收件-${region}-${n}`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region, openedOn: "2017-10-09", rightHolderCreditCode: creditCode, foreignInvested: true, amountInvolved: "90000.00" },
  }));
  const { sendReferral } = must(await p.query(saic, M.refer, { input: { sourceType: "SAIC_CASE", sourceId: createSaicCase.id, region, reason: "涉嫌假冒注册商标罪" } }));
  return sendReferral.id;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  p = await startPlatform(undefined, { clock: () => new Date(Date.now() + shiftMs) });
  ids.late = await at(-5, () => refer(SZ));
  ids.fresh = await refer(SZ);
  ids.guangzhou = await refer(GZ);
  ids.clue = (await at(-10, async () => must(await p.query({ agency: "CUSTOMS", region: SZ }, `mutation($i: SendClueInput!) { sendClue(input: $i) { id } }`, {
    i: { toAgency: "POLICE", region: SZ, toRegion: SZ, summary: "出口假冒耳机的货源在宝安区某厂" },
  })))).sendClue.id;
  ids.assistance = must(await p.query({ agency: "SAIC", region: SZ }, `mutation($i: RequestAssistanceInput!) { requestAssistance(input: $i) { id } }`, {
    i: { toAgency: "POLICE", region: SZ, toRegion: SZ, subject: "请协查涉案仓库的实际经营人", dueOn: todayShifted(10) },
  })).requestAssistance.id;
}, 180_000);
afterAll(() => p?.stop());

test("the police of a city see the referrals waiting for them with their due times, the overdue one flagged", async () => {
  const res = await p.query(police(SZ), INBOX);
  expect(res.errors).toBeUndefined();
  const inbox = res.data.inbox;
  expect(inbox).toMatchObject({ agency: "POLICE", region: SZ, monthlyTablesDue: { totalCount: 0 } });
  expect(inbox.referralsToDecide.totalCount).toBe(2);
  const [late, fresh] = inbox.referralsToDecide.items;
  expect(late).toMatchObject({ kind: "referralsToDecide", typename: "Referral", id: ids.late, region: SZ, overdue: true, counterpart: "SAIC" });
  expect(fresh).toMatchObject({ id: ids.fresh, overdue: false });
  // three days after receipt, to the end of the day in China
  const { referral } = must(await p.query(police(SZ), `query($id: ID!) { referral(id: $id) { decisionDueAt overdue } }`, { id: ids.fresh }));
  expect(fresh.dueAt).toBe(referral.decisionDueAt);
  expect(new Date(fresh.dueAt).getTime()).toBeGreaterThan(Date.now() + 2 * DAY);
});

test("another region's police, and another agency, do not see them", async () => {
  const gz = must(await p.query(police(GZ), INBOX)).inbox;
  expect(gz.referralsToDecide.items.map((i: { id: string }) => i.id)).toEqual([ids.guangzhou]);
  expect(gz.cluesToAnswer.totalCount).toBe(0);
  const saic = must(await p.query({ agency: "SAIC", region: SZ }, INBOX)).inbox;
  expect(saic.referralsToDecide).toEqual({ totalCount: 0, items: [] });
  expect(saic.items).toEqual([]);
  const refused = await p.query({ agency: "SAIC", region: SZ }, INBOX, { agency: "POLICE" });
  expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
});

test("a provincial police inbox covers its cities; the office reads any agency's inside its region", async () => {
  const gd = must(await p.query(police("440000"), INBOX)).inbox;
  expect(gd.referralsToDecide.totalCount).toBe(3);
  const byOffice = must(await p.query({ agency: "OFFICE", region: "440000" }, INBOX, { agency: "POLICE", region: SZ })).inbox;
  expect(byOffice.referralsToDecide.totalCount).toBe(2);
});

test("items merges every section by due time: the overdue clue first, then the overdue referral, then the rest", async () => {
  const inbox = must(await p.query(police(SZ), INBOX)).inbox;
  expect(inbox.cluesToAnswer.items).toEqual([expect.objectContaining({ id: ids.clue, typename: "Clue", overdue: true, counterpart: "CUSTOMS" })]);
  expect(inbox.assistanceRequestsToAnswer.items).toEqual([expect.objectContaining({ id: ids.assistance, overdue: false, counterpart: "SAIC" })]);
  expect(inbox.items.map((i: { id: string }) => i.id)).toEqual([ids.clue, ids.late, ids.fresh, ids.assistance]);
  expect(inbox.items.map((i: { kind: string }) => i.kind)).toEqual(["cluesToAnswer", "referralsToDecide", "referralsToDecide", "assistanceRequestsToAnswer"]);
  const due = inbox.items.map((i: { dueAt: string }) => i.dueAt);
  expect([...due].sort()).toEqual(due);
  expect(inbox.totalCount).toBe(4);
});

test("a decided referral leaves the inbox; a declined one sent back comes in again as a reconsideration to answer", async () => {
  const decline = `mutation($i: DecideReferralInput!) { decideReferral(input: $i) { status } }`;
  must(await p.query(police(SZ), decline, { i: { referralId: ids.fresh, decision: "DECLINED", reason: "证据不足" } }));
  let inbox = must(await p.query(police(SZ), INBOX)).inbox;
  expect(inbox.referralsToDecide.items.map((i: { id: string }) => i.id)).toEqual([ids.late]);
  must(await p.query({ agency: "SAIC", region: SZ }, `mutation($i: RequestReconsiderationInput!) { requestReconsideration(input: $i) { status } }`, {
    i: { referralId: ids.fresh, reason: "经营额已超过五万元" },
  }));
  inbox = must(await p.query(police(SZ), INBOX)).inbox;
  expect(inbox.reconsiderationsToAnswer.items).toEqual([expect.objectContaining({ id: ids.fresh, kind: "reconsiderationsToAnswer", overdue: false })]);
  expect(inbox.items.map((i: { kind: string }) => i.kind)).toContain("reconsiderationsToAnswer");
});

test("evidence sent to the police waits to be received within 3 days, overdue after; received, it leaves the inbox", async () => {
  const sha256 = "ab".repeat(32);
  const send = `mutation($i: SendEvidenceTransferInput!) { sendEvidenceTransfer(input: $i) { id sentAt } }`;
  const input = (summary: string) => ({ toAgency: "POLICE", region: SZ, toRegion: SZ, items: [{ kind: "DOCUMENT", description: summary, sha256 }] });
  const late = (await at(-5, async () => must(await p.query({ agency: "SAIC", region: SZ }, send, { i: input("现场检查笔录") })))).sendEvidenceTransfer;
  const fresh = must(await p.query({ agency: "CUSTOMS", region: SZ }, send, { i: input("查扣物品清单") })).sendEvidenceTransfer;
  const section = async (who: Caller) => must(await p.query(who, INBOX)).inbox.evidenceToReceive;
  const sz = await section(police(SZ));
  // three days after it was sent, to the end of the day in China
  const due = (sentAt: string) => new Date(Date.parse(`${new Date(Date.parse(sentAt) + 8 * 3600_000 + 3 * DAY).toISOString().slice(0, 10)}T23:59:59.999+08:00`)).toISOString();
  expect(sz).toEqual({
    totalCount: 2,
    items: [
      { kind: "evidenceToReceive", typename: "EvidenceTransfer", id: late.id, region: SZ, dueAt: due(late.sentAt), overdue: true, counterpart: "SAIC" },
      { kind: "evidenceToReceive", typename: "EvidenceTransfer", id: fresh.id, region: SZ, dueAt: due(fresh.sentAt), overdue: false, counterpart: "CUSTOMS" },
    ],
  });
  expect(must(await p.query(police(SZ), INBOX)).inbox.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([late.id, fresh.id]));
  // waiting on the police of Shenzhen only
  expect((await section(police(GZ))).totalCount).toBe(0);
  expect((await section({ agency: "SAIC", region: SZ })).totalCount).toBe(0);
  must(await p.query(police(SZ), `mutation($i: ReceiveEvidenceTransferInput!) { receiveEvidenceTransfer(input: $i) { status } }`, { i: { transferId: late.id, itemHashes: [sha256] } }));
  expect((await section(police(SZ))).items.map((i: { id: string }) => i.id)).toEqual([fresh.id]);
});

test("with linkage down the inbox still answers: its sections are null with the outage named, the office's own section stays", async () => {
  await p.subgraphs.linkage.stop();
  const res = await p.query({ agency: "OFFICE", region: "440000" }, INBOX);
  const inbox = res.data.inbox;
  expect(inbox).toMatchObject({ agency: "OFFICE", region: "440000", referralsToDecide: null, cluesToAnswer: null });
  expect(inbox.monthlyTablesDue.totalCount).toBe(12);
  // the gateway cannot hand the office linkage's sections, so the merged list is null (its description says so)
  expect(inbox.items).toBeNull();
  const outage = res.errors?.find((e) => e.extensions?.serviceName === "linkage");
  expect(outage?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryable: true });
  expect(res.errors!.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
});
