import pg from "pg";
import { databaseUrl, logger, migrate, openDatabase, type SubgraphDefinition } from "@ipr/shared";
import { SUBGRAPHS } from "../subgraphs";

/**
 * Migrations for a deployment with several replicas per agency.
 *
 * A subgraph runs `migrator.up()` when it starts. MikroORM 6's migrator takes no lock: it creates
 * the schema and its `mikro_orm_migrations` table when they are missing (check, then create), then
 * runs the pending migrations in one transaction. Replicas starting together race on both: on a
 * fresh database the losers fail on `create schema` / `create table mikro_orm_migrations`
 * (duplicate key in pg_namespace / pg_type), and on an upgrade they fail on the new migration's own
 * DDL; a migration that only changes data (inserts, updates) would be applied twice. So each
 * agency Deployment runs this first, in an initContainer: it holds a PostgreSQL advisory lock
 * (per agency schema) while it migrates, so concurrent runs take turns and the later ones find
 * nothing pending. The main container's own `up()` then has nothing to do.
 *
 * The lock is a session lock on a connection of its own: if the process dies, PostgreSQL ends the
 * session, the migration transaction rolls back and the lock is released.
 */
export const migrationLockKey = (name: string) => `ipr-migrations:${name}`;

export async function migrateWithLock(def: SubgraphDefinition, url: string, log: (msg: string) => void = () => {}): Promise<void> {
  const lock = new pg.Client({ connectionString: url, application_name: `ipr-migrate-${def.name}` });
  await lock.connect();
  try {
    log(`${def.name}: waiting for the migration lock`);
    await lock.query("select pg_advisory_lock(hashtextextended($1, 0))", [migrationLockKey(def.name)]);
    const db = await openDatabase(def, url, { pool: { min: 0, max: 2 } });
    try {
      const pending = await db.orm.getMigrator().getPendingMigrations();
      log(`${def.name}: ${pending.length} pending migration(s)${pending.length ? `: ${pending.map((m) => m.name).join(", ")}` : ""}`);
      await migrate(db);
    } finally {
      await db.close();
    }
    await lock.query("select pg_advisory_unlock(hashtextextended($1, 0))", [migrationLockKey(def.name)]);
  } finally {
    await lock.end();
  }
}

/**
 * `node infra/dist/deploy/migrate.js <agency>…` or `--all`: migrates each agency's schema in its own
 * database (`DATABASE_URL_<AGENCY>`, else `DATABASE_URL`), one agency after another.
 */
async function main(args: string[]) {
  const names = args.includes("--all") ? SUBGRAPHS.map((d) => d.name) : args.filter((a) => !a.startsWith("-"));
  const unknown = names.filter((n) => !SUBGRAPHS.some((d) => d.name === n));
  if (!names.length || unknown.length)
    throw new Error(`usage: node infra/dist/deploy/migrate.js --all | <${SUBGRAPHS.map((d) => d.name).join("|")}>…${unknown.length ? ` (unknown: ${unknown.join(", ")})` : ""}`);
  for (const name of names) {
    const def = SUBGRAPHS.find((d) => d.name === name)!;
    await migrateWithLock(def, databaseUrl(name), (msg) => logger.info(msg));
  }
  logger.info(`migrated ${names.join(", ")}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    logger.error({ err: error }, "migration failed");
    process.exit(1);
  });
}
