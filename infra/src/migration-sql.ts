import { resolve } from "node:path";
import { createTestDatabase } from "@ipr/shared/testing";
import { migrate, openDatabase, type SubgraphDefinition } from "@ipr/shared";
import { SUBGRAPHS } from "./subgraphs";

/** A subgraph of this deployment by name, or any built subgraph package by path (for one not yet listed). */
function findDefinition(arg: string | undefined): SubgraphDefinition | undefined {
  if (!arg) return undefined;
  const listed = SUBGRAPHS.find((d) => d.name === arg);
  if (listed || !arg.includes("/")) return listed;
  const exports = require(resolve(arg, "dist", "index.js")) as Record<string, unknown>;
  return Object.values(exports).find((v): v is SubgraphDefinition => !!v && typeof v === "object" && "entities" in v && "migrations" in v);
}

/**
 * `npm run migration:sql -- <agency | subgraphs/agency>` prints the SQL that takes the agency's migrated schema to what
 * its entities declare: the body of its next migration. Runs against a scratch database on the
 * machine's or an embedded PostgreSQL, so nothing real is touched.
 */
async function main() {
  const def = findDefinition(process.argv[2]);
  if (!def) throw new Error(`usage: npm run migration:sql -- <${SUBGRAPHS.map((d) => d.name).join("|")}|subgraphs/<agency>>`);
  const name = def.name;
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
