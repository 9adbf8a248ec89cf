import type { Measure } from "./monthly-report";

/**
 * The SQL of the monthly tally for many report keys. Joining each key to the rows it counts costs
 * keys × rows (512 tables × every row of the months asked); instead, for each group of measures
 * over the same rows, aggregate ONCE per (region, month, foreign) within the requested months, fan
 * each aggregate out to the four prefixes its region answers for ("", 2, 4 and 6 digits: nation,
 * province, city, county), and join the keys on (prefix, month) by equality, a hash join. Sums and
 * counts roll up by summing; a `count(distinct x)` is counted per prefix and month directly, so it
 * stays exact across a province's cities.
 */

type Rollup = { partial: string; distinct?: string };

/** How a measure's aggregate rolls up; null for a shape this does not know (it is joined per key). */
function rollupOf(value: string): Rollup | null {
  const v = value.trim();
  if (/^count\(\*\)$/i.test(v)) return { partial: "count(*)" };
  const sum = /^sum\((.+)\)$/i.exec(v);
  if (sum) return { partial: `sum(${sum[1]})` };
  const distinct = /^count\(distinct (.+)\)$/i.exec(v);
  if (distinct) return { partial: "", distinct: distinct[1] };
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
    const month = `date_trunc('month', (${m.date})::timestamp)::date`;
    const foreign = `coalesce(${m.foreign}, false)`;
    const scan = `from ${m.from} cross join b where ${m.date} >= b.d0 and ${m.date} < b.d1${where ? ` and ${where}` : ""}`;
    const distinct = items[0].rollup.distinct;
    if (distinct) {
      // distinct values do not add up across cities: count them per prefix and month directly, for
      // both scopes at once; one row per (prefix, month), so the keys join without grouping again
      ctes.push(`a${g} as (select fan.prefix, ${month} as month, count(distinct ${distinct}) filter (where ${foreign}) as vf, count(distinct ${distinct}) as va
        ${scan.replace(" cross join b ", ` cross join b cross join lateral (values (''), (left(${m.region}, 2)), (left(${m.region}, 4)), (${m.region})) fan(prefix) `)}
        group by 1, 2)`);
      parts.push(`select k.idx, '${items[0].name}' as measure, (case when k.foreign_only then a.vf else a.va end)::text as value
        from k join a${g} a on a.prefix = k.prefix and a.month = k.day_from`);
      return;
    }
    ctes.push(`r${g} as (select ${m.region} as region, ${month} as month, ${foreign} as f, ${items.map((item, i) => `${item.rollup.partial} as v${i}`).join(", ")}
      ${scan} group by 1, 2, 3)`);
    ctes.push(`a${g} as (select fan.prefix, r.month, r.f, ${items.map((_, i) => `r.v${i}`).join(", ")}
      from r${g} r cross join lateral (values (''), (left(r.region, 2)), (left(r.region, 4)), (r.region)) fan(prefix))`);
    items.forEach((item, i) =>
      parts.push(`select k.idx, '${item.name}' as measure, sum(a.v${i})::text as value
        from k join a${g} a on a.prefix = k.prefix and a.month = k.day_from and (not k.foreign_only or a.f) group by k.idx`),
    );
  });
  return `${cte}, ${ctes.join(",\n")} ${[...parts, ...direct].join(" union all ")}`;
}
