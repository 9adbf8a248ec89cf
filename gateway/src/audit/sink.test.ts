import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { DEV_SUBGRAPH_SECRET, verifySignedRequest } from "@ipr/shared";
import { AUDIT_PATH, AUDIT_WRITER, type AuditEntry } from "./entry";
import { HttpAuditSink, type HttpAuditSinkOptions } from "./sink";

/** A stand-in for the office's audit route: checks the signature and the writer, records batches, can fail on demand. */
type Mode = { kind: "ok" } | { kind: "down" } | { kind: "reject"; id: string } | { kind: "hang" } | { kind: "slow"; ms: number };
let mode: Mode = { kind: "ok" };
let batches: AuditEntry[][] = [];
let attempts: number[] = [];
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    let body = Buffer.alloc(0);
    for await (const chunk of req) body = Buffer.concat([body, chunk as Buffer]);
    attempts.push(Date.now());
    const reply = (status: number, json: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    if (req.url !== AUDIT_PATH || req.method !== "POST") return reply(404, {});
    try {
      const who = verifySignedRequest(req.headers, body, [DEV_SUBGRAPH_SECRET]);
      if (JSON.stringify(who) !== JSON.stringify(AUDIT_WRITER)) throw new Error("not the audit writer");
    } catch (e) {
      return reply(401, { errors: [{ message: (e as Error).message, extensions: { code: "UNAUTHENTICATED" } }] });
    }
    if (mode.kind === "hang") return; // never answers
    if (mode.kind === "down") return reply(503, { errors: [{ message: "database unavailable" }] });
    if (mode.kind === "slow") await new Promise((r) => setTimeout(r, (mode as { ms: number }).ms));
    const { entries } = JSON.parse(body.toString()) as { entries: AuditEntry[] };
    const bad = mode.kind === "reject" ? entries.findIndex((e) => e.id === (mode as { id: string }).id) : -1;
    if (bad >= 0) return reply(400, { errors: [{ message: "bad", extensions: { code: "BAD_USER_INPUT", field: `entries[${bad}].outcome` } }] });
    batches.push(entries);
    reply(200, { received: entries.length, recorded: entries.length });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sinks: HttpAuditSink[] = [];
let log: { warn: jest.Mock; error: jest.Mock; info: jest.Mock };
beforeEach(() => {
  mode = { kind: "ok" };
  batches = [];
  attempts = [];
  log = { warn: jest.fn(), error: jest.fn(), info: jest.fn() };
});
afterEach(async () => {
  mode = { kind: "ok" };
  for (const s of sinks.splice(0)) await s.stop();
});

const sinkWith = (opts: HttpAuditSinkOptions = {}, secret = DEV_SUBGRAPH_SECRET) => {
  const sink = new HttpAuditSink(url, secret, { intervalMs: 20, maxBackoffMs: 160, logger: log, ...opts });
  sinks.push(sink);
  return sink;
};
let n = 0;
const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: randomUUID(), at: new Date().toISOString(), sub: `officer-${++n}`, agency: "SAIC", region: "440300", operationName: "Q", operationType: "QUERY",
  documentHash: "f".repeat(64), variables: null, subgraphs: ["saic"], outcome: "SUCCESS", errorCodes: [], durationMs: 3, clientAddress: null, ...over,
});
const delivered = () => batches.flat().map((e) => e.id);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(5);
  }
}

describe("HttpAuditSink", () => {
  test("delivers to the office's /internal/audit, signed as the audit writer, at most 100 a time, a full batch at once", async () => {
    const sink = sinkWith({ intervalMs: 60_000 }); // no timer: only the batch size triggers
    expect(sink.url).toBe(url.replace("/graphql", AUDIT_PATH));
    const sent = Array.from({ length: 250 }, () => entry());
    sent.forEach((e) => sink.record(e));
    await until(() => delivered().length >= 200);
    expect(batches.map((b) => b.length).slice(0, 2)).toEqual([100, 100]);
    await sink.flush();
    expect(delivered()).toEqual(sent.map((e) => e.id));
    expect(batches.every((b) => b.length <= 100)).toBe(true);
    expect(sink.pending).toBe(0);
  });

  test("a lone entry goes out on the next tick", async () => {
    const sink = sinkWith();
    const e = entry();
    sink.record(e);
    await until(() => delivered().includes(e.id), 1000);
  });

  test("entries are fitted to the office's rules before sending", async () => {
    const sink = sinkWith();
    sink.record(entry({ errorCodes: ["downstream-error", "FORBIDDEN", "FORBIDDEN", "1X"], operationName: "O".repeat(300), subgraphs: ["saic", "linkage", "saic"], durationMs: 3.7 }));
    await sink.flush();
    expect(batches[0][0]).toMatchObject({ errorCodes: ["DOWNSTREAM_ERROR", "FORBIDDEN", "E_1X"], operationName: "O".repeat(200), subgraphs: ["linkage", "saic"], durationMs: 4 });
  });

  test("while the office is down: keeps entries, retries with doubling waits, logs; delivers once it is back", async () => {
    mode = { kind: "down" };
    const sink = sinkWith({ intervalMs: 10, maxBackoffMs: 80 });
    const sent = [entry(), entry(), entry()];
    sent.forEach((e) => sink.record(e));
    await until(() => attempts.length >= 5, 3000);
    expect(sink.pending).toBe(3);
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]);
    expect(gaps[3]).toBeGreaterThanOrEqual(gaps[0]); // waits grow (10, 20, 40, 80 ms)
    expect(gaps[3]).toBeGreaterThanOrEqual(60);
    expect(log.warn).toHaveBeenCalledWith(expect.objectContaining({ status: 503, pending: 3, failures: 1 }), expect.stringContaining("audit delivery failed"));
    mode = { kind: "ok" };
    await until(() => sink.pending === 0, 3000);
    expect(delivered()).toEqual(sent.map((e) => e.id));
    expect(log.info).toHaveBeenCalledWith(expect.objectContaining({ url: sink.url }), "audit delivery resumed");
  });

  test("an unreachable or hanging office is a failure too (timeout), not a stuck sink", async () => {
    mode = { kind: "hang" };
    const sink = sinkWith({ timeoutMs: 50 });
    sink.record(entry());
    await sink.flush();
    expect(sink.pending).toBe(1);
    expect(log.warn).toHaveBeenCalledWith(expect.objectContaining({ err: expect.anything() }), expect.stringContaining("office unreachable"));
    mode = { kind: "ok" };
    await until(() => delivered().length === 1, 3000);
  });

  test("a delivery the office refuses as malformed (400) is kept and retried, never dropped", async () => {
    const sink = sinkWith({ intervalMs: 10 });
    const sent = [entry(), entry(), entry()];
    mode = { kind: "reject", id: sent[1].id };
    sent.forEach((e) => sink.record(e));
    await sink.flush();
    expect(delivered()).toEqual([]);
    expect(sink.pending).toBe(3);
    expect(log.warn).toHaveBeenCalledWith(expect.objectContaining({ status: 400 }), expect.stringContaining("malformed"));
    mode = { kind: "ok" };
    await until(() => sink.pending === 0, 3000);
    expect(delivered()).toEqual(sent.map((e) => e.id));
    expect(sink.dropped).toBe(0);
  });

  test("hostile text (NUL, unpaired surrogates) is escaped before sending, not dropped", async () => {
    const sink = sinkWith();
    sink.record(entry({ operationName: "Op\u0000", variables: { note: "a\u0000b", s: "\ud800", path: "C:\\x" } }));
    await sink.flush();
    expect(batches[0][0]).toMatchObject({ escaped: true, operationName: "Op\\u0000", variables: { note: "a\\u0000b", s: "\\ud800", path: "C:\\\\x" } });
  });

  test("a wrong secret is refused by the office: entries are kept and the log says why", async () => {
    const sink = sinkWith({}, "not-the-subgraph-secret");
    sink.record(entry());
    await sink.flush();
    expect(sink.pending).toBe(1);
    expect(log.warn).toHaveBeenCalledWith(expect.objectContaining({ status: 401 }), expect.stringContaining("SUBGRAPH_SECRET"));
  });

  test("stop() delivers what is buffered; later entries are refused and counted", async () => {
    const sink = sinkWith({ intervalMs: 60_000 });
    sink.record(entry());
    sink.record(entry());
    await sink.stop();
    expect(delivered()).toHaveLength(2);
    sink.record(entry());
    expect(sink.dropped).toBe(1);
    expect(sink.pending).toBe(0);
  });

  test("stop() with the office down keeps the entries on disk and says so", async () => {
    mode = { kind: "down" };
    const sink = sinkWith({ intervalMs: 60_000 });
    sink.record(entry());
    await sink.stop();
    expect(log.warn).toHaveBeenCalledWith(expect.objectContaining({ pending: 1, dir: sink.spillDir }), expect.stringContaining("kept on disk"));
    expect(sink.dropped).toBe(0);
    rmSync(sink.spillDir, { recursive: true });
  });
});
