import type { Context } from "./context";
import { badInput } from "./errors";
import { regionScope, type Where } from "./policy";
import { assertRegion } from "./regions";
import { changeWhere } from "./change-tracking";

/** `{ field: { $gte: from, $lte: to } }`, or nothing when neither bound is given. */
export function dateRange(field: string, from?: string | null, to?: string | null, [fromKey, toKey] = ["from", "to"]): Where {
  if (!from && !to) return {};
  if (from && to && from > to) throw badInput(`filter.${toKey}`, `${to} is before filter.${fromKey} ${from}`);
  return { [field]: { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } };
}

export interface ListSpec<F> {
  /**
   * Rows inside the caller's region, narrowed by `filter.region` (checked as a region code): the
   * default. `"allowNational"` also accepts the national code; `false` is for national registers.
   */
  region?: boolean | "allowNational";
  /** The date column `filter.from`..`filter.to` bound (inclusive), or `[column, fromKey, toKey]` for other filter names. */
  dates?: string | [column: string, from: keyof F & string, to: keyof F & string];
  /** Filter fields compared for equality with the column of the same name, when given (not null or ""). */
  equal?: ReadonlyArray<keyof F & string>;
  /** Conditions the list builds itself: ranges, trimmed or lower-cased values, derived flags. */
  where?: Where;
}

const given = (value: unknown) => value != null && value !== "";

/**
 * A list query's `where` from its optional filter, the same way in every subgraph: region scope
 * first (so nothing outside the caller's region is ever matched), then the date range, the
 * equalities and the list's own conditions.
 * `paginate(ctx.em, Judgment, scopedList(ctx, filter, { dates: "decidedOn", equal: ["verdict"] }), page, "decidedOn")`
 */
export function scopedList<F extends object>(ctx: Context, filter: F | null | undefined, spec: ListSpec<F>): Where {
  const f = (filter ?? {}) as Record<string, unknown>;
  const region = spec.region ?? true;
  let scope: Where = {};
  if (region) {
    const asked = f.region as string | null | undefined;
    if (asked) assertRegion(asked, "filter.region", region === "allowNational" ? { allowNational: true } : undefined);
    scope = regionScope(ctx.identity, asked);
  }
  const [column, fromKey, toKey] = typeof spec.dates === "string" ? [spec.dates, "from", "to"] : (spec.dates ?? []);
  const dates = column ? dateRange(column, f[fromKey!] as string | null, f[toKey!] as string | null, [fromKey!, toKey!]) : {};
  const equal = Object.fromEntries((spec.equal ?? []).filter((k) => given(f[k])).map((k) => [k, f[k]]));
  // updatedSince / withdrawn: only filters of change-tracked records have them (change-tracking.ts)
  return { ...scope, ...dates, ...equal, ...changeWhere(f), ...spec.where };
}
