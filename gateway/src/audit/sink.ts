import { encodeIdentity, logger as kitLogger, signRequest } from "@ipr/shared";
import { AUDIT_PATH, AUDIT_WRITER, fitEntry, type AuditEntry } from "./entry";

/** Where the plugin puts audit entries. `record` never blocks or throws: auditing must not fail a request. */
export interface AuditSink {
  record(entry: AuditEntry): void;
  /** Delivers everything buffered now; resolves when delivered or when a delivery failed (entries stay buffered). */
  flush(): Promise<void>;
  /** Stops the timer and flushes once more; what cannot be delivered then is logged as lost. */
  stop(): Promise<void>;
}

type Log = Pick<typeof kitLogger, "warn" | "error" | "info">;

export interface HttpAuditSinkOptions {
  /** How often buffered entries are sent (default 500 ms). */
  intervalMs?: number;
  /** Entries per delivery; a full batch is sent at once (default 100). */
  batchSize?: number;
  /** Entries kept while the office is unreachable; beyond it the oldest are dropped (default 10,000). */
  maxBuffer?: number;
  /** Longest wait between retries (default 30 s); waits double from `intervalMs`. */
  maxBackoffMs?: number;
  /** Timeout of one delivery (default 5 s). */
  timeoutMs?: number;
  logger?: Log;
}

/**
 * Buffers audit entries and delivers them to the office's `POST /internal/audit`, signed with
 * SUBGRAPH_SECRET as the gateway's audit writer, every `intervalMs` or as soon as `batchSize` are
 * waiting. While the office is down it retries with doubling waits and keeps at most `maxBuffer`
 * entries, dropping the oldest and logging how many. Entries carry their own ids, so a delivery
 * retried after a lost response is recorded once.
 */
export class HttpAuditSink implements AuditSink {
  readonly url: string;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly maxBuffer: number;
  private readonly maxBackoffMs: number;
  private readonly timeoutMs: number;
  private readonly log: Log;
  private buffer: AuditEntry[] = [];
  private inFlight = 0;
  private busy: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private failures = 0;
  private retryAt = 0;
  private droppedUnlogged = 0;
  private stopped = false;
  /** Entries dropped because the buffer was full or the office refused them as malformed. */
  dropped = 0;
  delivered = 0;

  /** `officeUrl`: the office subgraph's URL (its /graphql URL will do: only the origin is used). */
  constructor(officeUrl: string, private readonly secret: string, opts: HttpAuditSinkOptions = {}) {
    this.url = new URL(AUDIT_PATH, officeUrl).toString();
    this.intervalMs = opts.intervalMs ?? 500;
    this.batchSize = opts.batchSize ?? 100;
    this.maxBuffer = opts.maxBuffer ?? 10_000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 30_000;
    this.timeoutMs = opts.timeoutMs ?? 5_000;
    this.log = opts.logger ?? kitLogger;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  /** Entries not yet delivered (buffered or being sent). */
  get pending(): number {
    return this.buffer.length + this.inFlight;
  }

  record(entry: AuditEntry): void {
    if (this.stopped) {
      this.log.error({ auditEntry: entry.id }, "audit sink is stopped: entry lost");
      this.dropped++;
      return;
    }
    this.buffer.push(fitEntry(entry));
    this.bound();
    if (this.buffer.length >= this.batchSize) this.kick();
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
    this.logDropped();
    if (this.buffer.length) this.log.error({ lost: this.buffer.length, url: this.url }, "audit entries could not be delivered before shutdown");
  }

  private tick(): void {
    this.logDropped();
    this.kick();
  }

  /** Starts a delivery unless one is under way or the office is being given time to recover. */
  private kick(): void {
    if (!this.busy && this.buffer.length && Date.now() >= this.retryAt) void this.run(false);
  }

  private run(force: boolean): Promise<void> {
    const run = this.drain(force).finally(() => {
      if (this.busy === run) this.busy = null;
    });
    this.busy = run;
    return run;
  }

  /** Sends batches until the buffer is empty or a delivery fails. */
  private async drain(force: boolean): Promise<void> {
    while (this.buffer.length && (force || Date.now() >= this.retryAt)) {
      const batch = this.buffer.splice(0, this.batchSize);
      this.inFlight = batch.length;
      try {
        if (!(await this.send(batch))) return;
      } finally {
        this.inFlight = 0;
      }
    }
  }

  /** One delivery; false when it failed and the batch went back to the front of the buffer. */
  private async send(batch: AuditEntry[]): Promise<boolean> {
    const body = JSON.stringify({ entries: batch });
    let status: number;
    let answer: { errors?: Array<{ message?: string; extensions?: { field?: string } }> } = {};
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
      return this.failed(batch, { err: e }, "office unreachable");
    }
    if (status >= 200 && status < 300) {
      if (this.failures) this.log.info({ url: this.url, after: this.failures }, "audit delivery resumed");
      this.failures = 0;
      this.retryAt = 0;
      this.delivered += batch.length;
      return true;
    }
    if (status === 400) {
      // the office names the first bad entry: drop it, send the rest; a batch it cannot place is dropped whole
      const error = answer.errors?.[0];
      const index = Number(/^entries\[(\d+)\]/.exec(error?.extensions?.field ?? "")?.[1] ?? NaN);
      const bad = Number.isInteger(index) && index < batch.length ? [batch[index]] : batch;
      this.dropped += bad.length;
      this.log.error({ url: this.url, dropped: bad.length, reason: error?.message, ids: bad.slice(0, 5).map((e) => e.id) }, "office refused audit entries as malformed: dropped");
      this.buffer.unshift(...batch.filter((e) => !bad.includes(e)));
      return true;
    }
    return this.failed(batch, { status, reason: answer.errors?.[0]?.message }, status === 401 ? "office refused the gateway's signature (SUBGRAPH_SECRET?)" : "office did not record audit entries");
  }

  private failed(batch: AuditEntry[], detail: Record<string, unknown>, message: string): false {
    this.buffer.unshift(...batch);
    this.bound();
    this.failures++;
    const wait = Math.min(this.maxBackoffMs, this.intervalMs * 2 ** (this.failures - 1));
    this.retryAt = Date.now() + wait;
    this.log.warn({ ...detail, url: this.url, pending: this.buffer.length, retryInMs: wait, failures: this.failures }, `audit delivery failed: ${message}`);
    return false;
  }

  /** Keeps the newest `maxBuffer` entries. */
  private bound(): void {
    const over = this.buffer.length - this.maxBuffer;
    if (over <= 0) return;
    this.buffer.splice(0, over);
    this.dropped += over;
    this.droppedUnlogged += over;
  }

  /** Drops are logged at most once a tick, with their count, so an outage does not flood the log. */
  private logDropped(): void {
    if (!this.droppedUnlogged) return;
    this.log.error({ dropped: this.droppedUnlogged, droppedTotal: this.dropped, maxBuffer: this.maxBuffer, url: this.url }, "audit buffer full: oldest entries dropped");
    this.droppedUnlogged = 0;
  }
}
