import pg from "pg";
import { createTestDatabase } from "@ipr/shared/testing";
import { loadDemo } from "@ipr/infra";
import { startPlatform, type Platform } from "./platform";
import { expectedTally } from "./tally-sql";

/** The generated demo set (all 32 units, Sep 2017 - Dec 2018): every line of every table against plain SQL. */
let p: Platform;
let db: pg.Client;
let drop: () => Promise<void>;
beforeAll(async () => {
  const scratch = await createTestDatabase();
  drop = scratch.drop;
  await loadDemo({ scale: 1, url: () => scratch.url });
  // about correctness, not speed: 512 tables on a machine busy with the rest of the suite may take a while
  p = await startPlatform(undefined, { databaseUrl: scratch.url, subgraphTimeoutMs: 60_000 });
  db = new pg.Client({ connectionString: scratch.url });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await p?.stop();
  await drop?.();
});

const LINES = `region period
  tradeSecretCases { cases amountInvolved } trademarkCases { cases amountInvolved } patentCases { cases amountInvolved }
  copyrightCases { cases amountInvolved } plantVarietyCases { cases amountInvolved }
  police { casesFiled suspectsCaught amountInvolved }
  procuratorate { arrestApprovedCases arrestApprovedPersons prosecutedCases prosecutedPersons }
  customs { seizures goodsValue amountInvolved } postal { interceptions amountInvolved } courts { casesFiled judgments defendantsSentenced }`;

/**
 * As a BI client does: a read refused as retryable (a subgraph's pool or the shared server busy
 * with the rest of the suite on two cores) is asked again, a few times; any other error stands.
 */
async function readRetrying<T extends { errors?: Array<{ extensions?: Record<string, any> }> }>(read: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    const res = await read();
    const retryable = res.errors?.length && res.errors.every((e) => e.extensions?.retryable === true);
    if (!retryable || i === attempts) return res;
    await new Promise((r) => setTimeout(r, 2_000 * i));
  }
}

describe("the monthly table on the generated data set", () => {
  test.each([["FOREIGN_INVESTED"], ["ALL"]])("all 32 units × 16 months (%s) equal plain SQL, and are not all zeros", async (scope) => {
    const res = await readRetrying(() => p.query({ agency: "OFFICE", region: "000000" }, `query($s: ReportScope!) { monthlyReports(from: "2017-09", to: "2018-12", scope: $s) { ${LINES} } }`, { s: scope }));
    expect(res.errors).toBeUndefined();
    expect(res.data.monthlyReports).toHaveLength(512);
    let nonZero = 0;
    for (const { region, period, ...lines } of res.data.monthlyReports) {
      expect({ region, period, ...lines }).toEqual({ region, period, ...(await expectedTally(db, region, period, scope)) });
      if (lines.trademarkCases.cases || lines.police.casesFiled || lines.procuratorate.prosecutedCases) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(200);
  }, 180_000);
});
