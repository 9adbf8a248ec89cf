import type { LoadReport } from "./run";

const codes = (byCode: Record<string, number>) =>
  Object.entries(byCode).sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(", ") || "none";

/** The report as the terminal shows it (and docs/reliability.md quotes it). */
export function formatReport(r: LoadReport): string {
  const lines = [
    `load: ${r.clients} clients × ${r.durationS} s against ${r.url}; fault: ${r.fault}`,
    `requests: ${r.requests.requests} (${r.requests.perSecond}/s): ${r.requests.ok} ok, ${r.requests.partial} partial (data + errors), ${r.requests.error} failed`,
    `errors by code: ${codes(r.requests.errorsByCode)}`,
    `writes: ${r.writes.acknowledged} acknowledged, ${r.writes.refused} refused with an error, ${r.writes.unanswered} unanswered (outcome unknown)`,
    `read back: ${r.writes.readBack.verified} found, ${r.writes.readBack.lost} LOST, ${r.writes.readBack.unverifiable} unreadable`,
    "operation                   requests      ok  partial  failed   p50   p95   p99 (ms)",
    ...Object.entries(r.operations).map(
      ([name, o]) => `  ${name.padEnd(25)} ${String(o.requests).padStart(8)} ${String(o.ok).padStart(7)} ${String(o.partial).padStart(8)} ${String(o.error).padStart(7)} ${String(o.p50).padStart(5)} ${String(o.p95).padStart(5)} ${String(o.p99).padStart(5)}`,
    ),
  ];
  if (r.outage) {
    const o = r.outage;
    lines.push(
      `fault injected at ${o.injectedAtS} s; cause gone at ${o.clearedAtS ?? "?"} s; first failed probe ${o.firstFailureS ?? "none"} s; recovered (every probe ok from) ${o.recoveredAtS ?? "never"} s`,
      `outage seen by clients: ${o.outageS ?? "?"} s; recovery after the cause was gone: ${o.recoveryAfterClearedS ?? "?"} s`,
      `during the outage: ${o.during.requests} requests, ${o.during.ok} ok, ${o.during.partial} partial, ${o.during.error} failed; codes: ${codes(o.during.errorsByCode)}`,
      ...o.notes.map((n) => `note: ${n}`),
      ...(o.error ? [`FAULT INJECTION FAILED: ${o.error}`] : []),
    );
  }
  if (r.writes.readBack.lostExamples.length) lines.push(`lost, e.g.: ${JSON.stringify(r.writes.readBack.lostExamples.slice(0, 3))}`);
  return lines.join("\n");
}
