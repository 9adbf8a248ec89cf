import { createTestDatabase } from "@ipr/shared/testing";
import { migrate, openDatabase } from "@ipr/shared";
import { SUBGRAPHS } from "./subgraphs";

/**
 * `npm run migration:sql -- <agency>` prints the SQL that takes the agency's migrated schema to what
 * its entities declare: the body of its next migration. Runs against a scratch database on the
 * machine's or an embedded PostgreSQL, so nothing real is touched.
 */
async function main() {
  const name = process.argv[2];
  const def = SUBGRAPHS.find((d) => d.name === name);
  if (!def) throw new Error(`usage: npm run migration:sql -- <${SUBGRAPHS.map((d) => d.name).join("|")}>`);
  const scratch = await createTestDatabase();
  const db = await openDatabase(def, scratch.url);
  try {
    await migrate(db);
    const sql = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    console.log(sql.trim() || `-- ${name}: the migrations already match the entities`);
  } finally {
    await db.close();
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
