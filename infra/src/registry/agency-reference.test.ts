import pg from "pg";
import { MANIFESTS } from "@ipr/shared";
import { createTestDatabase } from "@ipr/shared/testing";
import { migrateWithLock } from "../deploy/migrate";
import { SUBGRAPHS } from "../subgraphs";

/*
 * Agencies are reference data: once every subgraph has migrated a fresh database, no CHECK constraint
 * in any schema lists agency codes (adding an agency would have to edit other agencies' migrations),
 * and each schema's `agency` table holds the registry's agencies, which agency columns reference.
 */

const CODES = MANIFESTS.flatMap((m) => (m.agency ? [m.agency] : []));
const SCHEMAS = SUBGRAPHS.map((d) => d.name);

let db: { url: string; drop(): Promise<void> };
let client: pg.Client;
beforeAll(async () => {
  db = await createTestDatabase();
  for (const def of SUBGRAPHS) await migrateWithLock(def, db.url);
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
}, 300_000);
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe("agencies as reference data", () => {
  test("no CHECK constraint in any agency's schema lists agency codes", async () => {
    const { rows } = await client.query<{ name: string; def: string }>(
      `select conrelid::regclass::text || '.' || conname as name, pg_get_constraintdef(oid) as def
         from pg_constraint where contype = 'c' and connamespace::regnamespace::text = any($1)`,
      [SCHEMAS],
    );
    // two codes are enough to tell an agency list from a check on some other enum
    const listing = rows.filter((r) => CODES.filter((code) => r.def.includes(`'${code}'`)).length >= 2).map((r) => r.name);
    expect(listing).toEqual([]);
  });

  test("each schema's agency table holds the registry's agencies, and agency columns reference it", async () => {
    for (const schema of SCHEMAS) {
      const { rows } = await client.query<{ code: string }>(`select code from "${schema}".agency order by code`);
      expect([schema, rows.map((r) => r.code)]).toEqual([schema, [...CODES].sort()]);
    }
    const { rows: references } = await client.query<{ schema: string; n: string }>(
      `select connamespace::regnamespace::text as schema, count(*) as n from pg_constraint
        where contype = 'f' and confrelid::regclass::text like '%.agency' and connamespace::regnamespace::text = any($1) group by 1`,
      [SCHEMAS],
    );
    // the agencies whose records name other agencies (clues, referrals, campaigns, complaints, …)
    expect(references.map((r) => r.schema).sort()).toEqual(expect.arrayContaining(["commerce", "linkage", "office", "procuratorate"]));
  });
});
