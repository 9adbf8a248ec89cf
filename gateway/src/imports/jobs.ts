import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import { logger, type Identity, type RegisteredImport } from "@ipr/shared";
import type { GatewayContext } from "../data-source";
import { columnOf, type ParsedRow, type RowError } from "./rows";
import type { ImportColumn } from "./columns";

/** Rows per stage call: a few hundred kilobytes, well under a subgraph's body limit. */
const CHUNK = 500;
const POLL_MS = 250;
/** A finished job is kept this long for its caller to read. */
const KEEP_MS = 3600_000;

export type JobStatus = "STAGING" | "WRITING" | "DONE" | "FAILED";

export interface ImportJob {
  id: string;
  type: string;
  owner: { sub: string; agency: string };
  status: JobStatus;
  dryRun: boolean;
  rowsTotal: number;
  /** Rows staged (STAGING), then rows checked by the owning agency (WRITING) */
  rowsDone: number;
  written: boolean;
  created: number;
  unchanged: number;
  errors: RowError[];
  failure?: string;
  finishedAt?: number;
}

const jobs = new Map<string, ImportJob>();

/** The caller's own job, or undefined (another caller's job reads as absent). */
export function jobOf(id: string, identity: Identity): ImportJob | undefined {
  const job = jobs.get(id);
  return job && job.owner.sub === identity.sub && job.owner.agency === identity.agency ? job : undefined;
}

interface Batch { id: string; status: string; rowsDone: number; written: boolean; created: number; unchanged: number; failure: string | null; errors: Array<{ row: number; field: string | null; code: string; message: string }> }
const BATCH = "id status rowsDone written created unchanged failure errors { row field code message }";

class JobFailure extends Error {}

async function call(server: ApolloServer<GatewayContext>, identity: Identity, query: string, variables: Record<string, unknown>) {
  const response = await server.executeOperation<Record<string, Batch | null>>({ query, variables }, { contextValue: { identity } });
  if (response.body.kind !== "single") throw new JobFailure("unexpected incremental response");
  return response.body.singleResult;
}

/** The index of the staged chunk's row an error names (`rows[12].description`), when it names one. */
const rowIndexOf = (error: { message: string; extensions?: Record<string, unknown> }): number | null => {
  const field = typeof error.extensions?.field === "string" ? error.extensions.field : error.message;
  const m = /rows\[(\d+)\]/.exec(field);
  return m ? Number(m[1]) : null;
};

/**
 * Stages the rows in chunks with the caller's identity through the federated API (each chunk through
 * the agency's input guard: a refused row is reported and left out, and the chunk staged again), then
 * commits the batch (the agency writes it in ONE transaction, or nothing) and follows its progress.
 */
async function run(server: ApolloServer<GatewayContext>, identity: Identity, spec: RegisteredImport, columns: ImportColumn[], rows: ParsedRow[], job: ImportJob) {
  const stage = `mutation($batch: ID, $rows: [${spec.input}!]!, $rowNumbers: [Int!]!) { b: stage${spec.stem}Import(batch: $batch, rows: $rows, rowNumbers: $rowNumbers) { ${BATCH} } }`;
  let batch: string | null = null;
  for (let start = 0; start < rows.length || batch === null; start += CHUNK) {
    let chunk = rows.slice(start, start + CHUNK);
    for (;;) {
      const { data, errors } = await call(server, identity, stage, { batch, rows: chunk.map((r) => r.input), rowNumbers: chunk.map((r) => r.number) });
      if (!errors?.length && data?.b) {
        batch = data.b.id;
        break;
      }
      const index = errors?.length ? rowIndexOf(errors[0]) : null;
      if (index === null || !chunk[index]) throw new JobFailure(errors?.[0]?.message ?? "staging failed");
      const field = typeof errors![0].extensions?.field === "string" ? errors![0].extensions.field.replace(/^rows\[\d+\]\.?/, "") : null;
      const column = columnOf(columns, field);
      job.errors.push({ row: chunk[index].number, column: column?.heading ?? null, field: column?.path ?? field, code: String(errors![0].extensions?.code ?? "BAD_USER_INPUT"), message: errors![0].message });
      chunk = chunk.filter((_, i) => i !== index);
    }
    job.rowsDone = Math.min(rows.length, start + CHUNK);
  }
  job.status = "WRITING";
  job.rowsDone = 0;
  const commit = `mutation($batch: ID!, $dryRun: Boolean!) { b: commit${spec.stem}Import(batch: $batch, dryRun: $dryRun) { ${BATCH} } }`;
  const started = await call(server, identity, commit, { batch, dryRun: job.dryRun || job.errors.length > 0 });
  if (started.errors?.length) throw new JobFailure(started.errors[0].message);
  const follow = `query($id: ID!) { b: ${spec.stem[0].toLowerCase()}${spec.stem.slice(1)}Import(id: $id) { ${BATCH} } }`;
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const { data, errors } = await call(server, identity, follow, { id: batch });
    if (errors?.length || !data?.b) throw new JobFailure(errors?.[0]?.message ?? "the import is gone");
    const b = data.b;
    job.rowsDone = b.rowsDone;
    if (b.status === "FAILED") throw new JobFailure(b.failure ?? "the agency could not write the import");
    if (b.status !== "DONE") continue;
    const named = b.errors.map((e) => {
      const column = columnOf(columns, e.field);
      return { row: e.row, column: column?.heading ?? null, field: column?.path ?? e.field, code: e.code, message: e.message };
    });
    Object.assign(job, { written: b.written, created: b.created, unchanged: b.unchanged, errors: [...job.errors, ...named].sort((a, z) => a.row - z.row) });
    return;
  }
}

/** Starts an import job for the caller; it runs on in the background and is read with `jobOf`. */
export function startJob(server: ApolloServer<GatewayContext>, identity: Identity, spec: RegisteredImport, columns: ImportColumn[], parsed: { rows: ParsedRow[]; errors: RowError[] }, dryRun: boolean): ImportJob {
  for (const [id, old] of jobs) if (old.finishedAt && Date.now() - old.finishedAt > KEEP_MS) jobs.delete(id);
  const job: ImportJob = {
    id: randomUUID(), type: spec.name, owner: { sub: identity.sub, agency: identity.agency }, status: "STAGING", dryRun,
    rowsTotal: parsed.rows.length + new Set(parsed.errors.map((e) => e.row)).size, rowsDone: 0, written: false, created: 0, unchanged: 0, errors: [...parsed.errors],
  };
  jobs.set(job.id, job);
  run(server, identity, spec, columns, parsed.rows, job)
    .then(() => (job.status = "DONE"))
    .catch((e: Error) => {
      if (!(e instanceof JobFailure)) logger.error({ err: e, job: job.id }, "import job failed");
      Object.assign(job, { status: "FAILED", written: false, failure: e.message });
    })
    .finally(() => (job.finishedAt = Date.now()));
  return job;
}
