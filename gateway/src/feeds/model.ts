/**
 * A feed is a flat table read through the gateway from Relay list fields, as the caller: what a
 * dataset file declares (datasets/*.ts) is data only — which lists, which columns, their types and
 * meaning. The selection each page asks for is derived from the columns' paths.
 */

import { MANIFESTS } from "@ipr/shared";

/** Stable column types: CSV text and the Parquet logical type each maps to (see parquet.ts). */
export type ColumnType = "string" | "integer" | "boolean" | "decimal" | "date" | "timestamp";

export interface FeedColumn {
  /** snake_case, stable: BI tools key on it */
  name: string;
  type: ColumnType;
  /**
   * Where the value is in a node: `caseNumber`, `judgment.verdict` (a list on the way gives its last
   * element, e.g. the latest referral), `$date` (the source's own date field) or `=sourceType` (a
   * constant of the source).
   */
  path: string;
  description: string;
  /** Selection to ask for instead of the one derived from `path` (a union needs fragments) */
  select?: string;
}

/** One list field a dataset reads. */
export interface FeedSource {
  /** Root list field (a Relay connection with `filter`, `first`, `after`) */
  list: string;
  /** Its filter's input type */
  filter: string;
  /** Filter keys of the date range `?from` / `?to`, when not `from` / `to` */
  dates?: [from: string, to: string];
  /** `$name` paths this source resolves, e.g. `{ date: "seizedOn" }` */
  fields?: Record<string, string>;
  /** `=name` constants of this source, e.g. `{ sourceType: "CUSTOMS_SEIZURE" }` */
  constants?: Record<string, string>;
}

export interface ListDataset {
  kind: "list";
  name: string;
  description: string;
  sources: FeedSource[];
  columns: FeedColumn[];
  /** One row per element of this list field of each node (suspects of a criminal case) */
  unnest?: string;
  /** The records can be withdrawn (撤销): the `withdrawals` dataset lists them */
  withdrawable: boolean;
  /** How one row is identified, for consumers applying `withdrawals` (columns) */
  key: string[];
  /** Feed parameters its list cannot filter by (a derived dataset's filter may lack `updatedSince`): refused, never ignored */
  unsupported?: string[];
}

/** The monthly table in long format (exports/long-format.ts), one request per month. */
export interface MonthlyDataset {
  kind: "monthly";
  name: string;
  description: string;
  columns: FeedColumn[];
}

/** Records withdrawn (撤销) since `?updatedSince`, across the datasets whose records can be: what to delete. */
export interface WithdrawalsDataset {
  kind: "withdrawals";
  name: string;
  description: string;
  columns: FeedColumn[];
}

export type Dataset = ListDataset | MonthlyDataset | WithdrawalsDataset;

/** A row: values in column order, as the API gave them (Decimal and Date strings, ISO times), null when absent. */
export type Row = Array<string | number | boolean | null>;

/** Rows page by page; a writer awaits each page before the next is asked for (backpressure). */
export type Pages = AsyncIterable<Row[]>;

/** Columns many datasets share, with one meaning everywhere. */
export const REGION: FeedColumn = { name: "region", type: "string", path: "region", description: "6-digit GB/T 2260 region code" };
export const FOREIGN_INVESTED: FeedColumn = { name: "foreign_invested", type: "boolean", path: "foreignInvested", description: "The right holder is a foreign-invested enterprise" };
export const CAMPAIGN: FeedColumn = { name: "campaign", type: "string", path: "campaign", description: "Campaign the record belongs to (CampaignCode), if any" };
export const CREATED_AT: FeedColumn = { name: "created_at", type: "timestamp", path: "createdAt", description: "When it was recorded, UTC" };

/** A column every change-tracked dataset ends with. */
export const UPDATED_AT: FeedColumn = {
  name: "updated_at", type: "timestamp", path: "updatedAt",
  description: "When the record last changed (created, corrected, decided, withdrawn), UTC: what ?updatedSince compares",
};

/** The dataset as its owner's manifest declares it (name, list, meaning): a feed exists only where a manifest says so. */
export function declared(name: string): { name: string; list: string; description: string } {
  const spec = MANIFESTS.flatMap((m) => m.datasets ?? []).find((d) => d.name === name);
  if (!spec) throw new Error(`feeds: no manifest declares the dataset ${name}`);
  return spec;
}
