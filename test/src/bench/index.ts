import "reflect-metadata";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createTestDatabase } from "@ipr/shared/testing";
import { encodeIdentity, signRequest } from "@ipr/shared";
import { issueToken } from "@ipr/gateway";
import { loadDemo } from "@ipr/infra";
import { SECRETS, cpuMs, freeBase, startCluster, startProcess, waitHealthy, type BenchProcess } from "./processes";
import { closedLoop, percentile, post, timed } from "./load";
import { FIND, LOOKUP, LOOKUP_SQL, MONTHLY_1, MONTHLY_512, TRACE, TRACE_SQL } from "./queries";
import { writeResults, type BenchResult } from "./report";

/**
 * `npm run bench [-- --quick] [-- --baseline]`: the issue-14 table, measured interleaved in one run
 * on the demo set, with every service in its own process (CPU from /proc/<pid>/stat):
 * the federated trace vs one SQL statement; a signed subgraph lookup vs its SQL; 512 monthly tables
 * vs 1; CPU per trace request of every process; the gateway's peak RSS under 50 connections; our
 * gateway vs Hive Gateway on the same subgraphs. Writes docs/bench-result.json (or the baseline with
 * --baseline) and the table in docs/benchmarks.md. `--profile`: `node --cpu-prof` for the gateway and
 * every subgraph, into .data/bench-profiles (open in Chrome DevTools or speedscope).
 */
const ROOT = join(__dirname, "..", "..", "..");
const COURTS = { agency: "COURTS", region: "000000" } as const;

async function main() {
  const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, baseline: { type: "boolean", default: false }, profile: { type: "boolean", default: false } } });
  const quick = values.quick!;
  const rounds = quick ? 60 : 300;
  const monthlyRounds = quick ? 8 : 30;
  const cpuRequests = quick ? 100 : 400;
  const loadSeconds = quick ? 6 : 20;
  const loadRounds = quick ? 2 : 3;
  const say = (m: string) => console.log(`[bench] ${m}`);

  const db = await createTestDatabase();
  const sql = new pg.Client({ connectionString: db.url });
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  let hive: BenchProcess | undefined;
  try {
    say("loading the demo set (scale 1)");
    await loadDemo({ scale: 1, url: () => db.url });
    const base = await freeBase();
    say(`starting the subgraphs and the gateway as processes on ports ${base}-${base + 12}`);
    cluster = await startCluster(db.url, base, values.profile ? join(ROOT, ".data", "bench-profiles") : undefined);
    if (values.profile) say("writing CPU profiles of every process to .data/bench-profiles");
    const hiveUrl = `http://127.0.0.1:${base + 15}/graphql`;
    const started = startProcess("hive", join(__dirname, "hive-server.js"), { ...cluster.env, PORT: String(base + 15) }, hiveUrl);
    hive = started.proc;
    await waitHealthy(`http://127.0.0.1:${base + 15}/healthcheck`, started.child, "hive gateway");
    await sql.connect();

    const secret = new TextEncoder().encode(SECRETS.JWT_SECRET);
    const auth = (who: { agency: string; region: string }) => issueToken(who, secret).then((t) => ({ authorization: `Bearer ${t}` }));
    const courts = await auth(COURTS);
    const office = await auth({ agency: "OFFICE", region: "000000" });
    const gw = cluster.gateway.url;
    const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

    const found = await post(gw, body(FIND), courts);
    const ids: string[] = [...new Set<string>(found.data.prosecutions.edges.map((e: any) => e.node.criminalCase?.referral).filter((r: any) => r?.sourceType === "SAIC_CASE" && r.source?.id).map((r: any) => r.source.id))];
    if (!ids.length) throw new Error("no SAIC case with a full chain in the demo set");
    say(`${ids.length} SAIC cases with a chain to a judgment`);

    const saicUrl = cluster.subgraphUrls.saic;
    const encoded = encodeIdentity({ sub: "bench", agency: "COURTS" as never, region: "000000", roles: [] });
    const lookup = (id: string) => {
      const b = body(LOOKUP, { id });
      return post(saicUrl, b, signRequest(SECRETS.SUBGRAPH_SECRET, encoded, b));
    };
    const trace = (i: number, url = gw) => post(url, body(TRACE, { id: ids[i % ids.length] }), courts);

    // the two gateways must give the same answer (the signing plugin works; nothing is shared)
    const [ours, theirs] = await Promise.all([trace(0), trace(0, hiveUrl)]);
    if (JSON.stringify(ours.data) !== JSON.stringify(theirs.data)) throw new Error(`Hive Gateway answers differently:\n${JSON.stringify(ours.data)}\n${JSON.stringify(theirs.data)}`);

    say(`latency: ${rounds} rounds, interleaved (trace, its SQL, lookup, its SQL)`);
    const t = { trace: [] as number[], traceSql: [] as number[], lookup: [] as number[], lookupSql: [] as number[], m512: [] as number[], m1: [] as number[] };
    for (let i = 0; i < 20; i++) await Promise.all([trace(i), lookup(ids[i % ids.length]), sql.query(TRACE_SQL, [ids[0]])]);
    for (let i = 0; i < rounds; i++) {
      const id = ids[i % ids.length];
      t.trace.push(await timed(() => trace(i)));
      t.traceSql.push(await timed(() => sql.query(TRACE_SQL, [id])));
      t.lookup.push(await timed(() => lookup(id)));
      t.lookupSql.push(await timed(() => sql.query(LOOKUP_SQL, [id])));
    }
    say(`monthly tables: ${monthlyRounds} rounds of 512 and of 1, interleaved`);
    await post(gw, body(MONTHLY_512), office);
    for (let i = 0; i < monthlyRounds; i++) {
      t.m512.push(await timed(() => post(gw, body(MONTHLY_512), office)));
      t.m1.push(await timed(() => post(gw, body(MONTHLY_1), office)));
    }

    // CPU of every process while a fixed number of requests runs (4 at a time)
    const backends = async () => (await sql.query<{ pid: number }>("select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")).rows.map((r) => r.pid);
    const processes = () => ({ gateway: cluster!.gateway.pid, ...Object.fromEntries(Object.entries(cluster!.subgraphs).map(([n, p]) => [n, p.pid])) });
    const cpuPerRequest = async (n: number, run: (i: number) => Promise<unknown>) => {
      const pgBefore = new Map((await backends()).map((pid) => [pid, cpuMs(pid)]));
      const before = Object.fromEntries(Object.entries(processes()).map(([n, pid]) => [n, cpuMs(pid)]));
      let next = 0;
      await Promise.all(Array.from({ length: 4 }, async () => { while (next < n) await run(next++); }));
      const after = Object.fromEntries(Object.entries(processes()).map(([n, pid]) => [n, cpuMs(pid)]));
      const pgAfter = await backends();
      const postgres = [...new Set([...pgBefore.keys(), ...pgAfter])].reduce((sum, pid) => sum + Math.max(0, cpuMs(pid) - (pgBefore.get(pid) ?? 0)), 0);
      const per: Record<string, number> = Object.fromEntries(Object.keys(after).map((k) => [k, (after[k] - before[k]) / n]));
      per.postgresql = postgres / n;
      return per;
    };
    say(`CPU per request: ${cpuRequests} trace requests, ${Math.ceil(cpuRequests / 20)} of 512 tables`);
    const cpuTrace = await cpuPerRequest(cpuRequests, (i) => trace(i));
    const cpuMonthly = await cpuPerRequest(Math.ceil(cpuRequests / 20), () => post(gw, body(MONTHLY_512), office));

    say(`50 connections of the trace: ${loadRounds} rounds of ${loadSeconds} s each, ours and Hive Gateway alternating`);
    const load = { ours: [] as Array<Awaited<ReturnType<typeof closedLoop>>>, hive: [] as Array<Awaited<ReturnType<typeof closedLoop>>> };
    for (let r = 0; r < loadRounds; r++) {
      load.ours.push(await closedLoop(50, loadSeconds, (i) => trace(i), cluster.gateway.pid));
      load.hive.push(await closedLoop(50, loadSeconds, (i) => trace(i, hiveUrl), hive.pid));
    }
    const rate = (xs: Array<{ perSecond: number }>) => xs.reduce((a, x) => a + x.perSecond, 0) / xs.length;
    const cpuEach = (xs: Array<{ cpuMsPerRequest: number; done: number }>) => xs.reduce((a, x) => a + x.cpuMsPerRequest * x.done, 0) / Math.max(1, xs.reduce((a, x) => a + x.done, 0));

    const p50 = (xs: number[]) => percentile(xs, 50);
    const result: BenchResult = {
      at: new Date().toISOString(),
      quick,
      rounds,
      trace: { p50Ms: p50(t.trace), p95Ms: percentile(t.trace, 95), sqlP50Ms: p50(t.traceSql), ratio: p50(t.trace) / p50(t.traceSql) },
      lookup: { p50Ms: p50(t.lookup), sqlP50Ms: p50(t.lookupSql), ratio: p50(t.lookup) / p50(t.lookupSql) },
      monthly: { p50Ms512: p50(t.m512), p50Ms1: p50(t.m1), ratio: p50(t.m512) / p50(t.m1), cpuMsPerRequest: Object.values(cpuMonthly).reduce((a, b) => a + b, 0), cpuByProcess: cpuMonthly },
      cpuPerTrace: { totalMs: Object.values(cpuTrace).reduce((a, b) => a + b, 0), byProcess: cpuTrace },
      gatewayUnderLoad: { connections: 50, peakRssMb: Math.max(...load.ours.map((l) => l.peakRssMb)), perSecond: rate(load.ours), failed: load.ours.reduce((a, l) => a + l.failed, 0), cpuMsPerRequest: cpuEach(load.ours) },
      hive: { peakRssMb: Math.max(...load.hive.map((l) => l.peakRssMb)), perSecond: rate(load.hive), failed: load.hive.reduce((a, l) => a + l.failed, 0), cpuMsPerRequest: cpuEach(load.hive), throughputRatio: rate(load.ours) / Math.max(1e-9, rate(load.hive)) },
    };
    writeResults(ROOT, result, values.baseline!);
  } finally {
    await sql.end().catch(() => {});
    await hive?.stop();
    await cluster?.stop();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
