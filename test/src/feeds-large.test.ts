import { statSync } from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { Readable } from "node:stream";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import pg from "pg";
import { createTestDatabase } from "@ipr/shared/testing";
import { REFERABLE_CASES } from "@ipr/shared";
import { loadDemo } from "@ipr/infra";
import { startPlatform, type Platform } from "./platform";
import { closeDuckDb, getFeed, parquetCount, scratch, totalCount } from "./feeds-support";

/**
 * A feed of 100,000+ rows (admin-cases at the generator's scale 100) keeps the gateway's memory flat:
 * RSS, sampled after a full GC while the file streams, does not grow with the rows sent. The platform
 * runs in this process, so the figure is the gateway's and the subgraphs' together: an upper bound.
 */
let p: Platform;
let drop: () => Promise<void>;
const files = scratch();
const OFFICE = { agency: "OFFICE", region: "000000" };
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  await loadDemo({ scale: 100, url: () => database.url });
  // as after any bulk load: fresh statistics, so the planner reads each page by index from its cursor
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  await db.query("analyze");
  await db.end();
  p = await startPlatform(undefined, { databaseUrl: database.url, subgraphTimeoutMs: 60_000 });
}, 600_000);
afterAll(async () => {
  closeDuckDb();
  files.cleanup();
  await p?.stop();
  await drop?.();
});

const MB = 1024 * 1024;

test("admin-cases.parquet at scale 100: every row, with the process's RSS bounded while it streams", async () => {
  const expected = (await Promise.all(REFERABLE_CASES.map((c) => totalCount(p, OFFICE, c.list, `${c.typename}Filter`)))).reduce((a, b) => a + b, 0);
  expect(expected).toBeGreaterThanOrEqual(100_000);

  const samples: Array<{ bytes: number; rss: number }> = [];
  let bytes = 0;
  const sample = () => {
    gc();
    samples.push({ bytes, rss: process.memoryUsage().rss });
  };
  const file = files.file("large.parquet");
  const started = Date.now();
  const res = await getFeed(p, OFFICE, "admin-cases.parquet");
  expect(res.status).toBe(200);
  const timer = setInterval(sample, 1_000);
  try {
    const count = new Transform({ transform(chunk, _enc, done) { bytes += chunk.length; done(null, chunk); } });
    await pipeline(Readable.fromWeb(res.body as never), count, createWriteStream(file));
  } finally {
    clearInterval(timer);
  }
  sample();
  expect(await parquetCount(file)).toBe(expected);

  // from a quarter of the file on, RSS stays within a band: a feed holding its rows would grow with them
  const size = statSync(file).size;
  const warm = samples.filter((s) => s.bytes >= size / 4);
  const baseline = warm[0].rss;
  const peak = Math.max(...warm.map((s) => s.rss));
  console.log(`feeds-large: ${expected} rows in ${((Date.now() - started) / 1000).toFixed(0)} s, ${(size / MB).toFixed(1)} MB Parquet, ${samples.length} samples; RSS ${(baseline / MB).toFixed(0)} MB at a quarter, peak ${(peak / MB).toFixed(0)} MB after`);
  expect(warm.length).toBeGreaterThan(3);
  // measured: +5 MB from a quarter to the end of 124,796 rows; a feed holding its rows would grow with each of them
  expect(peak - baseline).toBeLessThan(32 * MB);
}, 900_000);
