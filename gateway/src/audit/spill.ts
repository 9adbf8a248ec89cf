import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AuditEntry } from "./entry";

type Log = { warn(o: object, m: string): void; error(o: object, m: string): void };

const SEGMENT = /^audit-(-?\d+)\.jsonl$/;
const LOCK = "gateway.lock";
/** Spill directories this process holds: two sinks must not replay (and delete) each other's segments. */
const held = new Set<string>();

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Audit entries the office could not take yet, on local disk: append-only JSON-lines segments
 * (`audit-<seq>.jsonl`, one entry a line), read back oldest first and deleted only once every entry
 * in them was delivered. A crash mid-segment replays it again, which the office records once (the
 * entries carry their ids). One gateway per directory: a lock file holds the owner's pid.
 */
export class SpillStore {
  private segments: number[] = [];
  /** Lines in each segment (a torn one included), so removing a segment takes off what it counted. */
  private readonly lineCounts = new Map<number, number>();
  /** The segment appends go to; closed (null) once replay reaches it. */
  private active: number | null = null;
  private activeLines = 0;
  /** Entries in the segments on disk. */
  count = 0;

  private constructor(readonly dir: string, private readonly temporary: boolean, private readonly segmentEntries: number, private readonly log: Log) {}

  /** Opens (creating) `dir`, or a fresh temporary directory when none is given: then nothing survives a restart. */
  static open(dir: string | undefined, log: Log, segmentEntries = 1000): SpillStore {
    const path = dir ?? mkdtempSync(join(tmpdir(), "ipr-audit-spill-"));
    mkdirSync(path, { recursive: true });
    const store = new SpillStore(path, !dir, segmentEntries, log);
    store.lock();
    store.segments = readdirSync(path).map((f) => SEGMENT.exec(f)?.[1]).filter((s): s is string => !!s).map(Number).sort((a, b) => a - b);
    for (const seq of store.segments) store.lineCounts.set(seq, store.lines(seq).length);
    store.count = [...store.lineCounts.values()].reduce((a, b) => a + b, 0);
    return store;
  }

  get empty(): boolean {
    return this.segments.length === 0;
  }

  /** Appends after everything on disk. */
  append(entries: AuditEntry[]): void {
    if (!entries.length) return;
    if (this.active === null || this.activeLines >= this.segmentEntries) {
      this.active = (this.segments.at(-1) ?? 0) + 1;
      this.segments.push(this.active);
      this.activeLines = 0;
    }
    appendFileSync(this.file(this.active), entries.map((e) => `${JSON.stringify(e)}\n`).join(""));
    this.activeLines += entries.length;
    this.lineCounts.set(this.active, (this.lineCounts.get(this.active) ?? 0) + entries.length);
    this.count += entries.length;
  }

  /** Writes entries older than everything on disk (a failed delivery taken from memory). */
  prepend(entries: AuditEntry[]): void {
    if (!entries.length) return;
    const seq = (this.segments[0] ?? 1) - 1;
    writeFileSync(this.file(seq), entries.map((e) => `${JSON.stringify(e)}\n`).join(""), { flag: "wx" });
    this.segments.unshift(seq);
    this.lineCounts.set(seq, entries.length);
    this.count += entries.length;
  }

  /** The oldest segment's entries; appends move on to a new segment if this was the one being written. */
  oldest(): { seq: number; entries: AuditEntry[] } | null {
    const seq = this.segments[0];
    if (seq === undefined) return null;
    if (seq === this.active) this.active = null;
    const entries: AuditEntry[] = [];
    for (const line of this.lines(seq)) {
      try {
        entries.push(JSON.parse(line) as AuditEntry);
      } catch {
        // only the last line of a segment, written when the process died, can be torn
        this.log.error({ file: this.file(seq), line: line.slice(0, 200) }, "torn line in an audit spill segment: skipped");
      }
    }
    return { seq, entries };
  }

  /** Deletes a segment every entry of which was delivered. */
  remove(seq: number): void {
    unlinkSync(this.file(seq));
    this.segments = this.segments.filter((s) => s !== seq);
    this.count -= this.lineCounts.get(seq) ?? 0;
    this.lineCounts.delete(seq);
  }

  /** Gives up the directory (a temporary one, if empty, is deleted). */
  close(): void {
    held.delete(this.dir);
    rmSync(join(this.dir, LOCK), { force: true });
    if (this.temporary && this.empty) rmSync(this.dir, { recursive: true, force: true });
  }

  private file(seq: number) {
    return join(this.dir, `audit-${seq}.jsonl`);
  }

  private lines(seq: number): string[] {
    return readFileSync(this.file(seq), "utf8").split("\n").filter((l) => l.length > 0);
  }

  private lock(): void {
    const file = join(this.dir, LOCK);
    if (held.has(this.dir)) throw new Error(`audit spill directory ${this.dir} is in use by another gateway in this process: give each its own AUDIT_SPILL_DIR`);
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = Number(readFileSync(file, "utf8"));
      if (owner !== process.pid && alive(owner)) throw new Error(`audit spill directory ${this.dir} is in use by process ${owner}: give each gateway its own AUDIT_SPILL_DIR`);
      this.log.warn({ dir: this.dir, owner }, "audit spill directory left by a process that is gone: taken over");
      writeFileSync(file, String(process.pid));
    }
    held.add(this.dir);
  }
}
