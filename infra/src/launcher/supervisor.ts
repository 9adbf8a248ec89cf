import { spawn, type ChildProcess } from "node:child_process";

/**
 * Keeps a set of named child processes running: one that exits unexpectedly is restarted after an
 * exponential backoff (capped, and reset once it has stayed up), the others are left alone, and
 * `stop` ends them group by group in the order given. Used by `npm start`; knows nothing of
 * GraphQL or PostgreSQL.
 */
export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Run as this user (PostgreSQL refuses to run as root). */
  uid?: number;
  gid?: number;
  /** The signal that asks for a clean stop: SIGTERM for the services, SIGINT (fast shutdown) for PostgreSQL. */
  stopSignal?: NodeJS.Signals;
  /** Give the child an IPC channel, so it notices (`disconnect`) when the launcher dies without stopping it. */
  ipc?: boolean;
  /** Each line the child writes; default: copied to the launcher's own stdout/stderr. */
  output?: (line: string, stream: "stdout" | "stderr") => void;
}

export interface BackoffPolicy {
  /** Delay before the first restart after a crash. */
  initialMs: number;
  /** The delay doubles per consecutive crash up to this. */
  maxMs: number;
  /** A child that stayed up this long before crashing starts again from `initialMs`. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffPolicy> = Object.freeze({ initialMs: 500, maxMs: 30_000, resetAfterMs: 60_000 });

/** Delay before restart number `crashes` (1 = the first crash in a row). */
export function backoffDelay(policy: BackoffPolicy, crashes: number): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.max(0, crashes - 1));
}

export type SupervisorEvent =
  | { type: "started"; name: string; pid: number; restarts: number }
  | { type: "exited"; name: string; pid: number; reason: string; upMs: number; expected: boolean }
  | { type: "restarting"; name: string; delayMs: number; crashes: number };

export interface SupervisorOptions {
  log?: (message: string) => void;
  backoff?: Partial<BackoffPolicy>;
  /** How long a child may take to stop after its stop signal before it is killed. */
  graceMs?: number;
  onEvent?: (event: SupervisorEvent) => void;
}

const TAIL_LINES = 40;

/** One supervised child and its restart bookkeeping. */
export class Supervised {
  process?: ChildProcess;
  restarts = 0;
  /** Consecutive crashes, each within `resetAfterMs` of its start. */
  crashes = 0;
  /** The last lines it wrote (for the exit reason and startup failures). */
  readonly tail: string[] = [];
  private startedAt = 0;
  private timer?: NodeJS.Timeout;
  private stopping = false;
  private exited?: Promise<void>;

  constructor(
    readonly spec: ChildSpec,
    private readonly owner: { policy: BackoffPolicy; log: (m: string) => void; emit: (e: SupervisorEvent) => void },
  ) {}

  get pid(): number | undefined {
    return this.process && this.process.exitCode === null && this.process.signalCode === null ? this.process.pid : undefined;
  }

  get running(): boolean {
    return this.pid !== undefined;
  }

  start(): void {
    const { spec } = this;
    const child = spawn(spec.command, spec.args, {
      env: spec.env ?? process.env,
      uid: spec.uid,
      gid: spec.gid,
      // its own process group: a Ctrl-C in the terminal reaches only the launcher, which stops
      // everything in order, instead of every process at once
      detached: true,
      stdio: ["ignore", "pipe", "pipe", ...(spec.ipc ? (["ipc"] as const) : [])],
    });
    this.process = child;
    this.startedAt = Date.now();
    this.exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
    for (const stream of ["stdout", "stderr"] as const) this.pipeLines(child, stream);
    // a failed spawn (ENOENT, EACCES) is an exit like any other: logged with its reason, restarted with backoff
    child.once("error", (error) => {
      if (child.pid === undefined) this.onExit(child, `could not start: ${error.message}`, false);
    });
    // "close": after its last output was read, so the reason can quote it
    child.once("close", (code, signal) => this.onExit(child, signal ? `killed by ${signal}` : `exited with code ${code}`, code !== 0 && !signal));
    if (child.pid !== undefined) this.owner.emit({ type: "started", name: spec.name, pid: child.pid, restarts: this.restarts });
  }

  private pipeLines(child: ChildProcess, stream: "stdout" | "stderr") {
    let pending = "";
    child[stream]?.setEncoding("utf8");
    child[stream]?.on("data", (chunk: string) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) this.line(line, stream);
    });
    child[stream]?.on("end", () => pending && this.line(pending, stream));
  }

  private line(line: string, stream: "stdout" | "stderr") {
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    if (this.spec.output) this.spec.output(line, stream);
    else (stream === "stdout" ? process.stdout : process.stderr).write(`${line}\n`);
  }

  /** `quote`: a failure worth explaining with the child's last line of output. */
  private onExit(child: ChildProcess, how: string, quote: boolean) {
    if (child !== this.process || (child as { handled?: boolean }).handled) return;
    (child as { handled?: boolean }).handled = true;
    const upMs = Date.now() - this.startedAt;
    const last = lastMeaningfulLine(this.tail);
    const reason = quote && last ? `${how}: ${last}` : how;
    this.owner.emit({ type: "exited", name: this.spec.name, pid: child.pid ?? 0, reason, upMs, expected: this.stopping });
    if (this.stopping) return;
    this.crashes = upMs >= this.owner.policy.resetAfterMs ? 1 : this.crashes + 1;
    const delayMs = backoffDelay(this.owner.policy, this.crashes);
    this.owner.log(`${this.spec.name} ${reason} after ${seconds(upMs)}; restarting in ${seconds(delayMs)} (crash ${this.crashes} in a row)`);
    this.owner.emit({ type: "restarting", name: this.spec.name, delayMs, crashes: this.crashes });
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.restarts++;
      this.start();
    }, delayMs);
  }

  /** Sends the stop signal, waits up to `graceMs`, then kills. No restart after this. */
  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    // a frozen (SIGSTOPped) child would never act on the signal
    child.kill("SIGCONT");
    child.kill(this.spec.stopSignal ?? "SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      this.exited!.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs))),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      this.owner.log(`${this.spec.name} did not stop within ${seconds(graceMs)}; killing it`);
      child.kill("SIGKILL");
      await this.exited;
    }
  }
}

export class Supervisor {
  private readonly children = new Map<string, Supervised>();
  private readonly policy: BackoffPolicy;
  private readonly log: (m: string) => void;

  constructor(private readonly opts: SupervisorOptions = {}) {
    this.policy = { ...DEFAULT_BACKOFF, ...opts.backoff };
    this.log = opts.log ?? (() => {});
  }

  /** Starts `spec` and keeps it running until `stop`. */
  add(spec: ChildSpec): Supervised {
    if (this.children.has(spec.name)) throw new Error(`${spec.name} is already supervised`);
    const child = new Supervised(spec, { policy: this.policy, log: this.log, emit: (e) => this.opts.onEvent?.(e) });
    this.children.set(spec.name, child);
    child.start();
    return child;
  }

  get(name: string): Supervised | undefined {
    return this.children.get(name);
  }

  /** The live process id of each child (undefined while it waits to be restarted). */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.children].map(([name, child]) => [name, child.pid]));
  }

  /**
   * Stops the children group after group (each group's members in parallel), then any not named.
   * E.g. `[["gateway"], subgraphNames, ["postgres"]]`.
   */
  async stop(order: string[][] = [], graceMs = this.opts.graceMs ?? 10_000): Promise<void> {
    const named = new Set(order.flat());
    const groups = [...order, [...this.children.keys()].filter((name) => !named.has(name))];
    for (const group of groups) {
      await Promise.all(group.map((name) => this.children.get(name)?.stop(graceMs)));
    }
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The line worth quoting: a crash's error line (`Error: listen EADDRINUSE …`, not the stack or
 * Node's closing `Node.js v20…`), else a pino JSON line's message and error, else the last line.
 */
function lastMeaningfulLine(lines: string[]): string | undefined {
  const errorLine = [...lines].reverse().find((l) => /^[A-Za-z]*Error(\s\[[\w-]+\])?: /.test(l.trim()));
  if (errorLine) return errorLine.trim().slice(0, 300);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (!line || /^Node\.js v\d/.test(line)) continue;
    try {
      const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
      if (entry && typeof entry === "object" && entry.msg) return [entry.msg, entry.err?.message].filter(Boolean).join(": ").slice(0, 300);
    } catch {
      /* not JSON */
    }
    return line.slice(0, 300);
  }
  return undefined;
}
