import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { SERVICE_MAP, subgraphUrl, type SubgraphName } from "@ipr/shared";
import { DEV_JWT_SECRET, issueToken } from "@ipr/gateway";
import { poolSizeFor, prepareDatabase } from "./database";
import { hasData, loadDemo } from "./seed";
import { SUBGRAPHS } from "./subgraphs";

const ROOT = join(__dirname, "..", "..");
const children: ChildProcess[] = [];
const say = (m: string) => console.log(`[start] ${m}`);

function launch(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForHealth(name: string, url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

let stopping = false;
let gatewayProcess: ChildProcess | undefined;
let stopDatabase: () => Promise<void> = async () => {};
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say("stopping");
  const end = (c: ChildProcess) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : (c.once("exit", resolve), c.kill("SIGTERM"))));
  // the gateway first (it flushes its audit trail to the office), then the subgraphs
  const gateway = children.find((c) => c === gatewayProcess);
  if (gateway) await end(gateway);
  await Promise.all(children.filter((c) => c !== gateway).map(end));
  await stopDatabase();
  process.exit(code);
}

/** `npm start`: database, migrations, demo data on first run, every subgraph and the gateway. */
async function main() {
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));
  const database = await prepareDatabase(say);
  stopDatabase = database.stop;
  // each subgraph's share of the server's connections (the connection budget, shared/src/pool.ts)
  const env = { DATABASE_URL: database.url, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", DB_POOL_MAX: await poolSizeFor(database.url, SUBGRAPHS.length) };

  for (const def of SUBGRAPHS) launch(def.name, join(ROOT, "subgraphs", def.name, "dist", "index.js"), env);
  await Promise.all(SUBGRAPHS.map((def) => waitForHealth(def.name, subgraphUrl(def.name as SubgraphName).replace(/\/graphql$/, "/health"))));
  say(`subgraphs up: ${SUBGRAPHS.map((d) => `${d.name}:${SERVICE_MAP[d.name]}`).join(" ")}`);

  process.env.DATABASE_URL = database.url;
  if (!(await hasData())) {
    const counts = await loadDemo({ scale: 1 });
    say(`loaded the demo data set: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  }

  const port = Number(process.env.PORT ?? 4000);
  gatewayProcess = launch("gateway", join(ROOT, "gateway", "dist", "index.js"), env);
  await waitForHealth("gateway", `http://127.0.0.1:${port}/health`);
  const secret = new TextEncoder().encode(process.env.JWT_SECRET ?? DEV_JWT_SECRET);
  const token = await issueToken({ agency: "OFFICE", region: "000000", sub: "office-demo" }, secret);
  console.log(`
  Gateway   http://127.0.0.1:${port}/graphql   (health: http://127.0.0.1:${port}/health)
  Database  ${database.url.replace(/:[^:@/]*@/, ":***@")}${database.embedded ? " (embedded)" : ""}

  A national-office token (8 hours):
  ${token}

  Other callers: npm run token -- --agency SAIC --region 440000
  Ctrl-C stops everything.
`);
}

main().catch((error) => {
  console.error(error);
  void stop(1);
});
