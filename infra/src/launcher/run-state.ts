import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The launcher's run-state file: which process serves what, kept current across restarts, removed
 * at a clean stop. The next launcher reads it to find what an earlier run left behind; the load
 * tool reads it to inject faults (kill a subgraph, restart PostgreSQL).
 */
export interface RunState {
  /** The launcher's own pid. */
  launcher: number;
  startedAt: string;
  gateway: { url: string; port: number };
  database: { embedded: boolean; dataDir?: string; port?: number };
  /** Every supervised process: the gateway, each subgraph, and `postgres` when embedded. */
  processes: Record<string, { pid?: number; port?: number; restarts: number; command: string }>;
}

const ROOT = join(__dirname, "..", "..", "..");

/** `RUN_STATE_FILE`, else `.data/run/platform-<gateway port>.json`. */
export const runStateFile = (gatewayPort: number, env: NodeJS.ProcessEnv = process.env) =>
  env.RUN_STATE_FILE ?? join(ROOT, ".data", "run", `platform-${gatewayPort}.json`);

export function readRunState(file: string): RunState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as RunState;
  } catch {
    return undefined; // half-written by a launcher killed mid-write: nothing to go on
  }
}

/** Written whole and renamed into place, so a reader never sees half a file. */
export function writeRunState(file: string, state: RunState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

export const removeRunState = (file: string) => rmSync(file, { force: true });
