import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { wrap, type EntityName } from "@mikro-orm/core";
import type { Identity } from "./identity";
import { covers } from "./regions";
import { notFound } from "./errors";
import { findByKeys } from "./batch-find";

/**
 * Request-scoped DataLoaders by name. Every `__resolveReference` and every list field a subgraph
 * contributes to another agency's entity goes through one of these, so a request costs one SQL
 * statement per field and hop, whatever the number of rows.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.byName.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 }) as DataLoader<unknown, unknown>;
      this.byName.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

interface LoaderContext {
  em: EntityManager;
  loaders: Loaders;
}

const nameOf = (entity: EntityName<any>) => (typeof entity === "string" ? entity : entity.name);
/** A row's key under `field`: a plain column, or the primary key (whatever its name) of a many-to-one reference. */
const keyOf = (row: object, field: string) => {
  const value = (row as Record<string, unknown>)[field];
  return String(value !== null && typeof value === "object" ? wrap(value as object, true).getPrimaryKey() : value);
};

/** One entity per key, e.g. `one(ctx, SaicCase).load(id)`; unknown keys give null. */
export function one<T extends object>(ctx: LoaderContext, entity: EntityName<T>, field = "id"): DataLoader<string, T | null> {
  return ctx.loaders.get(`${nameOf(entity)}.${field}:one`, async (keys: readonly string[]) => {
    const rows = await findByKeys(ctx.em, entity, field, keys);
    const found = new Map(rows.map((row) => [keyOf(row, field), row]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** All entities whose `field` equals each key, e.g. `many(ctx, Referral, "sourceId").load(caseId)`. */
export function many<T extends object>(
  ctx: LoaderContext,
  entity: EntityName<T>,
  field: string,
  orderBy: Record<string, "asc" | "desc"> = { id: "asc" },
): DataLoader<string, T[]> {
  return ctx.loaders.get(`${nameOf(entity)}.${field}:many:${JSON.stringify(orderBy)}`, async (keys: readonly string[]) => {
    const rows = await findByKeys(ctx.em, entity, field, keys, orderBy);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row, field);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** An id given in input, lower-cased; a malformed one is NOT_FOUND on `field`, like an unknown one. */
export function requireId(value: string, field: string, what: string): string {
  if (!isUuid(value)) throw notFound(field, what, value);
  return value.toLowerCase();
}

/**
 * A lookup by id for root queries and `__resolveReference` alike: batched per request; a malformed,
 * unknown or out-of-region id all read as absent (a malformed one must not reach PostgreSQL and fail
 * the whole batch, and an out-of-region one must not reveal that it exists).
 */
export async function lookup<T extends { region: string }>(ctx: LoaderContext & { identity: Identity }, entity: EntityName<T>, id: string): Promise<T | null> {
  if (!isUuid(id)) return null;
  const row = await one(ctx, entity).load(id.toLowerCase());
  return row && covers(ctx.identity.region, row.region) ? row : null;
}
