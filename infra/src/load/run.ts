import { call } from "./gateway-client";
import { injectFault, probeQuery, type FaultTimes } from "./faults";
import { checkLoopback, describeFault, type LoadOptions } from "./options";
import { byOperation, outage, tally, type Sample } from "./stats";
import { Client, READ_BACK, readBackCaller, type Written } from "./workload";
import { runStateFile } from "../launcher/run-state";
import { Refusal } from "../launcher/errors";

export interface LoadReport {
  url: string;
  clients: number;
  durationS: number;
  fault: string;
  requests: ReturnType<typeof tally> & { perSecond: number };
  operations: ReturnType<typeof byOperation>;
  writes: {
    acknowledged: number;
    refused: number;
    /** No answer reached the client: the write may or may not have happened (never counted as lost). */
    unanswered: number;
    readBack: { verified: number; lost: number; unverifiable: number; lostExamples: Written[] };
  };
  outage?: {
    injectedAtS: number;
    /** The fault's cause was gone (process back / resumed / PostgreSQL answering). */
    clearedAtS?: number;
    firstFailureS?: number;
    /** From here on every probe succeeded. */
    recoveredAtS?: number;
    /** Recovery after the cause was gone: recoveredAt − clearedAt. */
    recoveryAfterClearedS?: number;
    /** First failure to recovery, as a client saw it. */
    outageS?: number;
    /** Client requests between injection and recovery. */
    during: ReturnType<typeof tally>;
    notes: string[];
    error?: string;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const s = (ms: number | undefined) => (ms === undefined ? undefined : Math.round(ms / 100) / 10);

/**
 * Runs `clients` closed-loop clients against the gateway for `durationS` seconds (each sends its
 * next request when the last one is answered), injects the fault mid-run, waits for recovery,
 * then reads back every acknowledged write.
 */
export async function runLoad(opts: LoadOptions & { stateFile?: string }, log: (m: string) => void = () => {}): Promise<LoadReport> {
  const url = checkLoopback(opts.url);
  const health = url.replace(/\/graphql$/, "/health");
  if (!(await fetch(health).then((r) => r.ok, () => false))) throw new Refusal(`no gateway answers at ${health}; start one (npm start) or pass --start`);
  const stateFile = opts.stateFile ?? runStateFile(Number(new URL(url).port || 80));

  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const end = opts.durationS * 1000;
  const samples: Sample[] = [];
  const written: Written[] = [];
  let refused = 0;
  let unanswered = 0;

  const clients = Array.from({ length: opts.clients }, (_, i) => new Client(i));
  const running = clients.map(async (client) => {
    while (now() < end) {
      const step = client.nextStep();
      const t = now();
      const outcome = await call(url, step.who, step.query, step.variables);
      samples.push({ t, name: step.name, write: step.write, kind: outcome.kind, codes: outcome.codes, ms: outcome.ms });
      if (!step.write) continue;
      const made = outcome.kind === "ok" ? step.created?.(outcome.data) : undefined;
      if (made) (written.push(made), client.remember(made));
      else if (outcome.unanswered) unanswered++;
      else refused++;
    }
  });

  // a probe of the part under fault, four times a second, as the national office
  const probes: Array<{ t: number; end: number; ok: boolean }> = [];
  const probeSubgraph = opts.fault && opts.fault.kind !== "pg-restart" ? opts.fault.subgraph : "saic";
  let probing = !!opts.fault;
  const probe = (async () => {
    while (probing) {
      const t = now();
      const outcome = await call(url, readBackCaller, probeQuery(probeSubgraph), {}, 5000);
      probes.push({ t, end: now(), ok: outcome.kind === "ok" });
      await sleep(250);
    }
  })();

  let times: FaultTimes | undefined;
  let faultError: string | undefined;
  const fault = opts.fault
    ? (async () => {
        await sleep((opts.faultAtS ?? opts.durationS / 3) * 1000);
        log(`injecting ${describeFault(opts.fault)} at ${(now() / 1000).toFixed(1)} s`);
        times = await injectFault(opts.fault!, stateFile, now, log);
      })().catch((error: Error) => void (faultError = error.message))
    : Promise.resolve();

  await Promise.all(running);
  await fault;
  log(`load done at ${(now() / 1000).toFixed(1)} s: ${samples.length} requests, ${written.length} acknowledged writes`);
  if (opts.fault) {
    // recovery may come after the load ends: keep probing until three probes in a row succeed (at most 60 s)
    const limit = now() + 60_000;
    while (now() < limit && !(probes.length >= 3 && probes.slice(-3).every((p) => p.ok))) await sleep(100);
    probing = false;
    await probe;
  }

  const readBack = await verify(url, written, log);
  const report: LoadReport = {
    url,
    clients: opts.clients,
    durationS: opts.durationS,
    fault: describeFault(opts.fault),
    requests: { ...tally(samples), perSecond: Math.round(samples.length / opts.durationS) },
    operations: byOperation(samples),
    writes: { acknowledged: written.length, refused, unanswered, readBack },
  };
  if (opts.fault) {
    const injectedAt = times?.injectedAt ?? end;
    const o = outage(probes, injectedAt);
    const windowEnd = o.recoveredAt ?? times?.clearedAt ?? end;
    report.outage = {
      injectedAtS: s(injectedAt)!,
      clearedAtS: s(times?.clearedAt),
      firstFailureS: s(o.firstFailure),
      recoveredAtS: s(o.recoveredAt),
      recoveryAfterClearedS: o.recoveredAt !== undefined && times?.clearedAt !== undefined ? s(Math.max(0, o.recoveredAt - times.clearedAt)) : undefined,
      outageS: o.recoveredAt !== undefined && o.firstFailure !== undefined ? s(o.recoveredAt - o.firstFailure) : undefined,
      during: tally(samples.filter((x) => x.t >= injectedAt && x.t <= windowEnd)),
      notes: [...(times?.notes ?? []), ...(o.stillFailing ? ["the probe still failed when the run ended"] : [])],
      error: faultError,
    };
  }
  return report;
}

/** Reads every acknowledged write back (8 at a time); a failed read is retried, a missing or different entity is lost. */
async function verify(url: string, written: Written[], log: (m: string) => void) {
  const result = { verified: 0, lost: 0, unverifiable: 0, lostExamples: [] as Written[] };
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < written.length) {
        const w = written[next++];
        let settled = false;
        for (let attempt = 0; attempt < 5 && !settled; attempt++) {
          if (attempt) await sleep(1000);
          const outcome = await call<{ x: { v: string } | null }>(url, readBackCaller, READ_BACK[w.kind].query, { k: w.key });
          if (outcome.kind !== "ok") continue;
          settled = true;
          if (outcome.data?.x?.v === w.expect) result.verified++;
          else (result.lost++, result.lostExamples.length < 10 && result.lostExamples.push(w));
        }
        if (!settled) result.unverifiable++;
      }
    }),
  );
  log(`read back ${written.length} acknowledged writes: ${result.verified} found, ${result.lost} lost, ${result.unverifiable} could not be read`);
  return result;
}
