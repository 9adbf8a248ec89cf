import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface BenchResult {
  at: string;
  quick: boolean;
  rounds: number;
  trace: { p50Ms: number; p95Ms: number; sqlP50Ms: number; ratio: number };
  lookup: { p50Ms: number; sqlP50Ms: number; ratio: number };
  monthly: { p50Ms512: number; p50Ms1: number; ratio: number; cpuMsPerRequest: number; cpuByProcess: Record<string, number> };
  cpuPerTrace: { totalMs: number; byProcess: Record<string, number> };
  gatewayUnderLoad: { connections: number; peakRssMb: number; perSecond: number; failed: number; cpuMsPerRequest?: number };
  hive: { peakRssMb: number; perSecond: number; failed: number; throughputRatio: number; cpuMsPerRequest?: number };
}

const f1 = (n: number) => n.toFixed(1);
const cpu = (r: BenchResult) =>
  `${f1(r.cpuPerTrace.totalMs)} ms: ${Object.entries(r.cpuPerTrace.byProcess).filter(([, v]) => v >= 0.05).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${f1(v)}`).join(", ")}`;

/** The issue's rows: what each measures, the issue's "now", the target, and whether a result meets it. */
const ROWS: Array<{ measure: string; now: string; target: string; value: (r: BenchResult) => string; met: (r: BenchResult) => boolean }> = [
  { measure: "Trace (5 subgraphs, 7 fetches) p50 vs one SQL statement", now: "~32× (32 ms vs 1 ms)", target: "≤ 10×", value: (r) => `${f1(r.trace.ratio)}× (${f1(r.trace.p50Ms)} ms vs ${r.trace.sqlP50Ms.toFixed(2)} ms)`, met: (r) => r.trace.ratio <= 10 },
  { measure: "Signed primary-key lookup straight to a subgraph vs its SQL", now: "~4.5× (5.8 ms vs 1.3 ms)", target: "≤ 2×", value: (r) => `${f1(r.lookup.ratio)}× (${r.lookup.p50Ms.toFixed(2)} ms vs ${r.lookup.sqlP50Ms.toFixed(2)} ms)`, met: (r) => r.lookup.ratio <= 2 },
  { measure: "CPU per trace request, all processes", now: "≈35 ms", target: "≤ 12 ms", value: cpu, met: (r) => r.cpuPerTrace.totalMs <= 12 },
  { measure: "monthlyReports 512 tables vs 1, p50", now: "≈7.8× (581 ms CPU per request)", target: "≤ 3×", value: (r) => `${f1(r.monthly.ratio)}× (${f1(r.monthly.p50Ms512)} ms vs ${f1(r.monthly.p50Ms1)} ms; ${Math.round(r.monthly.cpuMsPerRequest)} ms CPU per request)`, met: (r) => r.monthly.ratio <= 3 },
  { measure: "Gateway peak RSS, 50 connections of the trace", now: "418–468 MB", target: "≤ 250 MB, throughput no worse", value: (r) => `${Math.round(r.gatewayUnderLoad.peakRssMb)} MB at ${f1(r.gatewayUnderLoad.perSecond)} req/s`, met: (r) => r.gatewayUnderLoad.peakRssMb <= 250 },
  { measure: "Throughput vs Hive Gateway 2.15 (same subgraphs, query, 50 connections)", now: "1.09–1.18×", target: "≥ 1.0×", value: (r) => `${r.hive.throughputRatio.toFixed(2)}× (${f1(r.gatewayUnderLoad.perSecond)} vs ${f1(r.hive.perSecond)} req/s${r.hive.cpuMsPerRequest !== undefined ? `; gateway CPU per request ${f1(r.gatewayUnderLoad.cpuMsPerRequest ?? 0)} vs ${f1(r.hive.cpuMsPerRequest)} ms` : ""}; Hive peak RSS ${Math.round(r.hive.peakRssMb)} MB)`, met: (r) => r.hive.throughputRatio >= 1 },
];

export function formatTable(after: BenchResult, before?: BenchResult): string {
  const head = before ? "| measure | issue's \"now\" | before (this machine) | after | target | met |\n|---|---|---|---|---|---|" : "| measure | issue's \"now\" | this run | target | met |\n|---|---|---|---|---|";
  const lines = ROWS.map((row) => `| ${row.measure} | ${row.now} | ${before ? `${row.value(before)} | ` : ""}${row.value(after)} | ${row.target} | ${row.met(after) ? "yes" : "**no**"} |`);
  return `${head}\n${lines.join("\n")}`;
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/**
 * Prints the table, writes the JSON (docs/bench-result.json, or docs/bench-baseline.json with
 * --baseline) and puts the table between the bench markers of docs/benchmarks.md.
 */
export function writeResults(root: string, result: BenchResult, asBaseline: boolean): void {
  const docs = join(root, "docs");
  const baselineFile = join(docs, "bench-baseline.json");
  writeFileSync(join(docs, asBaseline ? "bench-baseline.json" : "bench-result.json"), `${JSON.stringify(result, null, 2)}\n`);
  const before = !asBaseline && existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, "utf8")) as BenchResult) : undefined;
  const table = formatTable(result, before);
  console.log(`\n${table}\n`);
  const md = join(docs, "benchmarks.md");
  const text = readFileSync(md, "utf8");
  const section = `${START}\n${table}\n\n${result.quick ? "`--quick` run" : "Full run"} of ${result.at}${before ? `; before: ${before.quick ? "`--quick` " : ""}run of ${before.at} (docs/bench-baseline.json)` : ""}.\n${END}`;
  if (text.includes(START)) writeFileSync(md, text.replace(new RegExp(`${START}[\\s\\S]*${END}`), section));
}
