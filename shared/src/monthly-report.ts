import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Context } from "./context";
import { Agency } from "./agency";
import { badInput, forbidden } from "./errors";
import { DecimalScalar, normalizeDecimal } from "./scalars";
import { NATIONAL, isRegion, regionPrefix } from "./regions";
import { canRead } from "./policy";
import { todayIn } from "./context";
import type { SubgraphName } from "./peers";
import { rollupSql } from "./monthly-rollup";

/** Which records the monthly table counts: those of foreign-invested right holders (the action plan's table) or all. */
export enum ReportScope {
  FOREIGN_INVESTED = "FOREIGN_INVESTED",
  ALL = "ALL",
}
registerEnumType(ReportScope, { name: "ReportScope" });

export interface ReportKey {
  region: string;
  period: string;
  scope: ReportScope;
}

/**
 * The office's MonthlyReport entity as an agency sees it: its key only. Each agency calls this once
 * and adds its row(s) of the table with a `@Resolver(() => ThatClass)`.
 */
export function MonthlyReportStub() {
  @Directive('@key(fields: "region period scope")')
  @ObjectType("MonthlyReport")
  class MonthlyReport implements ReportKey {
    @Field(() => String) region!: string;
    @Field(() => String) period!: string;
    @Field(() => ReportScope) scope!: ReportScope;
  }
  return MonthlyReport;
}

/** Cases and the amount involved: one line of the paper table. Shared by the administrative agencies. */
@Directive("@shareable")
@ObjectType({ description: "Cases and the amount involved (案件数量/涉案金额)" })
export class CaseTally {
  @Field(() => Int) cases!: number;
  @Field(() => DecimalScalar, { description: "Yuan" }) amountInvolved!: string;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A reporting month, `YYYY-MM`, not after the current month (China time). */
export function requirePeriod(value: string, field: string, now: Date): string {
  if (!PERIOD.test(value)) throw badInput(field, `${JSON.stringify(value)} is not a month as YYYY-MM`);
  if (value > todayIn(now).slice(0, 7)) throw badInput(field, `${value} is in the future`);
  return value;
}

/** First day of the month and of the next one: the half-open date range the table counts. */
export function periodRange(period: string): [string, string] {
  const [y, m] = period.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return [`${period}-01`, `${next}-01`];
}

/** A report key a caller may read: a known region inside the caller's, a real month. Nationwide only for those who cover it. */
export function checkReportKey(ctx: Context, key: ReportKey, field = "region"): ReportKey {
  if (!isRegion(key.region, { allowNational: true })) throw badInput(field, `unknown region code ${JSON.stringify(key.region)}`);
  if (key.region === NATIONAL && ctx.identity.agency !== Agency.OFFICE) throw forbidden("national totals are for the national office", field);
  if (!canRead(ctx.identity, key.region)) throw forbidden(`region ${key.region} is outside your region ${ctx.identity.region}`, field);
  requirePeriod(key.period, "period", ctx.now());
  return key;
}

/**
 * One measure of an agency's row: an aggregate over its own table, counted by a date column in the
 * month, by region prefix, and for FOREIGN_INVESTED only where `foreign` is true.
 */
export interface Measure {
  /** FROM clause, schema-qualified, aliased `t` (joins allowed). */
  from: string;
  region: string;
  date: string;
  foreign: string;
  /** Extra condition, e.g. `t.category = 'TRADEMARK'`. */
  where?: string;
  /** The aggregate, e.g. `count(*)`, `sum(t.amount_involved)`, `count(distinct t.criminal_case_id)`. */
  value: string;
  /**
   * Aliases in `from` of tables whose rows can be withdrawn (withdrawable.ts): their withdrawn rows
   * are left out, e.g. `["t"]`, or `["t", "c"]` where a joined parent can be withdrawn too.
   */
  withdrawable?: readonly string[];
}

/** A measure's whole condition beyond keys: its own `where` and, per withdrawable alias, live rows only. */
export const measureWhere = (m: Measure): string =>
  [m.where, ...(m.withdrawable ?? []).map((alias) => `${alias}.withdrawn_at is null`)].filter(Boolean).join(" and ");

/**
 * Every measure of an agency for every report key of the request in ONE SQL statement (rollup.ts):
 * the rows are aggregated once per region, month and scope, then rolled up to each key's region
 * prefix and month by an equality (hash) join, instead of joining every key to every row.
 */
function tallySql(measures: Record<string, Measure>, keys: readonly ReportKey[]) {
  const { cte, params } = reportKeysCte(keys);
  return { sql: rollupSql(cte, measures, measureWhere), params };
}

export type Tally = Record<string, string>;

/**
 * The agency's measures for one report key, batched with every other key of the request:
 * `const t = await monthlyTally(ctx, "saic", SAIC_MEASURES, report); t["trademark.cases"]`.
 * Measures with no matching rows read as "0".
 */
export function monthlyTally(ctx: Context, name: string, measures: Record<string, Measure>, key: ReportKey): Promise<Tally> {
  const loader = ctx.loaders.get<string, Tally>(`monthly-tally:${name}`, async (ids) => {
    const keys = ids.map((id) => JSON.parse(id) as ReportKey);
    const { sql, params } = tallySql(measures, keys);
    const rows: Array<{ idx: number; measure: string; value: string | null }> = await ctx.em.getConnection().execute(sql, params);
    const out = keys.map(() => Object.fromEntries(Object.keys(measures).map((m) => [m, "0"])) as Tally);
    for (const row of rows) out[row.idx][row.measure] = row.value ?? "0";
    return out;
  });
  return loader.load(JSON.stringify({ region: key.region, period: key.period, scope: key.scope }));
}

/** A tally's money measure as a Decimal string ("0.00" for none). */
export const yuan = (value: string | undefined) => normalizeDecimal(value && value !== "0" ? value : "0");
export const count = (value: string | undefined) => Number(value ?? 0);

/** The two measures of a CaseTally line (`<name>.cases`, `<name>.amount`) over one table. */
export function caseMeasures(base: Omit<Measure, "value">, name: string, where?: string): Record<string, Measure> {
  const w = [base.where, where].filter(Boolean).join(" and ") || undefined;
  return {
    [`${name}.cases`]: { ...base, where: w, value: "count(*)" },
    [`${name}.amount`]: { ...base, where: w, value: "sum(t.amount_involved)" },
  };
}

export const caseTally = (t: Tally, name: string): CaseTally => ({ cases: count(t[`${name}.cases`]), amountInvolved: yuan(t[`${name}.amount`]) });

/**
 * The request's report keys as `k(idx, lo, hi, day_from, day_to, foreign_only, prefix)`: a region
 * prefix as the range lo ≤ region < hi (b-tree friendly; nationwide every 6-digit code is below
 * "9999999") and as the `prefix` itself ("" nationwide), the month as the half-open range
 * [day_from, day_to).
 */
export function reportKeysCte(keys: readonly ReportKey[]): { cte: string; params: unknown[] } {
  const params: unknown[] = [];
  const rows = keys.map((key, idx) => {
    const prefix = regionPrefix(key.region);
    const [from, to] = periodRange(key.period);
    const hi = prefix ? String(Number(prefix) + 1).padStart(prefix.length, "0") : "9999999";
    params.push(idx, prefix || "0", hi, from, to, key.scope === ReportScope.FOREIGN_INVESTED, prefix);
    return "(?::int, ?::text, ?::text, ?::date, ?::date, ?::boolean, ?::text)";
  });
  return { cte: `with k(idx, lo, hi, day_from, day_to, foreign_only, prefix) as (values ${rows.join(", ")})`, params };
}

/**
 * A value per report key, computed for every key of the request at once: `batch` receives all the
 * keys the request asks for and answers one value per key, so N reports cost what one does.
 */
export function perReportKey<V>(ctx: Context, name: string, key: ReportKey, batch: (keys: readonly ReportKey[]) => Promise<V[]>): Promise<V> {
  const loader = ctx.loaders.get<string, V>(`report:${name}`, (ids) => batch(ids.map((id) => JSON.parse(id) as ReportKey)));
  return loader.load(JSON.stringify({ region: key.region, period: key.period, scope: key.scope }));
}

/** Ids per `_entities` call: a subgraph takes bodies up to 2 MB, so a huge batch goes in a few calls. */
const PEER_CHUNK = 5000;

/**
 * Another agency's facts about its entities, as the caller: one `_entities` call for all the ids
 * (more only past PEER_CHUNK ids). Unknown ids, and ids the caller may not read, map to null.
 */
export async function peerFacts<T extends { id: string }>(
  ctx: Context, subgraph: SubgraphName, typename: string, ids: Iterable<string>, selection: string,
): Promise<Map<string, T | null>> {
  const distinct = [...new Set([...ids].map((id) => id.toLowerCase()))];
  const out = new Map<string, T | null>();
  const parts: string[][] = [];
  for (let i = 0; i < distinct.length; i += PEER_CHUNK) parts.push(distinct.slice(i, i + PEER_CHUNK));
  const answers = await Promise.all(parts.map((part) => ctx.peers.entities<T>(ctx.identity, subgraph, typename, part.map((id) => ({ id })), selection)));
  parts.forEach((part, i) => part.forEach((id, j) => out.set(id, answers[i][j] ?? null)));
  return out;
}
