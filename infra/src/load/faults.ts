import { manifestOf, type SubgraphName } from "@ipr/shared";
import { readRunState, type RunState } from "../launcher/run-state";
import { alive } from "../launcher/processes";
import { pgAnswers } from "../launcher/net";
import type { Fault } from "./options";

/** When, relative to the run's start (ms), the fault began and when its cause was gone again. */
export interface FaultTimes {
  injectedAt: number;
  /** kill: the restarted subgraph answers /health; stop: SIGCONT sent; pg-restart: PostgreSQL answers again. */
  clearedAt?: number;
  notes: string[];
}

/** A nullable by-id lookup per subgraph: the cheapest request that needs that subgraph (and its database). */
export const probeQuery = (subgraph: SubgraphName) => `{ ${manifestOf(subgraph).probe}(id: "00000000-0000-4000-8000-000000000000") { id } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, test: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`fault: ${what} did not happen within ${timeoutMs / 1000} s`);
    await sleep(50);
  }
}

const healthy = (port: number) => fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false);

const embeddedAnswers = (port: number) => pgAnswers(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`);

/** Injects `fault` into the platform the run-state file describes; resolves once the fault's cause is gone. */
export async function injectFault(fault: Fault, stateFile: string, now: () => number, log: (m: string) => void): Promise<FaultTimes> {
  const state = readRunState(stateFile);
  if (!state) throw new Error(`fault: no run-state file at ${stateFile}; start the platform with npm start (or pass --start)`);
  const proc = (name: string, s: RunState = state) => s.processes[name];
  const times: FaultTimes = { injectedAt: now(), notes: [] };

  if (fault.kind === "kill") {
    const { pid, port } = proc(fault.subgraph);
    if (!pid) throw new Error(`fault: ${fault.subgraph} is not running`);
    process.kill(pid, "SIGKILL");
    times.injectedAt = now();
    log(`killed ${fault.subgraph} (pid ${pid}, SIGKILL)`);
    await until(`a new ${fault.subgraph} process`, () => { const p = readRunState(stateFile)?.processes[fault.subgraph]?.pid; return !!p && p !== pid; }, 120_000);
    await until(`${fault.subgraph} healthy again`, () => healthy(port!), 120_000);
    times.clearedAt = now();
    times.notes.push(`${fault.subgraph} restarted by the launcher as pid ${readRunState(stateFile)?.processes[fault.subgraph]?.pid}`);
  } else if (fault.kind === "stop") {
    const { pid } = proc(fault.subgraph);
    if (!pid) throw new Error(`fault: ${fault.subgraph} is not running`);
    process.kill(pid, "SIGSTOP");
    times.injectedAt = now();
    log(`froze ${fault.subgraph} (pid ${pid}, SIGSTOP) for ${fault.seconds} s`);
    try {
      await sleep(fault.seconds * 1000);
    } finally {
      process.kill(pid, "SIGCONT"); // never leave it frozen, whatever happens
    }
    times.clearedAt = now();
    log(`resumed ${fault.subgraph} (SIGCONT)`);
    if (readRunState(stateFile)?.processes[fault.subgraph]?.pid !== pid) times.notes.push(`${fault.subgraph} was restarted while frozen`);
  } else {
    const pg = proc("postgres");
    if (!state.database.embedded || !pg?.pid) throw new Error("fault pg-restart: the platform does not run an embedded PostgreSQL of its own (DATABASE_URL is set)");
    process.kill(pg.pid, "SIGINT"); // fast shutdown: sessions are cut, as in a restart
    times.injectedAt = now();
    log(`PostgreSQL fast shutdown (pid ${pg.pid})`);
    await until("PostgreSQL to exit", () => !alive(pg.pid), 60_000);
    times.notes.push(`PostgreSQL down after ${((now() - times.injectedAt) / 1000).toFixed(1)} s`);
    await until("PostgreSQL to answer again", () => embeddedAnswers(state.database.port!), 120_000);
    times.clearedAt = now();
    times.notes.push(`PostgreSQL restarted by the launcher as pid ${readRunState(stateFile)?.processes.postgres?.pid}`);
  }
  return times;
}
