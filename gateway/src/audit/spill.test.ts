import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_SUBGRAPH_SECRET } from "@ipr/shared";
import type { AuditEntry } from "./entry";
import { HttpAuditSink, type HttpAuditSinkOptions } from "./sink";

/** A stand-in office: records what it is sent (each id once, as the office does), or is down, or slow. */
let state: "up" | "down" | "slow" = "up";
let received: string[] = [];
let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (state === "down") return res.writeHead(503).end("{}");
    if (state === "slow") await new Promise((r) => setTimeout(r, 20));
    const { entries } = JSON.parse(Buffer.concat(chunks).toString()) as { entries: AuditEntry[] };
    for (const e of entries) if (!received.includes(e.id)) received.push(e.id);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ received: entries.length }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let dir: string;
const sinks: HttpAuditSink[] = [];
const log = { warn: jest.fn(), error: jest.fn(), info: jest.fn() };
beforeEach(() => {
  state = "up";
  received = [];
  dir = mkdtempSync(join(tmpdir(), "audit-spill-test-"));
});
afterEach(async () => {
  state = "up";
  for (const s of sinks.splice(0)) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

const sinkOn = (opts: HttpAuditSinkOptions = {}) => {
  const sink = new HttpAuditSink(url, DEV_SUBGRAPH_SECRET, { spillDir: dir, intervalMs: 10, maxBackoffMs: 40, maxBuffer: 50, segmentEntries: 100, logger: log, ...opts });
  sinks.push(sink);
  return sink;
};
const entry = (): AuditEntry => ({
  id: randomUUID(), at: new Date().toISOString(), sub: "officer", agency: "SAIC", region: "440300", operationName: "Q", operationType: "QUERY",
  documentHash: null, variables: null, subgraphs: [], outcome: "SUCCESS", errorCodes: [], durationMs: 1, clientAddress: null,
});
const segments = () => readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("spilling to disk", () => {
  test("office down: entries go to append-only segments, memory stays bounded; back up: all replayed in order, new ones after", async () => {
    state = "down";
    const sink = sinkOn();
    const before = Array.from({ length: 1200 }, entry);
    before.forEach((e) => sink.record(e));
    await sink.flush(); // fails: the office is down
    expect(sink.pending).toBe(1200);
    expect(sink.spilled).toBe(1200); // nothing held in memory
    expect(segments().length).toBeGreaterThanOrEqual(12); // 100 entries a segment
    state = "up";
    const during: AuditEntry[] = [];
    await until(() => received.length > 0);
    for (let i = 0; i < 300; i++) {
      const e = entry();
      during.push(e);
      sink.record(e);
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 2));
    }
    await until(() => sink.pending === 0);
    expect(received).toEqual([...before, ...during].map((e) => e.id));
    expect(segments()).toEqual([]);
    expect(sink.dropped).toBe(0);
  });

  test("spill files survive a restart and are replayed first, in order, then the new run's entries", async () => {
    state = "down";
    const first = sinkOn();
    const old = Array.from({ length: 250 }, entry);
    old.forEach((e) => first.record(e));
    await first.stop();
    sinks.splice(sinks.indexOf(first), 1);
    expect(segments().length).toBeGreaterThan(0);
    // the process died mid-write: a torn last line is skipped, the rest replayed
    appendFileSync(join(dir, segments().sort().at(-1)!), '{"id":"torn');
    state = "up";
    const second = sinkOn();
    expect(second.pending).toBe(251);
    const fresh = [entry(), entry()];
    fresh.forEach((e) => second.record(e));
    await until(() => second.pending === 0);
    expect(received).toEqual([...old, ...fresh].map((e) => e.id));
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ line: '{"id":"torn' }), expect.stringContaining("torn line"));
  });

  test("an office that is up but slower than the requests: spills instead of dropping, everything delivered in order", async () => {
    state = "slow";
    const sink = sinkOn({ maxBuffer: 20, batchSize: 10 });
    const sent = Array.from({ length: 1000 }, entry);
    sent.forEach((e) => sink.record(e));
    expect(sink.spilled).toBeGreaterThan(900);
    await until(() => sink.pending === 0, 30_000);
    expect(received).toEqual(sent.map((e) => e.id));
    expect(sink.dropped).toBe(0);
  });

  test("one gateway per spill directory", () => {
    sinkOn();
    expect(() => sinkOn()).toThrow(/in use/);
  });

  test("without a spill directory, a temporary one is used and removed when empty at stop", async () => {
    const sink = new HttpAuditSink(url, DEV_SUBGRAPH_SECRET, { intervalMs: 10, logger: log });
    sink.record(entry());
    await sink.stop();
    expect(received).toHaveLength(1);
    expect(existsSync(sink.spillDir)).toBe(false);
  });
});
