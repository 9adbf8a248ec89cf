import pg from "pg";
import { kitMigrations } from "@ipr/shared";
import { createTestDatabase } from "@ipr/shared/testing";
import { SUBGRAPHS } from "../subgraphs";
import { migrateWithLock, migrationLockKey } from "./migrate";

const def = (name: string) => SUBGRAPHS.find((d) => d.name === name)!;
/** The agency's own migrations and the kit's (its idempotency table), each applied once. */
const migrationCount = (name: string) => def(name).migrations.length + kitMigrations(name).length;

async function executed(url: string, schema: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`select name from "${schema}".mikro_orm_migrations order by id`)).rows.map((r) => r.name as string);
  } finally {
    await client.end();
  }
}

describe("migrations under an advisory lock (the agency Deployments' initContainer)", () => {
  let db: { url: string; drop(): Promise<void> };
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  // without the lock, replicas starting together on a fresh database fail on `create schema` /
  // `create table mikro_orm_migrations` (see migrate.ts); with it they take turns
  it.each(["linkage", "police"])("three replicas of %s migrating a fresh database at once all succeed, each migration applied once", async (name) => {
    await Promise.all([1, 2, 3].map(() => migrateWithLock(def(name), db.url)));
    const names = await executed(db.url, name);
    expect(names).toHaveLength(migrationCount(name));
    expect(new Set(names).size).toBe(names.length);
    await migrateWithLock(def(name), db.url); // and again: nothing pending
    expect(await executed(db.url, name)).toEqual(names);
  });

  it("waits while another runner holds the agency's lock", async () => {
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query("select pg_advisory_lock(hashtextextended($1, 0))", [migrationLockKey("saic")]);
      let done = false;
      const run = migrateWithLock(def("saic"), db.url).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(done).toBe(false);
      await holder.query("select pg_advisory_unlock(hashtextextended($1, 0))", [migrationLockKey("saic")]);
      await run;
      expect(done).toBe(true);
      expect(await executed(db.url, "saic")).toHaveLength(migrationCount("saic"));
    } finally {
      await holder.end();
    }
  });
});
