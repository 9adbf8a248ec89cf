#!/usr/bin/env node
// `node infra/with-postgres.mjs <command...>`: runs the command with TEST_DATABASE_URL pointing at
// DATABASE_URL, the machine's PostgreSQL (127.0.0.1:5432) or an embedded one started for the run.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { findOrStartPostgres, ROOT } from "./postgres.mjs";

const [command, ...args] = process.argv.slice(2);
const server = await findOrStartPostgres({ dataDir: join(ROOT, ".data/test-pg"), port: 54330 });
console.log(`using PostgreSQL at ${server.url.replace(/:[^:@/]*@/, ":***@")}${server.embedded ? " (embedded)" : ""}`);
const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: server.url, NODE_ENV: "test" } });
const forward = (signal) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", async (code, signal) => {
  await server.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
