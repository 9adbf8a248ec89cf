import { SERVICE_MAP } from "@ipr/shared";
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { randomInt } from "node:crypto";
import { join } from "node:path";
import { portFree } from "../launcher/net";
import { alive } from "../launcher/processes";
import { readRunState, type RunState } from "../launcher/run-state";

const ROOT = join(__dirname, "..", "..", "..");

/** A platform the load tool started through the launcher, on ports and data of its own. */
export interface OwnPlatform {
  url: string;
  stateFile: string;
  /** The launcher's output (restarts are logged there). */
  output: string[];
  logFile: string;
  /** Ctrl-C to the launcher; then whether every process it ran is gone. */
  stop(): Promise<{ exitCode: number | null; leftovers: string[] }>;
}

/**
 * Twelve consecutive free ports (gateway, eleven subgraphs) and one for PostgreSQL, away from the
 * contract's 4000-4012 and below Linux's ephemeral range (32768+), where an outgoing connection
 * could take one between this check and the service's listen.
 */
async function freePorts(): Promise<{ base: number; pg: number }> {
  // the gateway at the base, each subgraph at its offset in the service map, PostgreSQL just after
  const span = Math.max(...Object.values(SERVICE_MAP)) - 4000 + 2;
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = randomInt(100, 320) * 100;
    const ports = Array.from({ length: span }, (_, i) => base + i);
    if ((await Promise.all(ports.map((p) => portFree(p)))).every(Boolean)) return { base, pg: base + span - 1 };
  }
  throw new Error(`no block of ${span} free ports found`);
}

/**
 * Starts `node infra/dist/start.js` with its own gateway and subgraph ports, its own embedded
 * PostgreSQL (data in `dataDir`), no demo data and no rate limits (40 clients must measure the
 * platform, not the limiter), and waits until the gateway answers.
 */
export async function startOwnPlatform(opts: { dataDir: string; env?: Record<string, string>; log?: (m: string) => void }): Promise<OwnPlatform> {
  const { base, pg } = await freePorts();
  const stateFile = join(opts.dataDir, "..", `run-${base}.json`);
  const logFile = join(opts.dataDir, "..", `platform-${base}.log`);
  mkdirSync(join(opts.dataDir, ".."), { recursive: true });
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DATABASE_URL|SUBGRAPH_URL_|PORT$|SUBGRAPH_PORT_BASE$|EMBEDDED_PG_|RUN_STATE_FILE$)/.test(k)));
  Object.assign(env, {
    PORT: String(base),
    SUBGRAPH_PORT_BASE: String(base),
    EMBEDDED_PG_PORT: String(pg),
    EMBEDDED_PG_DATA: opts.dataDir,
    RUN_STATE_FILE: stateFile,
    DEMO_DATA: "false",
    RATE_LIMIT_USER_PER_SECOND: "0",
    RATE_LIMIT_AGENCY_PER_SECOND: "0",
    LOG_LEVEL: "warn",
    ...opts.env,
  });
  const launcher = spawn(process.execPath, [join(ROOT, "infra", "dist", "start.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const file = createWriteStream(logFile, { flags: "a" });
  for (const stream of [launcher.stdout, launcher.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      file.write(chunk);
      for (const line of chunk.split("\n")) if (line.startsWith("[start]")) (output.push(line), opts.log?.(line));
    });
  }
  const exited = new Promise<number | null>((resolve) => launcher.once("exit", (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const url = `http://127.0.0.1:${base}/graphql`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the platform's launcher exited (${exitCode}) while starting:\n${output.slice(-5).join("\n")}\n(see ${logFile})`);
    const state = readRunState(stateFile);
    if (state?.processes.gateway?.pid && (await fetch(`http://127.0.0.1:${base}/health`).then((r) => r.ok, () => false))) break;
    if (Date.now() > deadline) {
      launcher.kill("SIGINT");
      throw new Error(`the platform did not start within 240 s (see ${logFile})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let last: RunState | undefined;
  return {
    url,
    stateFile,
    output,
    logFile,
    async stop() {
      last = readRunState(stateFile) ?? last;
      if (exitCode === undefined) launcher.kill("SIGINT");
      const code = await exited;
      file.end();
      const leftovers = Object.entries(last?.processes ?? {})
        .filter(([, p]) => alive(p.pid))
        .map(([name, p]) => `${name} (pid ${p.pid})`);
      return { exitCode: code, leftovers };
    },
  };
}
