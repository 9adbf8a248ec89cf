import { encodeIdentity, logger as kitLogger, signRequest } from "@ipr/shared";
import { AUDIT_PATH, AUDIT_WRITER, fitEntry, type AuditEntry } from "./entry";
import { SpillStore } from "./spill";

/** Where the plugin puts audit entries. `record` never blocks or throws: auditing must not fail a request. */
export interface AuditSink {
  record(entry: AuditEntry): void;
  /** Delivers everything pending now; resolves when delivered or when a delivery failed (entries kept). */
  flush(): Promise<void>;
  /** Stops the timer and flushes once more; what cannot be delivered stays in the spill directory for the next start. */
  stop(): Promise<void>;
}

type Log = Pick<typeof kitLogger, "warn" | "error" | "info">;

export interface HttpAuditSinkOptions {
  /** How often pending entries are sent (default 500 ms); a delivery goes on while entries wait. */
  intervalMs?: number;
  /** Entries per delivery; a full batch is sent at once (default 100). */
  batchSize?: number;
  /** Bytes of JSON per delivery at most (default 1 MiB; the office takes 8 MiB). */
  batchBytes?: number;
  /** Entries kept in memory; beyond it they go to the spill directory (default 10,000). Nothing is dropped. */
  maxBuffer?: number;
  /** `AUDIT_SPILL_DIR`: where entries wait while the office is unreachable or behind. Default: a temporary directory, not kept across restarts. */
  spillDir?: string;
  /** Entries per spill segment (default 1,000): what replay holds in memory at once. */
  segmentEntries?: number;
  /** Longest wait between retries (default 30 s); waits double from `intervalMs`. */
  maxBackoffMs?: number;
  /** Timeout of one delivery (default 5 s). */
  timeoutMs?: number;
  logger?: Log;
}

/** A batch on its way: where it came from decides what a success or a failure does. */
interface Batch {
  entries: AuditEntry[];
  delivered(): void;
  failed(): void;
}

/**
 * Delivers audit entries to the office's `POST /internal/audit`, signed with SUBGRAPH_SECRET as
 * the gateway's audit writer, every `intervalMs` or as soon as `batchSize` wait, and keeps sending
 * while entries wait. Memory holds at most `maxBuffer` entries: when the office is unreachable, or
 * falls that far behind, everything pending goes to append-only files in `spillDir` and new entries
 * follow it there; once deliveries succeed the files are replayed in order (at start too, for files
 * an earlier run left) and memory takes over again when they are empty. Nothing is dropped while
 * the disk takes writes. Entries carry their own ids, so a delivery repeated after a lost answer or
 * a crash is recorded once.
 */
export class HttpAuditSink implements AuditSink {
  readonly url: string;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly batchBytes: number;
  private readonly maxBuffer: number;
  private readonly maxBackoffMs: number;
  private readonly timeoutMs: number;
  private readonly log: Log;
  private readonly spill: SpillStore;
  /** In memory: the newest entries while nothing is spilled (the disk is empty); empty while spilling. */
  private buffer: AuditEntry[] = [];
  private spilling: boolean;
  /** The spill segment being replayed and how many of its entries were delivered. */
  private replay: { seq: number; entries: AuditEntry[]; done: number } | null = null;
  private memoryInFlight = 0;
  private busy: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private failures = 0;
  private retryAt = 0;
  private stopped = false;
  /** Entries lost: recorded after stop(), or neither delivered nor written to disk (a disk error). */
  dropped = 0;
  delivered = 0;

  /** `officeUrl`: the office subgraph's URL (its /graphql URL will do: only the origin is used). */
  constructor(officeUrl: string, private readonly secret: string, opts: HttpAuditSinkOptions = {}) {
    this.url = new URL(AUDIT_PATH, officeUrl).toString();
    this.intervalMs = opts.intervalMs ?? 500;
    this.batchSize = opts.batchSize ?? 100;
    this.batchBytes = opts.batchBytes ?? 1024 * 1024;
    this.maxBuffer = opts.maxBuffer ?? 10_000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 30_000;
    this.timeoutMs = opts.timeoutMs ?? 5_000;
    this.log = opts.logger ?? kitLogger;
    this.spill = SpillStore.open(opts.spillDir, this.log, opts.segmentEntries);
    this.spilling = !this.spill.empty;
    if (this.spilling) this.log.warn({ pending: this.spill.count, dir: this.spill.dir }, "audit entries spilled by an earlier run: replaying them first");
    this.timer = setInterval(() => this.kick(), this.intervalMs);
    this.timer.unref();
  }

  /** Entries not yet delivered (in memory, on disk, being sent). */
  get pending(): number {
    return this.buffer.length + this.memoryInFlight + this.spill.count - (this.replay?.done ?? 0);
  }

  /** Entries waiting on disk. */
  get spilled(): number {
    return this.spill.count - (this.replay?.done ?? 0);
  }

  get spillDir(): string {
    return this.spill.dir;
  }

  record(entry: AuditEntry): void {
    if (this.stopped) {
      this.log.error({ auditEntry: entry.id }, "audit sink is stopped: entry lost");
      this.dropped++;
      return;
    }
    const fitted = fitEntry(entry);
    if (this.spilling) return this.toDisk([fitted], "append");
    this.buffer.push(fitted);
    if (this.buffer.length >= this.maxBuffer) {
      this.log.warn({ pending: this.pending, dir: this.spill.dir }, "audit deliveries behind: spilling to disk");
      this.spilling = true;
      this.toDisk(this.buffer.splice(0), "append");
    }
    if (this.buffer.length >= this.batchSize || this.spilling) this.kick();
  }

  async flush(): Promise<void> {
    while (this.busy) await this.busy;
    await this.run(true);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await this.flush();
    if (this.buffer.length) this.toDisk(this.buffer.splice(0), this.spilling ? "prepend" : "append");
    if (this.pending) this.log.warn({ pending: this.pending, dir: this.spill.dir }, "audit entries not delivered before shutdown: kept on disk for the next start");
    this.spill.close();
  }

  /** Starts a delivery unless one is under way or the office is being given time to recover. */
  private kick(): void {
    if (!this.busy && this.pending && Date.now() >= this.retryAt) void this.run(false);
  }

  private run(force: boolean): Promise<void> {
    const run = this.drain(force).finally(() => {
      if (this.busy === run) this.busy = null;
    });
    this.busy = run;
    return run;
  }

  /** Sends batches, oldest first, until nothing is pending or a delivery fails. */
  private async drain(force: boolean): Promise<void> {
    while (force || Date.now() >= this.retryAt) {
      const batch = this.next();
      if (!batch) return;
      if (!(await this.send(batch.entries))) return batch.failed();
      batch.delivered();
    }
  }

  /** The oldest pending entries: from memory, or while spilling from the oldest segment on disk. */
  private next(): Batch | null {
    if (!this.spilling) {
      if (!this.buffer.length) return null;
      const entries = this.take(this.buffer, 0);
      this.buffer.splice(0, entries.length);
      this.memoryInFlight = entries.length;
      return {
        entries,
        delivered: () => void (this.memoryInFlight = 0),
        failed: () => {
          this.memoryInFlight = 0;
          // older than anything on disk: before it, and memory follows it there
          if (this.spilling) this.toDisk(entries, "prepend");
          else {
            this.spilling = true;
            this.toDisk([...entries, ...this.buffer.splice(0)], "append");
          }
        },
      };
    }
    if (!this.replay) {
      const segment = this.spill.oldest();
      if (!segment) {
        this.spilling = false; // disk empty: memory takes over
        this.log.info({ url: this.url }, "audit spill replayed: delivering from memory again");
        return this.next();
      }
      this.replay = { ...segment, done: 0 };
    }
    const replay = this.replay;
    if (replay.done >= replay.entries.length) {
      this.spill.remove(replay.seq);
      this.replay = null;
      return this.next();
    }
    const entries = this.take(replay.entries, replay.done);
    return { entries, delivered: () => void (replay.done += entries.length), failed: () => {} };
  }

  /** Up to `batchSize` entries from `from`, at most `batchBytes` of JSON (always at least one). */
  private take(list: AuditEntry[], from: number): AuditEntry[] {
    let bytes = 0;
    let end = from;
    while (end < list.length && end - from < this.batchSize) {
      bytes += Buffer.byteLength(JSON.stringify(list[end]));
      if (end > from && bytes > this.batchBytes) break;
      end++;
    }
    return list.slice(from, end);
  }

  private toDisk(entries: AuditEntry[], where: "append" | "prepend"): void {
    try {
      this.spill[where](entries);
    } catch (err) {
      this.dropped += entries.length;
      this.log.error({ err, lost: entries.length, dir: this.spill.dir }, "audit entries could not be written to the spill directory: lost");
    }
  }

  /** One delivery; false when it failed (the office is unreachable, down, or refused it): the entries are kept. */
  private async send(batch: AuditEntry[]): Promise<boolean> {
    const body = JSON.stringify({ entries: batch });
    let status: number;
    let answer: { errors?: Array<{ message?: string }> } = {};
    try {
      const res = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...signRequest(this.secret, encodeIdentity(AUDIT_WRITER), body) },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = res.status;
      answer = (await res.json().catch(() => ({}))) as typeof answer;
    } catch (e) {
      return this.failed({ err: e }, "office unreachable");
    }
    if (status >= 200 && status < 300) {
      if (this.failures) this.log.info({ url: this.url, after: this.failures }, "audit delivery resumed");
      this.failures = 0;
      this.retryAt = 0;
      this.delivered += batch.length;
      return true;
    }
    const why = status === 401 ? "office refused the gateway's signature (SUBGRAPH_SECRET?)" : status === 400 ? "office refused the delivery as malformed (versions out of step?)" : "office did not record audit entries";
    return this.failed({ status, reason: answer.errors?.[0]?.message }, why);
  }

  private failed(detail: Record<string, unknown>, message: string): false {
    this.failures++;
    const wait = Math.min(this.maxBackoffMs, this.intervalMs * 2 ** (this.failures - 1));
    this.retryAt = Date.now() + wait;
    this.log.warn({ ...detail, url: this.url, pending: this.pending, retryInMs: wait, failures: this.failures }, `audit delivery failed: ${message}`);
    return false;
  }
}
