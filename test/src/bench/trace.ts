import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "@ipr/shared/testing";
import { loadDemo } from "@ipr/infra";
import { countStatements, startPlatform, type Platform } from "../platform";

/**
 * `npm run bench`: the trace query from an admin case to the judgment, on the demo set (scale 1) and
 * on a large set (BENCH_SCALE, default 100), measured side by side in one run on the same machine.
 * Reports median and 95th-percentile latency and SQL statements per subgraph per request.
 */
const TRACE = `query($id: ID!) { saicCase(id: $id) { caseNumber amountInvolved exceedsCriminalThreshold rightHolder { name }
  referrals { status criminalCase { filingNumber suspects { name }
    arrestReviews { decision persons { name } }
    prosecutions { decision courtCases { caseNumber judgment { verdict sentences { prisonMonths person { name } } } } } } } } }`;
const FIND = `{ prosecutions(first: 50, filter: { decision: PROSECUTED }) { edges { node { criminalCase { referral { sourceType sourceId: source { ... on SaicCase { id } } } } } } } }`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WHO = { agency: "COURTS", region: "000000" };

async function prepare(scale: number) {
  const db = await createTestDatabase();
  const started = performance.now();
  const counts = await loadDemo({ scale, url: () => db.url });
  const loadSeconds = (performance.now() - started) / 1000;
  const platform = await startPlatform(undefined, { databaseUrl: db.url });
  const found = await platform.query(WHO, FIND);
  const ids: string[] = (found.data?.prosecutions.edges ?? [])
    .map((e: any) => e.node.criminalCase?.referral)
    .filter((r: any) => r?.sourceType === "SAIC_CASE" && r.sourceId?.id)
    .map((r: any) => r.sourceId.id);
  if (!ids.length) throw new Error(`no SAIC case with a full chain at scale ${scale}: ${JSON.stringify(found.errors)}`);
  const ADMIN = ["saic.SaicCase", "ipo.PatentCase", "press.CopyrightCase", "agriculture.PlantVarietyCase", "customs.CustomsSeizure", "postal.PostalInterception"];
  const adminCases = ADMIN.reduce((n, k) => n + (counts[k] ?? 0), 0);
  return { scale, db, platform, ids, loadSeconds, rows: Object.values(counts).reduce((a, b) => a + b, 0), adminCases };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(platform: Platform, ids: string[], i: number) {
  const t = performance.now();
  const res = await platform.query(WHO, TRACE, { id: ids[i % ids.length] });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return performance.now() - t;
}

async function main() {
  const big = Number(process.env.BENCH_SCALE ?? 100);
  const sets = [await prepare(1), await prepare(big)];
  const times = sets.map(() => [] as number[]);
  // warm up, then interleave the two sets so machine noise hits both alike
  for (let i = 0; i < 20; i++) for (const s of sets) await measure(s.platform, s.ids, i);
  for (let i = 0; i < ROUNDS; i++) for (const [k, s] of sets.entries()) times[k].push(await measure(s.platform, s.ids, i));
  const statements = await Promise.all(sets.map((s) => countStatements(s.platform, () => s.platform.query(WHO, TRACE, { id: s.ids[0] }))));
  console.log(`\ntrace query, admin case → judgment, ${ROUNDS} rounds each, interleaved\n`);
  console.log("| data set | admin cases | rows | load (s) | p50 (ms) | p95 (ms) | SQL statements per request |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [k, s] of sets.entries()) {
    const sorted = [...times[k]].sort((a, b) => a - b);
    const sql = Object.entries(statements[k]).filter(([, n]) => n > 0).map(([name, n]) => `${name} ${n}`).join(", ");
    console.log(`| scale ${s.scale} | ${s.adminCases} | ${s.rows} | ${s.loadSeconds.toFixed(1)} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 95).toFixed(1)} | ${sql} |`);
  }
  const ratio = percentile([...times[1]].sort((a, b) => a - b), 50) / percentile([...times[0]].sort((a, b) => a - b), 50);
  console.log(`\nmedian ratio scale ${big} / scale 1: ${ratio.toFixed(2)}`);
  for (const s of sets) {
    await s.platform.stop();
    await s.db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
