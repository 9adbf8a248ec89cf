import { readdirSync } from "node:fs";
import { join } from "node:path";
import { RecordVersionRow, WITH_WITHDRAWN, migrate, openDatabase } from "@ipr/shared";
import { createTestDatabase } from "@ipr/shared/testing";
import { Referral } from "@ipr/linkage";
import { LAYOUT, hasData, loadDemo, slices } from "../seed";
import { demo, recs } from "./demo.testing";

/** Every entity a subgraph's slice fills: its own and the kit's record history. */
const entitiesOf = (def: (typeof LAYOUT)[number][0]): Function[] => [...def.entities, RecordVersionRow];

/** Row counts of every entity of every subgraph that gets data (withdrawn rows too), as its migrated schema holds them. */
async function countAll(url: string) {
  const counts: Record<string, number> = {};
  for (const [def] of LAYOUT) {
    const db = await openDatabase(def, url);
    try {
      await migrate(db);
      for (const entity of entitiesOf(def)) counts[`${def.name}.${entity.name}`] = await db.orm.em.fork().count(entity as never, {}, WITH_WITHDRAWN);
    } finally {
      await db.close();
    }
  }
  return counts;
}

describe("loading the demo set into a fresh database", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  test("every agency subgraph of the repository gets data, every generated collection has its entity", () => {
    const agencies = readdirSync(join(__dirname, "..", "..", "..", "subgraphs")).sort();
    expect(LAYOUT.map(([def]) => def.name).sort()).toEqual(agencies);
    const data = demo(1);
    const mapped = new Set(slices(data).flatMap(([def, tables]) => tables.map(([entity, rows]) => (entitiesOf(def).includes(entity) ? rows : null))));
    const generated = Object.values(data).flatMap((collections) => Object.values(collections as Record<string, object[]>));
    expect(generated.filter((rows) => !mapped.has(rows)).length).toBe(0);
  });

  test("loads every subgraph's slice through its migrations and entities; loading again changes nothing", async () => {
    expect(await hasData(() => database.url)).toBe(false);
    const before = await countAll(database.url);
    const loaded = await loadDemo({ scale: 1, url: () => database.url });
    const after = await countAll(database.url);

    const data = demo(1);
    const expected = { ...before };
    for (const [key, n] of Object.entries(loaded)) expected[key] += n;
    expect(after).toEqual(expected);
    // what loadDemo reports is what the generator made
    expect(loaded["saic.SaicCase"]).toBe(data.saic.cases.length);
    expect(loaded["courts.Sentence"]).toBe(data.courts.sentences.length);
    // every agency holds rows of its own now
    for (const [def, [[first]]] of LAYOUT) expect([def.name, after[`${def.name}.${first.name}`] > 0]).toEqual([def.name, true]);
    expect(await hasData(() => database.url)).toBe(true);

    await loadDemo({ scale: 1, url: () => database.url });
    expect(await countAll(database.url)).toEqual(after);
  }, 120_000);

  test("rows read back as generated (instants, dates, amounts)", async () => {
    const [def] = LAYOUT.find(([d]) => d.name === "linkage")!;
    const db = await openDatabase(def, database.url);
    try {
      const sample = recs(demo(1).linkage.referrals).filter((r) => r.reconsiderationRequestedAt);
      const rows = await db.orm.em.fork().find(Referral, { id: sample.map((r) => r.id as string) });
      for (const r of rows) {
        const g = sample.find((s) => s.id === r.id)!;
        expect([r.status, r.sentAt.toISOString(), r.decidedAt?.toISOString(), r.decisionDueAt?.toISOString() ?? null]).toEqual([
          g.status, g.sentAt.toISOString(), g.decidedAt?.toISOString(), g.decisionDueAt?.toISOString() ?? null,
        ]);
      }
      expect(rows.length).toBe(sample.length);
    } finally {
      await db.close();
    }
  });
});
