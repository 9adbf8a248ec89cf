import type { Measure } from "./monthly-report";

/**
 * The SQL of the monthly tally for many report keys. Joining each key to the rows it counts costs
 * keys × rows (512 tables × every row of the months asked); instead, for each group of measures
 * over the same rows, aggregate ONCE per (region, month, foreign) within the requested months, fan
 * each aggregate out to the four prefixes its region answers for ("", 2, 4 and 6 digits: nation,
 * province, city, county), and join the keys on (prefix, month) by equality, a hash join. Sums and
 * counts roll up by summing; `count(distinct x)` keeps x in the aggregate's grouping and counts the
 * distinct values at roll-up, so it stays exact across a province's cities.
 */

type Rollup = { partial: string; total: string; distinct?: string };

/** How a measure's aggregate rolls up; null for a shape this does not know (it is joined per key). */
function rollupOf(value: string): Rollup | null {
  const v = value.trim();
  if (/^count\(\*\)$/i.test(v)) return { partial: "count(*)", total: "sum" };
  const sum = /^sum\((.+)\)$/i.exec(v);
  if (sum) return { partial: `sum(${sum[1]})`, total: "sum" };
  const distinct = /^count\(distinct (.+)\)$/i.exec(v);
  if (distinct) return { partial: "", total: "count(distinct", distinct: distinct[1] };
  return null;
}

/** `cte` defines `k(idx, lo, hi, day_from, day_to, foreign_only, prefix)` (reportKeysCte). */
export function rollupSql(cte: string, measures: Record<string, Measure>, whereOf: (m: Measure) => string): string {
  const groups = new Map<string, { m: Measure; where: string; items: Array<{ name: string; rollup: Rollup }> }>();
  const direct: string[] = [];
  for (const [name, m] of Object.entries(measures)) {
    const where = whereOf(m);
    const rollup = rollupOf(m.value);
    if (!rollup) {
      // the per-key join, for an aggregate that cannot be rolled up
      direct.push(`select k.idx, '${name}' as measure, (${m.value})::text as value from k join ${m.from}
        on ${m.region} >= k.lo and ${m.region} < k.hi and ${m.date} >= k.day_from and ${m.date} < k.day_to and (not k.foreign_only or ${m.foreign})
        ${where ? `where ${where}` : ""} group by k.idx`);
      continue;
    }
    // a distinct count groups by its own value, so it gets an aggregate of its own
    const id = JSON.stringify([m.from, m.region, m.date, m.foreign, where, rollup.distinct ?? null]);
    const group = groups.get(id) ?? { m, where, items: [] };
    group.items.push({ name, rollup });
    groups.set(id, group);
  }
  const ctes: string[] = ["b as (select min(day_from) as d0, max(day_to) as d1 from k)"];
  const parts: string[] = [];
  [...groups.values()].forEach(({ m, where, items }, g) => {
    const distinct = items[0].rollup.distinct;
    const columns = distinct ? [`${distinct} as v0`] : items.map((item, i) => `${item.rollup.partial} as v${i}`);
    const values = distinct ? ["v0"] : items.map((_, i) => `v${i}`);
    ctes.push(`r${g} as (select ${m.region} as region, date_trunc('month', (${m.date})::timestamp)::date as month, coalesce(${m.foreign}, false) as f, ${columns.join(", ")}
      from ${m.from} cross join b where ${m.date} >= b.d0 and ${m.date} < b.d1${where ? ` and ${where}` : ""}
      group by 1, 2, 3${distinct ? ", 4" : ""})`);
    ctes.push(`a${g} as (select p.prefix, r.month, r.f, ${values.map((v) => `r.${v}`).join(", ")}
      from r${g} r cross join lateral (values (''), (left(r.region, 2)), (left(r.region, 4)), (r.region)) p(prefix))`);
    items.forEach((item, i) => {
      const total = item.rollup.distinct ? `count(distinct a.v0)` : `sum(a.v${i})`;
      parts.push(`select k.idx, '${item.name}' as measure, (${total})::text as value
        from k join a${g} a on a.prefix = k.prefix and a.month = k.day_from and (not k.foreign_only or a.f) group by k.idx`);
    });
  });
  return `${cte}, ${ctes.join(",\n")} ${[...parts, ...direct].join(" union all ")}`;
}
