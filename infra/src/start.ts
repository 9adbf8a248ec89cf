import { createWriteStream } from "node:fs";
import { dirname, join } from "node:path";
import { SERVICE_MAP, type SubgraphName } from "@ipr/shared";
import { DEV_JWT_SECRET, issueToken } from "@ipr/gateway";
import { embeddedLocation, ensureAppDatabase, poolSizeFor, postgresModule } from "./database";
import { hasData, loadDemo } from "./seed";
import { SUBGRAPHS } from "./subgraphs";
import { Supervisor, type Supervised } from "./launcher/supervisor";
import { peerEnv, portPlan, subgraphUrlAt } from "./launcher/ports";
import { removeRunState, runStateFile, writeRunState, type RunState } from "./launcher/run-state";
import { clearEarlierRun } from "./launcher/stale";
import { gatewayNodeOptions } from "./launcher/heap";
import { Refusal, describeError } from "./launcher/errors";

const ROOT = join(__dirname, "..", "..");
const say = (m: string) => console.log(`[start] ${m}`);
const SUBGRAPH_NAMES = SUBGRAPHS.map((d) => d.name);

let supervisor: Supervisor | undefined;
let state: RunState | undefined;
let stateFile: string | undefined;
let stopping = false;

/** Ctrl-C, SIGTERM, or a failure of the launcher itself: the gateway first (it flushes its audit trail to the office), then the subgraphs, then PostgreSQL. */
async function shutdown(code: number, why: string) {
  if (stopping) return say(`already stopping (${why})`);
  stopping = true;
  if (!supervisor) process.exit(code); // refused before starting anything
  say(`stopping (${why}): the gateway, then the subgraphs${state?.database.embedded ? ", then PostgreSQL" : ""}`);
  try {
    await supervisor?.stop([["gateway"], SUBGRAPH_NAMES, ["postgres"]]);
    if (stateFile && state) removeRunState(stateFile);
    say("stopped");
  } catch (error) {
    console.error(`[start] stopping failed: ${describeError(error)}`);
    code = 1;
  }
  process.exit(code);
}

async function waitFor(what: string, child: Supervised | undefined, ok: () => Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error("stopped while starting");
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  const output = child?.tail.slice(-5).join("\n  ");
  throw new Refusal(`${what} did not become ready within ${timeoutMs / 1000} s${output ? `; its last output:\n  ${output}` : ""}`);
}
const healthy = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;

/** `npm start`: database, migrations, demo data on first run, every subgraph and the gateway, each kept running. */
async function main() {
  const plan = portPlan();
  stateFile = runStateFile(plan.gateway);
  const postgres = await postgresModule();
  const embedded = process.env.DATABASE_URL ? undefined : await embeddedLocation();
  await clearEarlierRun({ stateFile, plan, embedded, postgres, log: say });

  const gatewayUrl = `http://127.0.0.1:${plan.gateway}/graphql`;
  state = {
    launcher: process.pid,
    startedAt: new Date().toISOString(),
    gateway: { url: gatewayUrl, port: plan.gateway },
    database: { embedded: !!embedded, ...embedded },
    processes: {},
  };
  const ports: Record<string, number | undefined> = { gateway: plan.gateway, postgres: embedded?.port, ...plan.subgraphs };
  supervisor = new Supervisor({
    log: say,
    backoff: { initialMs: Number(process.env.RESTART_BACKOFF_MS ?? 500), maxMs: Number(process.env.RESTART_BACKOFF_MAX_MS ?? 30_000) },
    onEvent: (event) => {
      if (event.type === "started") {
        if (event.restarts > 0) say(`${event.name} restarted (pid ${event.pid}, restart ${event.restarts})`);
        const command = supervisor?.get(event.name)?.spec.args[0] ?? "";
        state!.processes[event.name] = { pid: event.pid, port: ports[event.name], restarts: event.restarts, command: event.name === "postgres" ? supervisor!.get("postgres")!.spec.command : command };
      } else if (event.type === "exited") state!.processes[event.name] = { ...state!.processes[event.name], pid: undefined };
      else return;
      if (!stopping) writeRunState(stateFile!, state!);
    },
  });

  let databaseUrl = process.env.DATABASE_URL;
  if (embedded) {
    say(`starting embedded PostgreSQL (data in ${embedded.dataDir}, port ${embedded.port})`);
    const server = await postgres.embeddedServerCommand({ ...embedded, log: say });
    const logFile = join(dirname(embedded.dataDir), `postgres-${embedded.port}.log`);
    const log = createWriteStream(logFile, { flags: "a" });
    const child = supervisor.add({ name: "postgres", command: server.command, args: server.args, uid: server.uid, gid: server.gid, env: server.env, stopSignal: "SIGINT", output: (line) => log.write(`${line}\n`) });
    await waitFor(`PostgreSQL (log: ${logFile})`, child, () => postgres.answers(server.url));
    databaseUrl = await ensureAppDatabase(server.url);
  }

  // each subgraph's share of the server's connections (the connection budget, shared/src/pool.ts)
  const pool = await poolSizeFor(databaseUrl!, SUBGRAPHS.length);
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", DB_POOL_MAX: pool, ...peerEnv(plan) };
  for (const def of SUBGRAPHS)
    supervisor.add({ name: def.name, command: process.execPath, args: [join(ROOT, "subgraphs", def.name, "dist", "index.js")], env: { ...env, PORT: String(plan.subgraphs[def.name]) }, ipc: true });
  await Promise.all(
    SUBGRAPH_NAMES.map((name) => waitFor(name, supervisor!.get(name), healthy(subgraphUrlAt(plan.subgraphs[name as SubgraphName]).replace(/\/graphql$/, "/health")))),
  );
  say(`subgraphs up: ${SUBGRAPH_NAMES.map((name) => `${name}:${plan.subgraphs[name as SubgraphName]}`).join(" ")}`);

  process.env.DATABASE_URL = databaseUrl;
  if (process.env.DEMO_DATA !== "false" && !(await hasData())) {
    const counts = await loadDemo({ scale: 1 });
    say(`loaded the demo data set: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  }

  const gateway = supervisor.add({ name: "gateway", command: process.execPath, args: [join(ROOT, "gateway", "dist", "index.js")], env: { ...env, PORT: String(plan.gateway), NODE_OPTIONS: gatewayNodeOptions() }, ipc: true });
  await waitFor("gateway", gateway, healthy(`http://127.0.0.1:${plan.gateway}/health`));
  const secret = new TextEncoder().encode(process.env.JWT_SECRET ?? DEV_JWT_SECRET);
  const token = await issueToken({ agency: "OFFICE", region: "000000", sub: "office-demo" }, secret);
  const moved = plan.gateway !== 4000 || SUBGRAPH_NAMES.some((name) => plan.subgraphs[name as SubgraphName] !== SERVICE_MAP[name as SubgraphName]);
  console.log(`
  Console   http://127.0.0.1:${plan.gateway}/   (open it in a browser; paste the token below)
  Gateway   ${gatewayUrl}   (health: http://127.0.0.1:${plan.gateway}/health)${moved ? "\n  Ports     moved by PORT / SUBGRAPH_PORT_BASE / SUBGRAPH_URL_<NAME>" : ""}
  Database  ${databaseUrl!.replace(/:[^:@/]*@/, ":***@")}${embedded ? ` (embedded, pid ${supervisor.get("postgres")?.pid})` : ""}
  Processes ${stateFile} (pids; a crashed service is restarted)

  A national-office token (8 hours):
  ${token}

  Other callers: npm run token -- --agency SAIC --region 440000
  Ctrl-C stops everything.
`);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0, signal));
process.on("uncaughtException", (error) => {
  console.error(`[start] ${describeError(error)}`);
  void shutdown(1, "launcher error");
});
process.on("unhandledRejection", (error) => {
  console.error(`[start] ${describeError(error)}`);
  void shutdown(1, "launcher error");
});
main().catch((error) => {
  console.error(`[start] could not start: ${describeError(error)}`);
  void shutdown(1, "start failed");
});
