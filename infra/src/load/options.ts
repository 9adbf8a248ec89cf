import { SERVICE_MAP, type SubgraphName } from "@ipr/shared";
import { Refusal } from "../launcher/errors";

/** A fault injected mid-run into a platform whose processes the load tool knows (run-state file). */
export type Fault =
  | { kind: "kill"; subgraph: SubgraphName }
  | { kind: "stop"; subgraph: SubgraphName; seconds: number }
  | { kind: "pg-restart" };

export interface LoadOptions {
  /** The gateway; loopback only. */
  url: string;
  clients: number;
  durationS: number;
  fault?: Fault;
  /** Seconds into the run when the fault is injected (default: a third of the duration). */
  faultAtS?: number;
  /** Start a platform of our own through the launcher (own ports, own embedded PostgreSQL) and stop it after. */
  start: boolean;
  /** Where to write the report as JSON. */
  json?: string;
}

export const LIMITS = { clients: 200, durationS: 600, stopS: 120 } as const;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Refuses anything but a gateway on this machine: the load tool never runs against someone else's platform. */
export function checkLoopback(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Refusal(`--url: not a URL: ${url}`);
  }
  if (!["http:", "https:"].includes(parsed.protocol) || !(LOOPBACK.has(parsed.hostname) || /^127\.\d+\.\d+\.\d+$/.test(parsed.hostname)))
    throw new Refusal(`--url: the load tool only runs against a gateway on this machine (loopback), not ${parsed.host}`);
  return parsed.toString();
}

function subgraph(name: string): SubgraphName {
  if (!(name in SERVICE_MAP)) throw new Refusal(`--fault: no subgraph ${JSON.stringify(name)}; one of ${Object.keys(SERVICE_MAP).join(", ")}`);
  return name as SubgraphName;
}

/** `kill:<subgraph>`, `stop:<subgraph>[:seconds]` (default 15 s, beyond the gateway's 10 s timeout), `pg-restart`. */
export function parseFault(text: string): Fault {
  const [kind, name, seconds] = text.split(":");
  if (kind === "kill" && name) return { kind, subgraph: subgraph(name) };
  if (kind === "stop" && name) {
    const s = seconds === undefined ? 15 : Number(seconds);
    if (!Number.isFinite(s) || s <= 0 || s > LIMITS.stopS) throw new Refusal(`--fault stop: seconds must be in (0, ${LIMITS.stopS}], got ${seconds}`);
    return { kind, subgraph: subgraph(name), seconds: s };
  }
  if (kind === "pg-restart" && name === undefined) return { kind };
  throw new Refusal(`--fault: expected kill:<subgraph>, stop:<subgraph>[:seconds] or pg-restart, got ${JSON.stringify(text)}`);
}

export function bounded(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new Refusal(`--${name} must be in (0, ${max}], got ${raw}`);
  return value;
}

export const describeFault = (fault?: Fault) =>
  !fault ? "none" : fault.kind === "kill" ? `kill:${fault.subgraph} (SIGKILL)` : fault.kind === "stop" ? `stop:${fault.subgraph} (SIGSTOP for ${fault.seconds} s, then SIGCONT)` : "pg-restart (fast shutdown of the embedded PostgreSQL; the launcher restarts it)";
