import { createHash } from "node:crypto";
import { startSubgraph, type RunningSubgraph } from "@ipr/shared";
import { callSubgraph, createTestDatabase, identity } from "@ipr/shared/testing";
import { linkage } from "./index";

const customsSZ = identity("CUSTOMS", "440300");
const saicGZ = identity("SAIC", "440100");
const saicSZ = identity("SAIC", "440300");
const policeSH = identity("POLICE", "310000");
let now = new Date("2017-10-10T10:00:00+08:00");
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let running: RunningSubgraph;
const call = (who: ReturnType<typeof identity>, query: string, variables = {}) => callSubgraph(running.url, who, query, variables);
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const rows = async (table: string) => Number((await running.db.orm.em.getConnection().execute(`select count(*) as n from linkage.${table}`))[0].n);

beforeAll(async () => {
  db = await createTestDatabase();
  running = await startSubgraph(linkage, { port: 0, databaseUrl: db.url, clock: () => now });
});
afterAll(async () => {
  await running?.stop();
  await db?.drop();
});

const SEND_CLUE = `mutation($i: SendClueInput!) { sendClue(input: $i) { id status fromAgency toAgency } }`;
const ANSWER_CLUE = `mutation($i: AnswerClueInput!) { answerClue(input: $i) { status outcome answeredAt } }`;

describe("linkage subgraph", () => {
  test("migrations leave nothing for the entities to change", async () => {
    expect((await running.db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe("");
  });

  test("a clue goes from customs to market regulation, who act on it; both sides read it, others do not", async () => {
    const sent = await call(customsSZ, SEND_CLUE, { i: { toAgency: "SAIC", region: "440300", toRegion: "440100", summary: "广州某仓库疑似存放假冒商品" } });
    expect(sent.errors).toBeUndefined();
    const id = sent.data.sendClue.id;
    expect((await call(saicSZ, ANSWER_CLUE, { i: { clueId: id, status: "ACTED_ON", outcome: "x" } })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await call(saicGZ, ANSWER_CLUE, { i: { clueId: id, status: "ACTED_ON" } })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.outcome" });
    const acted = await call(saicGZ, ANSWER_CLUE, { i: { clueId: id, status: "ACTED_ON", outcome: "已立案查处" } });
    expect(acted.data.answerClue).toMatchObject({ status: "ACTED_ON", outcome: "已立案查处" });
    expect((await call(saicGZ, ANSWER_CLUE, { i: { clueId: id, status: "NO_ACTION", outcome: "y" } })).errors?.[0].extensions?.field).toBe("input.clueId");
    const q = `query($id: ID!) { clue(id: $id) { summary } }`;
    expect((await call(customsSZ, q, { id })).data.clue.summary).toBeTruthy();
    expect((await call(saicGZ, q, { id })).data.clue.summary).toBeTruthy();
    expect((await call(policeSH, q, { id })).data.clue).toBeNull();
    expect((await call(policeSH, `{ clues { totalCount } }`)).data.clues.totalCount).toBe(0);
  });

  test.each([
    ["input.region", { region: "310000" }, "FORBIDDEN"],
    ["input.toRegion", { toRegion: "999999" }, "BAD_USER_INPUT"],
    ["input.toAgency", { toAgency: "CUSTOMS", toRegion: "440300" }, "BAD_USER_INPUT"],
    ["input.caseId", { caseType: "SAIC_CASE" }, "BAD_USER_INPUT"],
    ["input.summary", { summary: " " }, "BAD_USER_INPUT"],
  ])("a bad clue (%s) is refused and not written", async (field, over, code) => {
    const before = await rows("clue");
    const res = await call(customsSZ, SEND_CLUE, { i: { toAgency: "SAIC", region: "440300", toRegion: "440100", summary: "线索", ...over } });
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    expect(await rows("clue")).toBe(before);
  });

  test("the office does not send exchanges", async () => {
    const res = await call(identity("OFFICE"), SEND_CLUE, { i: { toAgency: "SAIC", region: "440300", toRegion: "440100", summary: "x" } });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  test("evidence arrives intact or is flagged: the receiver's hashes are compared item by item", async () => {
    const SEND = `mutation($i: SendEvidenceTransferInput!) { sendEvidenceTransfer(input: $i) { id status items { position sha256 } } }`;
    const RECEIVE = `mutation($i: ReceiveEvidenceTransferInput!) { receiveEvidenceTransfer(input: $i) { status receivedBy items { intact } } }`;
    const items = [
      { kind: "PHOTO", description: "现场照片", sha256: sha("photo"), sizeBytes: 1024 },
      { kind: "DOCUMENT", description: "询问笔录", sha256: sha("record") },
    ];
    const input = { toAgency: "POLICE", region: "440300", toRegion: "440300", items };
    const ok = await call(saicSZ, SEND, { i: input });
    expect(ok.data.sendEvidenceTransfer.items.map((i: any) => i.position)).toEqual([0, 1]);
    const police = identity("POLICE", "440300");
    const wrongCount = await call(police, RECEIVE, { i: { transferId: ok.data.sendEvidenceTransfer.id, itemHashes: [sha("photo")] } });
    expect(wrongCount.errors?.[0].extensions?.field).toBe("input.itemHashes");
    const intact = await call(police, RECEIVE, { i: { transferId: ok.data.sendEvidenceTransfer.id, itemHashes: [sha("photo"), sha("record")] } });
    expect(intact.data.receiveEvidenceTransfer).toMatchObject({ status: "RECEIVED", items: [{ intact: true }, { intact: true }] });

    const second = await call(saicSZ, SEND, { i: input });
    const broken = await call(police, RECEIVE, { i: { transferId: second.data.sendEvidenceTransfer.id, itemHashes: [sha("photo"), sha("tampered")] } });
    expect(broken.data.receiveEvidenceTransfer).toMatchObject({ status: "INTEGRITY_MISMATCH", items: [{ intact: true }, { intact: false }] });

    const before = await rows("evidence_item");
    const bad = await call(saicSZ, SEND, { i: { ...input, items: [items[0], { ...items[1], sha256: "abc" }] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.items[1].sha256" });
    expect((await call(saicSZ, SEND, { i: { ...input, items: [] } })).errors?.[0].extensions?.field).toBe("input.items");
    expect(await rows("evidence_item")).toBe(before);
  });

  test("an assistance request is overdue after its answer date until answered", async () => {
    const REQUEST = `mutation($i: RequestAssistanceInput!) { requestAssistance(input: $i) { id overdue } }`;
    const sent = await call(saicSZ, REQUEST, { i: { toAgency: "SAIC", region: "440300", toRegion: "310000", subject: "协查上海某公司的工商登记与销售记录", dueOn: "2017-10-20" } });
    expect(sent.data.requestAssistance.overdue).toBe(false);
    expect((await call(saicSZ, REQUEST, { i: { toAgency: "SAIC", region: "440300", toRegion: "310000", subject: "x", dueOn: "2017-10-01" } })).errors?.[0].extensions?.field).toBe("input.dueOn");
    now = new Date("2017-10-21T09:00:00+08:00");
    const q = `query($id: ID!) { assistanceRequest(id: $id) { overdue status } }`;
    expect((await call(saicSZ, q, { id: sent.data.requestAssistance.id })).data.assistanceRequest).toEqual({ overdue: true, status: "OPEN" });
    const answered = await call(identity("SAIC", "310000"), `mutation($i: AnswerAssistanceInput!) { answerAssistanceRequest(input: $i) { status overdue } }`, { i: { requestId: sent.data.requestAssistance.id, answer: "已查明，附登记信息" } });
    expect(answered.data.answerAssistanceRequest).toEqual({ status: "ANSWERED", overdue: false });
  });
});
