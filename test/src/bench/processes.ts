import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SERVICE_MAP, type SubgraphName } from "@ipr/shared";
import { gatewayNodeOptions, portFree } from "@ipr/infra";

const ROOT = join(__dirname, "..", "..", "..");
export const SUBGRAPH_NAMES = Object.keys(SERVICE_MAP) as SubgraphName[];

/** One process the bench started: its pid for /proc, and how to stop it. */
export interface BenchProcess {
  name: string;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

export interface Cluster {
  gateway: BenchProcess;
  subgraphs: Record<SubgraphName, BenchProcess>;
  subgraphUrls: Record<SubgraphName, string>;
  stop(): Promise<void>;
}

/** The run's own secrets: the services run as in production, which refuses the public development defaults. */
export const SECRETS = { JWT_SECRET: randomBytes(32).toString("hex"), SUBGRAPH_SECRET: randomBytes(32).toString("hex") };

/** The environment every service gets: its own database, no rate limits, production mode and logging as deployed. */
function baseEnv(databaseUrl: string, urls: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^(SUBGRAPH_URL_|DATABASE_URL)/.test(k)) delete env[k];
  return {
    ...env,
    // with-postgres.mjs sets NODE_ENV=test, which silences the logger: measure what a deployment runs
    NODE_ENV: "production",
    ...SECRETS,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "info",
    DB_POOL_MAX: "8",
    RATE_LIMIT_USER_PER_SECOND: "0",
    RATE_LIMIT_AGENCY_PER_SECOND: "0",
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`SUBGRAPH_URL_${name.toUpperCase()}`, url])),
  };
}

export async function waitHealthy(url: string, child: ChildProcess, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (await fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** Starts `node <script>` with `env`, its output kept for errors only. */
export function startProcess(name: string, script: string, env: NodeJS.ProcessEnv, url: string, nodeArgs: string[] = []): { child: ChildProcess; proc: BenchProcess } {
  const child = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ["ignore", "ignore", "pipe"] });
  const errors: string[] = [];
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => errors.push(chunk) > 50 && errors.shift());
  child.once("exit", (code, signal) => code && code !== 0 && console.error(`[bench] ${name} exited ${code ?? signal}: ${errors.join("").slice(-2000)}`));
  const proc: BenchProcess = {
    name,
    pid: child.pid!,
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => (clearTimeout(timer), resolve()));
        child.kill("SIGTERM");
      }),
  };
  return { child, proc };
}

/**
 * Every subgraph and the gateway as separate processes (as `npm start` and the deployment run them),
 * on ports from `base` (5xxx/6xxx, away from the contract's 4000-4012), over `databaseUrl`.
 */
export async function startCluster(databaseUrl: string, base: number, profileDir?: string): Promise<Cluster & { env: NodeJS.ProcessEnv }> {
  const prof = (name: string) => (profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `http://127.0.0.1:${base + SERVICE_MAP[name] - 4000}/graphql`])) as Record<SubgraphName, string>;
  const env = baseEnv(databaseUrl, urls);
  const subgraphs = {} as Record<SubgraphName, BenchProcess>;
  let gateway: BenchProcess | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
  };
  try {
    const started = SUBGRAPH_NAMES.map((name) => {
      const { child, proc } = startProcess(name, join(ROOT, "subgraphs", name, "dist", "index.js"), { ...env, PORT: String(base + SERVICE_MAP[name] - 4000) }, urls[name], prof(name));
      subgraphs[name] = proc;
      return waitHealthy(urls[name].replace(/\/graphql$/, "/health"), child, name);
    });
    await Promise.all(started);
    const gatewayUrl = `http://127.0.0.1:${base}/graphql`;
    const { child, proc } = startProcess(
      "gateway",
      join(ROOT, "gateway", "dist", "index.js"),
      { ...env, PORT: String(base), AUDIT_SPILL_DIR: join(ROOT, ".data", `bench-audit-${base}`), NODE_OPTIONS: gatewayNodeOptions() },
      gatewayUrl,
      prof("gateway"),
    );
    gateway = proc;
    await waitHealthy(`http://127.0.0.1:${base}/health`, child, "gateway");
    return { env, gateway, subgraphs, subgraphUrls: urls, stop };
  } catch (error) {
    // a service that did not come up: stop the ones that did, or they outlive the bench
    await stop();
    throw error;
  }
}

/** A block of 16 free ports in 5100-5999 (gateway, twelve subgraphs, Hive Gateway at +15); fetch refuses 6000 and 666x. */
export async function freeBase(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 5100 + Math.floor(Math.random() * 44) * 20;
    const ports = Array.from({ length: 16 }, (_, i) => base + i);
    if ((await Promise.all(ports.map((p) => portFree(p)))).every(Boolean)) return base;
  }
  throw new Error("no block of 16 free ports in 5100-5999");
}

/** user+system CPU of a process in milliseconds, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return 0; // gone (a PostgreSQL backend that ended)
    }
  }

  /** Resident set size of a process in MB, from /proc/<pid>/status. */
  export function rssMb(pid: number): number {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  }
