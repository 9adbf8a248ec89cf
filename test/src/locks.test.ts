import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { makeCreditCode, makeIdNumber, type SubgraphName } from "@ipr/shared";
import { startPlatform, type Platform } from "./platform";
import { CRIMINAL, M, today } from "./chain";
import { must } from "./security-support";

/**
 * No subgraph calls another while it holds a row lock: it asks first, then locks and writes. Each
 * test holds the peer's answer back and, meanwhile, takes the same row's lock itself with NOWAIT:
 * had the mutation locked the row before asking, that would fail (55P03).
 */
let p: Platform;
let db: pg.Client;
const region = "440300";
beforeAll(async () => {
  p = await startPlatform();
  db = new pg.Client({ connectionString: p.databaseUrl });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await p?.stop();
});

/** Puts a proxy in front of `peer` that holds every call until `release()`; `arrived` resolves at the first. */
async function holdPeer(peer: SubgraphName) {
  const target = p.peerUrls[peer]!;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let arrive!: () => void;
  const arrived = new Promise<void>((r) => (arrive = r));
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    arrive();
    await released;
    const answer = await fetch(target, { method: "POST", headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { "content-type": "application/json" }).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  p.peerUrls[peer] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    arrived,
    release,
    async restore() {
      p.peerUrls[peer] = target;
      await new Promise((r) => server.close(r));
    },
  };
}

/** Takes the row's lock without waiting, and lets it go at once; rejects with 55P03 if someone holds it. */
async function lockNowait(table: string, id: string) {
  await db.query("begin");
  try {
    const { rowCount } = await db.query(`select 1 from ${table} where id = $1 for update nowait`, [id]);
    expect(rowCount).toBe(1);
  } finally {
    await db.query("rollback");
  }
}

async function openAndFile(n: number) {
  const saic = { agency: "SAIC", region }, police = { agency: "POLICE", region };
  const holder = makeCreditCode(region, 77_000 + n);
  must(await p.query(saic, M.register, { input: { creditCode: holder, name: `锁测试${n}`, foreignInvested: true, investorCountry: "DE", region } }));
  const { createSaicCase } = must(await p.query(saic, M.saicCase, { input: {
    caseNumber: `锁-${n}`, category: "TRADEMARK", trademarkViolation: "COUNTERFEITING", region, openedOn: "2017-10-09",
    rightHolderCreditCode: holder, foreignInvested: true, amountInvolved: "90000.00" } }));
  const { sendReferral } = must(await p.query(saic, M.refer, { input: { sourceType: "SAIC_CASE", sourceId: createSaicCase.id, region, reason: "涉嫌犯罪" } }));
  const { fileCriminalCase } = must(await p.query(police, M.file, { input: {
    filingNumber: `锁立-${n}`, offence: "COUNTERFEITING_TRADEMARK", region, filedOn: today(), amountInvolved: "90000.00",
    rightHolderCreditCode: holder, foreignInvested: true,
    suspects: [{ name: "孙立", idNumber: makeIdNumber(region, "1981-02-03", 700 + n), caughtOn: today() }] } }));
  return { referralId: sendReferral.id as string, criminalCaseId: fileCriminalCase.id as string, suspectIds: fileCriminalCase.suspects.map((s: { id: string }) => s.id) as string[] };
}

test("decideReferral asks the police about the criminal case before it locks the referral", async () => {
  const { referralId, criminalCaseId } = await openAndFile(1);
  const police = await holdPeer("police");
  try {
    const decided = p.query({ agency: "POLICE", region }, M.decide, { input: { referralId, decision: "FILED", criminalCaseId } });
    await police.arrived;
    await lockNowait("linkage.referral", referralId);
    police.release();
    expect(must(await decided).decideReferral.status).toBe("FILED");
  } finally {
    await police.restore();
  }
});

test("recordJudgment asks the procuratorate about the defendants before it locks the court case", async () => {
  const { referralId, criminalCaseId, suspectIds } = await openAndFile(2);
  const day = today();
  const procurator = { agency: "PROCURATORATE", region }, court = { agency: "COURTS", region };
  must(await p.query({ agency: "POLICE", region }, M.decide, { input: { referralId, decision: "FILED", criminalCaseId } }));
  const { recordProsecution } = must(await p.query(procurator, CRIMINAL.prosecute, { input: {
    criminalCaseId, defendantIds: suspectIds, decision: "PROSECUTED", decidedOn: day, region, foreignInvested: true } }));
  const { fileCourtCase } = must(await p.query(court, CRIMINAL.fileCourtCase, { input: {
    caseNumber: "（2026）粤03刑初锁2号", kind: "CRIMINAL", region, filedOn: day, prosecutionId: recordProsecution.id } }));
  const procuratorate = await holdPeer("procuratorate");
  try {
    const judged = p.query(court, CRIMINAL.judge, { input: { courtCaseId: fileCourtCase.id, decidedOn: day, verdict: "GUILTY", fine: "5000.00",
      sentences: [{ personId: suspectIds[0], prisonMonths: 12 }] } });
    await procuratorate.arrived;
    await lockNowait("courts.court_case", fileCourtCase.id);
    procuratorate.release();
    expect(must(await judged).recordJudgment.id).toBe(fileCourtCase.id);
  } finally {
    await procuratorate.restore();
  }
});
