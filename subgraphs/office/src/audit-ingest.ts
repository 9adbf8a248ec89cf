import type { IncomingMessage } from "node:http";
import {
  Agency, SERVICE_MAP, isAgency, isRegion, isUuid, logger, verifySignedRequest, type Database, type Identity, type SubgraphDefinition,
} from "@ipr/shared";
import { AUDIT_OPERATION_TYPES, AUDIT_OUTCOMES, AuditEntry, type AuditOperationType, type AuditOutcome } from "./entities/audit-entry";

/**
 * The gateway's own identity when it delivers audit entries. Only this route honours it: /graphql
 * treats it like any caller, and the gateway never forwards a client's request here (this is not
 * GraphQL and not in the supergraph), so a client cannot write the audit trail.
 */
import { AUDIT_WRITER } from "@ipr/shared";
export { AUDIT_WRITER };
export const AUDIT_PATH = "/internal/audit";

/** One delivery: up to this many entries (the gateway sends 100 at a time). */
export const MAX_ENTRIES = 1000;
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_VARIABLES_BYTES = 64 * 1024;

export const isAuditWriter = (who: Identity) =>
  who.sub === AUDIT_WRITER.sub && who.agency === AUDIT_WRITER.agency && who.region === AUDIT_WRITER.region && who.roles.includes("audit-writer");

/** A delivery refused for its content: 400 with the path of the first bad value. */
export class BadAuditEntry extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

type Row = Omit<AuditEntry, "variables"> & { variables: Record<string, unknown> | null };

const FIELDS = new Set([
  "id", "at", "sub", "agency", "region", "operationName", "operationType", "documentHash", "variables", "subgraphs", "outcome", "errorCodes",
  "durationMs", "clientAddress",
]);
const SUBGRAPHS = new Set(Object.keys(SERVICE_MAP));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function text(v: unknown, field: string, max: number, nullable: true): string | null;
function text(v: unknown, field: string, max: number, nullable?: false): string;
function text(v: unknown, field: string, max: number, nullable = false): string | null {
  if (v == null && nullable) return null;
  if (typeof v !== "string" || !v || v.length > max) throw new BadAuditEntry(field, `must be a non-empty string of at most ${max} characters`);
  return v;
}

function oneOf<T extends string>(v: unknown, field: string, values: readonly T[], nullable: boolean): T | null {
  if (v == null && nullable) return null;
  if (!values.includes(v as T)) throw new BadAuditEntry(field, `must be one of ${values.join(", ")}`);
  return v as T;
}

function list(v: unknown, field: string, max: number, valid: (item: unknown) => boolean): string[] {
  if (!Array.isArray(v) || v.length > max) throw new BadAuditEntry(field, `must be a list of at most ${max} items`);
  v.forEach((item, i) => {
    if (!valid(item)) throw new BadAuditEntry(`${field}[${i}]`, "is not allowed here");
  });
  return [...new Set(v as string[])];
}

/** Checks one entry as the gateway sends it (gateway/src/audit/entry.ts) and turns it into a row. */
export function parseAuditEntry(raw: unknown, path: string): Row {
  if (!isObject(raw)) throw new BadAuditEntry(path, "must be an object");
  const unknown = Object.keys(raw).find((k) => !FIELDS.has(k));
  if (unknown) throw new BadAuditEntry(`${path}.${unknown}`, "is not a field of an audit entry");
  const f = (name: string) => `${path}.${name}`;
  if (typeof raw.id !== "string" || !isUuid(raw.id)) throw new BadAuditEntry(f("id"), "must be a UUID");
  const at = typeof raw.at === "string" && /^\d{4}-\d{2}-\d{2}T/.test(raw.at) ? new Date(raw.at) : new Date(NaN);
  if (Number.isNaN(at.getTime())) throw new BadAuditEntry(f("at"), "must be an ISO 8601 date-time");
  if (raw.agency != null && !isAgency(raw.agency)) throw new BadAuditEntry(f("agency"), "must be a member agency or null");
  if (raw.region != null && !isRegion(raw.region, { allowNational: true })) throw new BadAuditEntry(f("region"), "must be a 6-digit region code or null");
  if ((raw.agency == null) !== (raw.region == null)) throw new BadAuditEntry(f("region"), "agency and region are given together (or both null, for anonymous callers)");
  if (raw.documentHash != null && !(typeof raw.documentHash === "string" && /^[0-9a-f]{64}$/.test(raw.documentHash)))
    throw new BadAuditEntry(f("documentHash"), "must be a SHA-256 in lowercase hex or null");
  if (raw.variables != null && !isObject(raw.variables)) throw new BadAuditEntry(f("variables"), "must be an object or null");
  if (raw.variables != null && Buffer.byteLength(JSON.stringify(raw.variables)) > MAX_VARIABLES_BYTES)
    throw new BadAuditEntry(f("variables"), `must be at most ${MAX_VARIABLES_BYTES} bytes of JSON`);
  if (!(Number.isInteger(raw.durationMs) && (raw.durationMs as number) >= 0 && (raw.durationMs as number) <= 2_147_483_647))
    throw new BadAuditEntry(f("durationMs"), "must be a non-negative integer");
  return {
    id: raw.id.toLowerCase(),
    at,
    sub: text(raw.sub, f("sub"), 200),
    agency: (raw.agency as Agency | null | undefined) ?? null,
    region: (raw.region as string | null | undefined) ?? null,
    operationName: text(raw.operationName, f("operationName"), 200, true),
    operationType: oneOf<AuditOperationType>(raw.operationType, f("operationType"), AUDIT_OPERATION_TYPES, true),
    documentHash: (raw.documentHash as string | null | undefined) ?? null,
    variables: (raw.variables as Record<string, unknown> | null | undefined) ?? null,
    subgraphs: list(raw.subgraphs, f("subgraphs"), SUBGRAPHS.size, (s) => typeof s === "string" && SUBGRAPHS.has(s)),
    outcome: oneOf<AuditOutcome>(raw.outcome, f("outcome"), AUDIT_OUTCOMES, false)!,
    errorCodes: list(raw.errorCodes, f("errorCodes"), 50, (c) => typeof c === "string" && /^[A-Z][A-Z0-9_]{0,63}$/.test(c)),
    durationMs: raw.durationMs as number,
    clientAddress: text(raw.clientAddress, f("clientAddress"), 64, true),
  };
}

/** `{ entries: [...] }` → rows, or BadAuditEntry naming the first bad value. */
export function parseAuditDelivery(body: unknown): Row[] {
  if (!isObject(body) || !Array.isArray(body.entries)) throw new BadAuditEntry("entries", "send { entries: [...] }");
  if (Object.keys(body).length !== 1) throw new BadAuditEntry(Object.keys(body).find((k) => k !== "entries")!, "is not part of a delivery");
  if (body.entries.length > MAX_ENTRIES) throw new BadAuditEntry("entries", `at most ${MAX_ENTRIES} entries per delivery`);
  return body.entries.map((e, i) => parseAuditEntry(e, `entries[${i}]`));
}

/** Appends rows in one statement; an entry already recorded (a retried or replayed delivery) is skipped. Returns how many were new. */
export async function appendAuditEntries(db: Database, rows: Row[]): Promise<number> {
  if (!rows.length) return 0;
  const em = db.orm.em.fork();
  const res = await em.createQueryBuilder(AuditEntry).insert(rows as never).onConflict("id").ignore().execute("run");
  return (res as { affectedRows?: number }).affectedRows ?? rows.length;
}

class TooLarge extends Error {}

async function rawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const refusal = (code: string, message: string, field?: string) => ({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

/**
 * `POST /internal/audit`: the gateway delivers audit entries, signed like any subgraph call with
 * SUBGRAPH_SECRET, as AUDIT_WRITER. 401 for anything not so signed, 400 for a malformed delivery
 * (nothing written), 200 `{ received, recorded }` otherwise.
 */
export const auditRoutes: NonNullable<SubgraphDefinition["routes"]> = (app, { db, secrets }) => {
  app.post(AUDIT_PATH, async (req, res) => {
    let body: Buffer;
    try {
      body = await rawBody(req);
    } catch (e) {
      if (e instanceof TooLarge) return void res.status(413).json(refusal("BAD_USER_INPUT", `at most ${MAX_BODY_BYTES} bytes per delivery`));
      throw e;
    }
    let who: Identity;
    try {
      who = verifySignedRequest(req.headers, body, secrets);
    } catch (e) {
      return void res.status(401).json(refusal("UNAUTHENTICATED", (e as Error).message));
    }
    if (!isAuditWriter(who)) return void res.status(401).json(refusal("UNAUTHENTICATED", "only the gateway's audit writer delivers audit entries"));
    let rows: Row[];
    try {
      rows = parseAuditDelivery(JSON.parse(body.toString("utf8")));
    } catch (e) {
      const field = e instanceof BadAuditEntry ? e.field : undefined;
      return void res.status(400).json(refusal("BAD_USER_INPUT", e instanceof SyntaxError ? "body is not JSON" : (e as Error).message, field));
    }
    try {
      const recorded = await appendAuditEntries(db, rows);
      res.json({ received: rows.length, recorded });
    } catch (e) {
      logger.error({ err: e }, "audit entries could not be recorded");
      res.status(503).json(refusal("SERVICE_UNAVAILABLE", "audit entries could not be recorded; retry"));
    }
  });
};
