import { Property, type Constructor, type Options } from "@mikro-orm/core";

/**
 * A record its owner can withdraw (撤销): the three columns say when, by whom and why. A withdrawn
 * record leaves every lookup, list, loader and count (the kit's default-on `live` filter, below) and
 * every monthly tally (`Measure.withdrawable`), but keeps its history. An entity extends this class
 * (AdminCase does), and its migration adds the columns (`withdrawableColumnsSql`).
 */
export abstract class Withdrawable {
  @Property({ type: "datetime", nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: "text", nullable: true })
  withdrawnBy?: string | null;

  @Property({ type: "text", nullable: true })
  withdrawalReason?: string | null;
}

/** The name of the kit's filter; `{ filters: { [LIVE]: false } }` reads withdrawn rows too (history, corrections). */
export const LIVE = "live";

/** Options that read withdrawn rows as well: only the corrections kit and history need this. */
export const WITH_WITHDRAWN = { filters: { [LIVE]: false } } as const;

/**
 * The `live` filter for a subgraph's entities: on by default for every entity that extends
 * Withdrawable, so `em.find`, `findOne`, `count` (lookups, lists, loaders, totalCount) leave withdrawn
 * rows out without any query saying so.
 */
export function liveFilter(entities: Constructor<object>[]): NonNullable<Options["filters"]> {
  const withdrawable = entities.filter((e) => e.prototype instanceof Withdrawable);
  if (!withdrawable.length) return {};
  return { [LIVE]: { cond: { withdrawnAt: null }, default: true, entity: withdrawable.map((e) => e.name) } };
}

/** The migration's SQL adding the columns of Withdrawable to `schema.table`. */
export const withdrawableColumnsSql = (schema: string, table: string) =>
  `alter table "${schema}"."${table}" add column "withdrawn_at" timestamptz null, add column "withdrawn_by" text null, add column "withdrawal_reason" text null;`;
