import { createServer } from "node:net";
import pg from "pg";

/**
 * Whether nothing listens on 127.0.0.1:`port`. postgres.mjs has the same for plain-ESM callers; this
 * copy exists because code that jest loads cannot `import()` an ES module (the faults test).
 */
export function portFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Whether a PostgreSQL server answers at `url` within a second. */
export async function pgAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
