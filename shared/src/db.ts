import { MikroORM, type EntityManager, type Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import type { Constructor, MigrationObject } from "@mikro-orm/core";
import type { Migration } from "@mikro-orm/migrations";

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
    entities: def.entities,
    extensions: [Migrator],
    migrations: { tableName: "mikro_orm_migrations", migrationsList: def.migrations, snapshot: false, transactional: true, allOrNothing: true, silent: true },
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
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
}
