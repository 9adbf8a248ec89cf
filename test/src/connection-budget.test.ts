import { fork, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import pg from "pg";
import { logger, redirectLogs } from "@ipr/shared";
import { poolSizeFor, SUBGRAPHS } from "@ipr/infra";
import { startPlatform, type Platform } from "./platform";

/**
 * The connection budget under a PostgreSQL restart, on a PostgreSQL of the test's own (never the
 * machine's): `max_connections` set low, every subgraph's pool sized by the launcher's rule
 * (`poolSizeFor`), 80 clients reading through all eleven subgraphs while the server stops and
 * starts again. No `53300 too many clients`, every failure during the outage coded as one, and
 * recovery without anyone restarting the subgraphs. (With `DB_POOL_MAX=10`, the old fixed pool,
 * this test fails: 11 × 10 > 60.)
 */

const ROOT = join(__dirname, "..", "..");
const MAX_CONNECTIONS = 60;
const CLIENTS = 80;
const NO_ID = "00000000-0000-4000-8000-000000000000";
/** One read per subgraph, each going to its database. */
const READS = ["plantVarietyCase", "courtCase", "customsJointOperation", "patentCase", "referral", "typicalCase", "criminalCase", "courierComplianceCheck", "copyrightCase", "arrestReview", "saicCase"].map(
  (field) => `{ ${field}(id: "${NO_ID}") { id } }`,
);

class EmbeddedServer {
  private child!: ChildProcess;
  private next = 0;
  private waiting = new Map<number, (m: { url?: string; error?: string }) => void>();
  readonly log: string[] = [];
  constructor(readonly dataDir: string, readonly port: number) {}

  async spawn() {
    this.child = fork(join(ROOT, "test", "embedded-postgres-child.mjs"), [this.dataDir, String(this.port)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    await new Promise<void>((resolve) => {
      this.child.on("message", (m: { ready?: boolean; log?: string; id?: number; url?: string; error?: string }) => {
        if (m.ready) resolve();
        if (m.log !== undefined) this.log.push(m.log);
        if (m.id !== undefined) this.waiting.get(m.id)?.(m);
      });
    });
  }

  private send(cmd: string): Promise<string | undefined> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (m) => (m.error ? reject(new Error(m.error)) : resolve(m.url)));
      this.child.send({ cmd, id });
    });
  }
  start = () => this.send("start") as Promise<string>;
  stop = () => this.send("stop");
  exit = () => this.send("exit");
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

let server: EmbeddedServer;
let platform: Platform | undefined;
let url: string;
let pool: string;
const dataDir = join(ROOT, ".data", `test-budget-pg-${process.pid}`);

beforeAll(async () => {
  server = new EmbeddedServer(dataDir, await freePort());
  await server.spawn();
  let admin = new pg.Client({ connectionString: await server.start() });
  await admin.connect();
  await admin.query(`alter system set max_connections = ${MAX_CONNECTIONS}`);
  await admin.query("create database ipr_budget");
  await admin.end();
  await server.stop();
  const serverUrl = await server.start();
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  expect((await admin.query("show max_connections")).rows[0].max_connections).toBe(String(MAX_CONNECTIONS));
  await admin.end();
  url = serverUrl.replace(/\/postgres$/, "/ipr_budget");
  // what `npm start` does: each subgraph's share of this server
  pool = await poolSizeFor(url, SUBGRAPHS.length);
  process.env.DB_POOL_MAX = pool;
  platform = await startPlatform(SUBGRAPHS, { databaseUrl: url });
}, 180_000);

afterAll(async () => {
  await platform?.stop();
  delete process.env.DB_POOL_MAX;
  await server?.exit().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

test("a PostgreSQL restart under load: no 53300, outages coded SERVICE_UNAVAILABLE, recovery on its own", async () => {
  const p = platform!;
  const office = { agency: "OFFICE", region: "000000" };
  const codes = new Map<string, number>();
  const messages = new Set<string>();
  let phase: "before" | "outage" | "after" = "before";
  const okAfter = { count: 0 };
  let running = true;

  const lines: string[] = [];
  const level = logger.level;
  logger.level = "warn";
  const restoreLogs = redirectLogs({ write: (line: string) => lines.push(line) });

  const client = async (n: number) => {
    for (let i = n; running; i++) {
      let res;
      try {
        res = await p.query(office, READS[i % READS.length]);
      } catch (e) {
        codes.set("FETCH_FAILED", (codes.get("FETCH_FAILED") ?? 0) + 1);
        continue;
      }
      for (const error of res.errors ?? []) {
        const code = String(error.extensions?.code);
        if (code === "NOT_FOUND") continue;
        codes.set(`${phase}:${code}`, (codes.get(`${phase}:${code}`) ?? 0) + 1);
        messages.add(error.message);
      }
      if (phase === "after" && !res.errors?.some((e) => e.extensions?.code !== "NOT_FOUND")) okAfter.count++;
    }
  };
  // the most connections the subgraphs held at once, sampled through the run
  let peak = 0;
  const sample = async () => {
    while (running) {
      const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
      // the server going down while this sampler is idle is expected, not an unhandled error
      admin.on("error", () => {});
      try {
        await admin.connect();
        const { rows } = await admin.query("select count(*)::int as n from pg_stat_activity where application_name like 'ipr-%'");
        peak = Math.max(peak, rows[0].n);
      } catch {
        /* the server is restarting */
      } finally {
        await admin.end().catch(() => {});
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const clients = [...Array.from({ length: CLIENTS }, (_, n) => client(n)), sample()];
  try {
    // under load, then the restart
    await new Promise((r) => setTimeout(r, 3_000));
    phase = "outage";
    await server.stop();
    await new Promise((r) => setTimeout(r, 1_500));
    await server.start();
    // recovered: every subgraph ready, and reads answered without errors again
    for (let i = 0; i < 300; i++) {
      const ready = await fetch(p.gateway.url.replace(/\/graphql$/, "/ready"));
      if (ready.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    phase = "after";
    for (let i = 0; i < 300 && okAfter.count < 200; i++) await new Promise((r) => setTimeout(r, 100));
  } finally {
    running = false;
    await Promise.all(clients);
    restoreLogs();
    logger.level = level;
  }

  const report = Object.fromEntries(codes);
  console.info(`pool ${pool} × ${SUBGRAPHS.length} on max_connections ${MAX_CONNECTIONS}; peak ${peak} connections; errors by phase and code: ${JSON.stringify(report)}; reads after recovery: ${okAfter.count}`);
  // the budget: every pool full at once still leaves a third of the server free
  expect(SUBGRAPHS.length * Number(pool)).toBeLessThanOrEqual(Math.floor((MAX_CONNECTIONS - 3) * (2 / 3)));
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThanOrEqual(SUBGRAPHS.length * Number(pool));
  // nobody was told "too many clients": not the server, not the subgraphs' logs, not the clients
  expect(server.log.filter((l) => /too many clients|53300/.test(l))).toEqual([]);
  expect(lines.filter((l) => /too many clients|53300/.test(l))).toEqual([]);
  expect([...messages].filter((m) => /too many clients|53300/.test(m))).toEqual([]);
  // the outage was seen, and only as SERVICE_UNAVAILABLE / TIMEOUT, never as an internal error
  expect(Object.keys(report).every((k) => /:(SERVICE_UNAVAILABLE|TIMEOUT)$/.test(k))).toBe(true);
  expect(report["outage:SERVICE_UNAVAILABLE"]).toBeGreaterThan(0);
  expect(report.FETCH_FAILED).toBeUndefined();
  // and it is over: reads succeed again
  expect(okAfter.count).toBeGreaterThanOrEqual(200);
}, 180_000);
