import { performance } from "node:perf_hooks";
import { cpuMs, rssMb } from "./processes";

export interface Answer {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POSTs one GraphQL request (global fetch: keep-alive connections) and fails loudly on errors. */
export async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const answer = (await res.json()) as Answer;
  if (answer.errors?.length || !res.ok) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  return answer;
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

/**
 * `connections` closed-loop clients calling `run` for `seconds`; the peak RSS of `watchPid` is
 * sampled every 50 ms meanwhile. Returns completed requests per second, the peak RSS in MB and the
 * watched process's CPU per completed request (less noisy than throughput on a shared machine).
 */
export async function closedLoop(connections: number, seconds: number, run: (i: number) => Promise<unknown>, watchPid?: number): Promise<{ perSecond: number; done: number; failed: number; peakRssMb: number; cpuMsPerRequest: number }> {
  const end = performance.now() + seconds * 1000;
  let done = 0, failed = 0, peak = 0;
  const sampler = watchPid ? setInterval(() => (peak = Math.max(peak, rssMb(watchPid))), 50) : undefined;
  const started = performance.now();
  const cpuBefore = watchPid ? cpuMs(watchPid) : 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      for (let i = c; performance.now() < end; i += connections) {
        try {
          await run(i);
          done++;
        } catch {
          failed++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (sampler) clearInterval(sampler);
  if (watchPid) peak = Math.max(peak, rssMb(watchPid));
  const cpu = watchPid ? cpuMs(watchPid) - cpuBefore : 0;
  return { perSecond: done / elapsed, done, failed, peakRssMb: peak, cpuMsPerRequest: cpu / Math.max(1, done) };
}
