import { generateDemo, type DemoData } from "./generate";

/** Rows as plain records: tests read any field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rec = Record<string, any>;
export const recs = (rows: object[]) => rows as Rec[];

/** One generated data set per seed and scale per test file: generating is deterministic. */
const cache = new Map<string, DemoData>();
export function demo(scale = 1, seed = 2017): DemoData {
  const key = `${scale}|${seed}`;
  if (!cache.has(key)) cache.set(key, generateDemo({ scale, seed }));
  return cache.get(key)!;
}

export const byKey = (rows: object[], key = "id") => new Map(recs(rows).map((r) => [r[key] as string, r]));

export function groupBy(rows: object[], key: string) {
  const groups = new Map<string, Rec[]>();
  for (const r of recs(rows)) {
    const k = r[key] as string;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  return groups;
}

/** The China calendar date of an instant. */
export const day = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Collects every violation instead of stopping at the first, so a failing test lists them (the first 20). */
export class Violations {
  readonly found: string[] = [];
  check(ok: unknown, what: string) {
    if (!ok) this.found.push(what);
  }
  get report() {
    return this.found.slice(0, 20);
  }
  /** The violations so far (the first 20), forgetting them: for an `afterEach` that checks each test. */
  flush() {
    const report = this.report;
    this.found.length = 0;
    return report;
  }
}
