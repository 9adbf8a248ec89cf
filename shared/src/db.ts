import { MikroORM, type EntityManager, type Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import type { Constructor, MigrationObject } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";
import { CONNECT_TIMEOUT_MS, POOL_ACQUIRE_TIMEOUT_MS, POOL_IDLE_TIMEOUT_MS, poolMax } from "./pool";
import { KIT_TABLES, kitMigrations } from "./kit-migrations";
import { logger } from "./logger";
import { AgencyReference, agencyReferenceSql } from "./agency-reference";
import { RecordVersionRow } from "./record-history";
import { ImportBatchRow, ImportRowRow } from "./imports/store";
import { liveFilter } from "./withdrawable";

export type { EntityManager };

export interface DatabaseDefinition {
  /** The agency's subgraph name; also its PostgreSQL schema. */
  name: string;
  entities: Constructor<object>[];
  migrations: Array<MigrationObject | Constructor<Migration>>;
}

/** `DATABASE_URL_<AGENCY>` lets an agency run its own database; otherwise all share `DATABASE_URL`. */
export function databaseUrl(name: string, env = process.env): string {
  const url = env[`DATABASE_URL_${name.toUpperCase()}`] ?? env.DATABASE_URL;
  if (!url) throw new Error(`set DATABASE_URL (or DATABASE_URL_${name.toUpperCase()}) for the ${name} subgraph`);
  return url;
}

export interface Database {
  orm: MikroORM;
  /** SQL statements this subgraph has sent so far: tests compare it before and after a request. */
  statements(): number;
  close(): Promise<void>;
}

export async function openDatabase(def: DatabaseDefinition, clientUrl: string, extra: Partial<Options> = {}): Promise<Database> {
  let statements = 0;
  const orm = await MikroORM.init({
    clientUrl,
    schema: def.name,
    // every schema keeps the agencies as reference data (agency-reference.ts) and record versions (record-history.ts)
    entities: [...def.entities, AgencyReference, RecordVersionRow, ImportBatchRow, ImportRowRow],
    // withdrawn records leave every find, findOne and count (withdrawable.ts)
    filters: liveFilter(def.entities),
    // a withdrawn parent never hides the rows referencing it: what may not be withdrawn while
    // referenced is the corrections kit's dependents check, not a join behind every query
    autoJoinRefsForFilters: false,
    extensions: [Migrator],
    // the kit's own tables (idempotency keys) come after the agency's, recorded in the same table
    migrations: { tableName: "mikro_orm_migrations", migrationsList: [...def.migrations, ...kitMigrations(def.name)], snapshot: false, transactional: true, allOrNothing: true, silent: true },
    // the kit's tables have no entities: keep them out of the agency's schema diff
    schemaGenerator: { skipTables: KIT_TABLES },
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // the connection budget (pool.ts): DB_POOL_MAX_<AGENCY> / DB_POOL_MAX; timeouts so a request
    // fails fast while PostgreSQL is away and the pool refills by itself when it is back
    pool: { min: 0, max: poolMax(def.name), idleTimeoutMillis: POOL_IDLE_TIMEOUT_MS, acquireTimeoutMillis: POOL_ACQUIRE_TIMEOUT_MS, createTimeoutMillis: CONNECT_TIMEOUT_MS },
    driverOptions: {
      connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true, application_name: `ipr-${def.name}` },
      // knex's own warnings (a pooled connection lost in a restart) as JSON lines naming the service
      log: {
        warn: (message: unknown) => logger.warn({ service: def.name }, String(message)),
        error: (message: unknown) => logger.error({ service: def.name }, String(message)),
        deprecate: () => {},
        debug: () => {},
      },
    },
    onQuery: (sql) => {
      statements++;
      return sql;
    },
    ...extra,
  });
  return { orm, statements: () => statements, close: () => orm.close(true) };
}

/** Creates the agency's schema if need be and applies pending migrations. Safe to run at every start. */
export async function migrate(db: Database): Promise<void> {
  await db.orm.getMigrator().up();
  // an agency added since the last migration gets its reference row without a migration of its own
  const connection = db.orm.em.getConnection();
  for (const sql of agencyReferenceSql(db.orm.config.get("schema")!)) await connection.execute(sql);
}
