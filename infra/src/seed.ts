import { parseArgs } from "node:util";
import { RecordVersionRow, databaseUrl, logger, manifestOf, migrate, openDatabase, type SubgraphDefinition } from "@ipr/shared";
import { VERSIONS } from "@ipr/shared/demo";
import { generateDemo, type DemoData, type DemoOptions } from "./demo/generate";
import { prepareDatabase } from "./database";
import { SUBGRAPHS } from "./subgraphs";

type Rows = object[];
type Table = [entity: Function, rows: (data: DemoData) => Rows];

/**
 * Each agency's slice of the data set, through its own entities, as its manifest's `seed` lists
 * them: parents before children (the foreign keys inside an agency's schema hold at every insert).
 * The first table of each agency is the one `hasData` looks at; the kit's record history (the
 * corrections, withdrawals and closings of its records) comes last.
 */
export const LAYOUT: ReadonlyArray<readonly [SubgraphDefinition, Table[]]> = SUBGRAPHS.flatMap((def) => {
  const seed = manifestOf(def.name).seed ?? [];
  const tables = seed.map(([name, collection]): Table => {
    const entity = def.entities.find((e) => (e as Function).name === name);
    if (!entity) throw new Error(`the manifest of ${def.name} seeds ${name}, which is not one of its entities`);
    return [entity as Function, (d) => d[def.name][collection]];
  });
  if (tables.length) tables.push([RecordVersionRow, (d) => d[def.name][VERSIONS]]);
  return tables.length > 0 ? [[def, tables] as const] : [];
});

/** Every generated collection with its entity class and subgraph. */
export function slices(data: DemoData): Array<[SubgraphDefinition, Array<[Function, Rows]>]> {
  return LAYOUT.map(([def, tables]) => [def, tables.map(([entity, rows]) => [entity, rows(data)] as [Function, Rows])]);
}

/** PostgreSQL takes at most 65,535 parameters per statement: as many rows as fit, up to 5,000. */
const chunkSize = (rows: Rows) => Math.max(1, Math.min(5000, Math.floor(60_000 / Object.keys(rows[0] ?? {}).length)));

/**
 * Batch inserts (thousands of rows per statement, the agencies in parallel), so large scales load in
 * minutes. Ids are stable and conflicts ignored, so a load interrupted half-way is completed by
 * running it again, and loading twice changes nothing.
 */
export async function loadDemo(opts: DemoOptions & { url?: (name: string) => string } = {}) {
  const data = generateDemo(opts);
  const loaded = await Promise.all(
    slices(data).map(async ([def, tables]) => {
      const db = await openDatabase(def, opts.url?.(def.name) ?? databaseUrl(def.name), { pool: { min: 0, max: 2 } });
      try {
        await migrate(db);
        await db.orm.em.fork().transactional(async (em) => {
          for (const [entity, rows] of tables)
            for (let i = 0, size = chunkSize(rows); i < rows.length; i += size)
              await em.createQueryBuilder(entity as never).insert(rows.slice(i, i + size) as never).onConflict().ignore().execute();
        });
      } finally {
        await db.close();
      }
      return tables.map(([entity, rows]) => [`${def.name}.${entity.name}`, rows.length] as const);
    }),
  );
  return Object.fromEntries(loaded.flat()) as Record<string, number>;
}

/** Whether every agency already holds data (the launcher seeds, or completes, a database that does not). */
export async function hasData(url: (name: string) => string = databaseUrl): Promise<boolean> {
  for (const [def, [[first]]] of LAYOUT) {
    const db = await openDatabase(def, url(def.name));
    try {
      await migrate(db);
      if ((await db.orm.em.fork().count(first as never, {})) === 0) return false;
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
