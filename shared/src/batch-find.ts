import type { EntityManager } from "@mikro-orm/postgresql";
import { ReferenceKind, type EntityMetadata, type EntityName } from "@mikro-orm/core";
import { LIVE, Withdrawable } from "./withdrawable";

/**
 * The rows of `entity` whose `field` is one of `keys`, for the request-scoped loaders: the hottest
 * query of every hop (each `__resolveReference` and contributed list goes through it). MikroORM's
 * `em.find` builds this statement anew on each call through its QueryBuilder and knex, which costs
 * more CPU than PostgreSQL spends answering it; here the SQL is built once per entity, field and
 * order (one statement whatever the number of keys) and the rows are hydrated with
 * `em.map`, so they are the same managed entities `em.find` returns. The kit's `live` filter is
 * applied as `em.find` applies it (withdrawn rows left out). Anything this does not know how to
 * write (a composite key, an embedded or inherited entity) goes to `em.find`.
 */
const statements = new WeakMap<EntityMetadata, Map<string, string | null>>();

/** Where the keys' placeholders go. */
const KEYS = "\u0000keys\u0000";
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function columnOf(meta: EntityMetadata, property: string): string | null {
  const prop = meta.properties[property];
  if (!prop || prop.fieldNames?.length !== 1) return null;
  if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE) return null;
  return prop.fieldNames[0];
}

function statementFor(em: EntityManager, meta: EntityMetadata, field: string, orderBy: Record<string, "asc" | "desc">): string | null {
  let byKey = statements.get(meta);
  if (!byKey) statements.set(meta, (byKey = new Map()));
  const key = `${field}|${JSON.stringify(orderBy)}`;
  if (byKey.has(key)) return byKey.get(key)!;
  let sql: string | null = null;
  const column = columnOf(meta, field);
  const order = Object.entries(orderBy).map(([p, dir]) => {
    const c = columnOf(meta, p);
    return c && (dir === "asc" || dir === "desc") ? `${quote(c)} ${dir}` : null;
  });
  const simple = !meta.embeddable && !meta.discriminatorColumn && !meta.pivotTable && !meta.virtual && meta.primaryKeys.length === 1;
  if (column && simple && order.every(Boolean)) {
    const schema = meta.schema && meta.schema !== "*" ? meta.schema : (em.config.get("schema") as string | undefined);
    const table = `${schema ? `${quote(schema)}.` : ""}${quote(meta.tableName)}`;
    const live = meta.class?.prototype instanceof Withdrawable ? ` and "withdrawn_at" is null` : "";
    sql = `select * from ${table} where ${quote(column)} in (${KEYS})${live}${order.length ? ` order by ${order.join(", ")}` : ""}`;
  }
  byKey.set(key, sql);
  return sql;
}

export async function findByKeys<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: string,
  keys: readonly string[],
  orderBy: Record<string, "asc" | "desc"> = {},
): Promise<T[]> {
  const meta = em.getMetadata().find(typeof entity === "string" ? entity : entity.name) as EntityMetadata<T> | undefined;
  const sql = meta && !liveFilterOff(em) ? statementFor(em, meta, field, orderBy) : null;
  if (!meta || !sql) return em.find(entity, { [field]: { $in: [...keys] } } as never, { orderBy } as never) as Promise<T[]>;
  const rows: Array<Record<string, unknown>> = await em.getConnection().execute(sql.replace(KEYS, keys.map(() => "?").join(", ")), [...keys]);
  return rows.map((row) => em.map(meta.className, row as never) as T);
}

/** A fork that switched the `live` filter off reads withdrawn rows: leave that to `em.find`. */
const liveFilterOff = (em: EntityManager) => {
  const filters = (em as unknown as { filterParams?: unknown; filters?: Record<string, unknown> }).filters;
  return !!filters && LIVE in filters;
};
