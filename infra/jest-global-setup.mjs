// When `npm test` runs, infra/with-postgres.mjs has already exported TEST_DATABASE_URL. Running jest
// directly in one package finds the machine's PostgreSQL or starts an embedded one for the run.
import { join } from "node:path";
import { findOrStartPostgres, ROOT } from "./postgres.mjs";

export default async function setup() {
  process.env.NODE_ENV ??= "test";
  if (process.env.TEST_DATABASE_URL) return;
  const server = await findOrStartPostgres({ dataDir: join(ROOT, ".data/test-pg"), port: 54330 });
  process.env.TEST_DATABASE_URL = server.url;
  globalThis.__iprPostgres = server;
}
