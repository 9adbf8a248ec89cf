import type { Outcome } from "./gateway-client";

/** One request as the load tool saw it, `t` in ms since the run began. */
export interface Sample {
  t: number;
  name: string;
  write: boolean;
  kind: Outcome["kind"];
  codes: string[];
  ms: number;
}

export interface Tally {
  requests: number;
  ok: number;
  partial: number;
  error: number;
  errorsByCode: Record<string, number>;
}

export function tally(samples: Sample[]): Tally {
  const t: Tally = { requests: samples.length, ok: 0, partial: 0, error: 0, errorsByCode: {} };
  for (const s of samples) {
    t[s.kind]++;
    for (const code of s.codes) t.errorsByCode[code] = (t.errorsByCode[code] ?? 0) + 1;
  }
  return t;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]) : 0);

/** Counts and latency (p50/p95/p99, ms) per operation. */
export function byOperation(samples: Sample[]) {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) groups.set(s.name, [...(groups.get(s.name) ?? []), s]);
  return Object.fromEntries(
    [...groups].map(([name, group]) => {
      const ms = group.map((s) => s.ms).sort((a, b) => a - b);
      const { requests, ok, partial, error } = tally(group);
      return [name, { requests, ok, partial, error, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) }];
    }),
  );
}

/**
 * From probe results around a fault (`t` when sent, `end` when answered): the first failure after
 * injection (by send time), and recovery: the answer of the first probe from which every later one
 * succeeded (a probe sent into a frozen subgraph may succeed late, once it resumes: it counts when answered).
 */
export function outage(probes: Array<{ t: number; end: number; ok: boolean }>, injectedAt: number) {
  const after = probes.filter((p) => p.t >= injectedAt);
  const firstFailure = after.find((p) => !p.ok)?.t;
  let lastFailureIndex = -1;
  after.forEach((p, i) => !p.ok && (lastFailureIndex = i));
  const recoveredAt = lastFailureIndex === -1 ? undefined : after[lastFailureIndex + 1]?.end;
  return { firstFailure, recoveredAt, failedProbes: after.filter((p) => !p.ok).length, stillFailing: lastFailureIndex === after.length - 1 && lastFailureIndex !== -1 };
}
