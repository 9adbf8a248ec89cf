import { parseArgs } from "node:util";
import { databaseUrl, logger, migrate, openDatabase, type SubgraphDefinition } from "@ipr/shared";
import { Enterprise, SaicCase, saic } from "@ipr/saic";
import { Referral, ReferralEvent, linkage } from "@ipr/linkage";
import { CriminalCase, Person, police } from "@ipr/police";
import { generateDemo, type DemoOptions } from "./demo/generate";
import { prepareDatabase } from "./database";

type Rows = Record<string, unknown>[];
const CHUNK = 2000;

/** Each agency's slice of the data set goes into that agency's own database, through its own entities. */
function slices(data: ReturnType<typeof generateDemo>): Array<[SubgraphDefinition, Array<[Function, Rows]>]> {
  return [
    [saic, [[Enterprise, data.saic.enterprises], [SaicCase, data.saic.cases]]],
    [police, [[CriminalCase, data.police.criminalCases], [Person, data.police.persons]]],
    [linkage, [[Referral, data.linkage.referrals], [ReferralEvent, data.linkage.events]]],
  ];
}

/**
 * Batch inserts (thousands of rows per statement), so large scales load in minutes. Ids are stable
 * and conflicts ignored, so a load interrupted half-way is completed by running it again.
 */
export async function loadDemo(opts: DemoOptions & { url?: (name: string) => string } = {}) {
  const data = generateDemo(opts);
  const counts: Record<string, number> = {};
  for (const [def, tables] of slices(data)) {
    const db = await openDatabase(def, opts.url?.(def.name) ?? databaseUrl(def.name));
    try {
      await migrate(db);
      await db.orm.em.fork().transactional(async (em) => {
        for (const [entity, rows] of tables) {
          for (let i = 0; i < rows.length; i += CHUNK)
            await em.createQueryBuilder(entity as never).insert(rows.slice(i, i + CHUNK) as never).onConflict().ignore().execute();
          counts[`${def.name}.${(entity as Function).name}`] = rows.length;
        }
      });
    } finally {
      await db.close();
    }
  }
  return counts;
}

/** Whether every agency already holds data (the launcher seeds, or completes, a database that does not). */
export async function hasData(url: (name: string) => string = databaseUrl): Promise<boolean> {
  for (const [def, tables] of slices(generateDemo({ scale: 0 }))) {
    const db = await openDatabase(def, url(def.name));
    try {
      await migrate(db);
      if ((await db.orm.em.fork().count(tables[0][0] as never, {})) === 0) return false;
    } finally {
      await db.close();
    }
  }
  return true;
}

/** `npm run seed -- --scale N [--seed S]` loads the generated data set into DATABASE_URL. */
if (require.main === module) {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, seed: { type: "string", default: "2017" } } });
  (async () => {
    const server = await prepareDatabase((m) => logger.info(m));
    process.env.DATABASE_URL ??= server.url;
    const started = Date.now();
    const counts = await loadDemo({ scale: Number(values.scale), seed: Number(values.seed) });
    console.log(JSON.stringify({ ...counts, seconds: (Date.now() - started) / 1000 }, null, 2));
    await server.stop();
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
