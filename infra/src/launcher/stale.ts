import type { PostgresModule } from "../database";
import { Refusal } from "./errors";
import type { PortPlan } from "./ports";
import { alive, endProcess, processInfo } from "./processes";
import { readRunState } from "./run-state";

const isLauncher = (pid: number) => /\bstart\.js\b/.test(processInfo(pid)?.cmdline ?? "");
const SECOND_PLATFORM = "a second platform needs its own ports and data: PORT=5000 SUBGRAPH_PORT_BASE=5000 EMBEDDED_PG_PORT=54339 EMBEDDED_PG_DATA=.data/pg2";

/**
 * Before starting: finds what an earlier run left behind. A launcher still running the same
 * platform is refused (never stopped); its services and embedded PostgreSQL, orphaned by a
 * launcher that died, are stopped with a message; a port something else holds is refused by name.
 */
export async function clearEarlierRun(opts: {
  stateFile: string;
  plan: PortPlan;
  embedded?: { dataDir: string; port: number };
  postgres: PostgresModule;
  log: (m: string) => void;
}): Promise<void> {
  const { stateFile, plan, embedded, postgres, log } = opts;
  const earlier = readRunState(stateFile);
  if (earlier && earlier.launcher !== process.pid && alive(earlier.launcher) && isLauncher(earlier.launcher))
    throw new Refusal(`another launcher (pid ${earlier.launcher}) runs the platform on port ${earlier.gateway.port}; stop it first (Ctrl-C there, or kill ${earlier.launcher}); ${SECOND_PLATFORM}`);
  for (const [name, proc] of Object.entries(earlier?.processes ?? {})) {
    if (name === "postgres" || !proc.pid || !alive(proc.pid)) continue;
    if (!processInfo(proc.pid)?.cmdline.includes(proc.command)) continue; // the pid now belongs to another program
    log(`${name} (pid ${proc.pid}) is still running from an earlier run whose launcher died; stopping it`);
    await endProcess(proc.pid, "SIGTERM");
  }

  if (embedded) {
    const running = postgres.readPostmaster(embedded.dataDir);
    if (running?.running) {
      const parent = processInfo(processInfo(running.pid)?.ppid ?? 1);
      const owned = parent && parent.cmdline !== "" && /\bnode\b/.test(parent.cmdline.split(" ")[0]);
      if (owned)
        throw new Refusal(`the PostgreSQL on ${embedded.dataDir} (pid ${running.pid}, port ${running.port}) belongs to a running program (${parent.cmdline.slice(0, 120)}); stop that first; ${SECOND_PLATFORM}`);
      log(`the embedded PostgreSQL of an earlier run is still running (pid ${running.pid}, port ${running.port}, data ${embedded.dataDir}); stopping it (fast shutdown) to run it under this launcher`);
      await postgres.stopPostmaster(running.pid);
    }
  }

  const wanted: Array<[string, number]> = [["gateway", plan.gateway], ...Object.entries(plan.subgraphs)];
  if (embedded) wanted.push(["embedded PostgreSQL", embedded.port]);
  const taken: string[] = [];
  for (const [service, port] of wanted) if (!(await postgres.portFree(port))) taken.push(`${port} (${service})`);
  if (taken.length)
    throw new Refusal(`port${taken.length > 1 ? "s" : ""} ${taken.join(", ")} ${taken.length > 1 ? "are" : "is"} taken by another program (another npm start?); ${SECOND_PLATFORM}`);
}
