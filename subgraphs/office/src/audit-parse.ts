import { createHash } from "node:crypto";
import { Agency, SERVICE_MAP, escapeDeep, escapeText, hasUnstorableText, isAgency, isRegion, isUuid } from "@ipr/shared";
import { AUDIT_OPERATION_TYPES, AUDIT_OUTCOMES, type AuditEntry, type AuditOperationType, type AuditOutcome } from "./entities/audit-entry";

/** One delivery: up to this many entries (the gateway sends at most 500 at a time). */
export const MAX_ENTRIES = 1000;
const MAX_VARIABLES_BYTES = 64 * 1024;
/** `raw` of a quarantined entry is cut here (the body limit is 8 MB). */
const MAX_RAW_CHARS = 256 * 1024;

/** A delivery or entry refused for its content, with the path of the bad value. */
export class BadAuditEntry extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

/** A row of office.audit_entry as the ingest writes it: every column, so rows of one insert line up. */
export type AuditRow = Pick<
  AuditEntry,
  "id" | "at" | "sub" | "agency" | "region" | "operationName" | "operationType" | "documentHash" | "subgraphs" | "outcome" | "errorCodes" | "durationMs" | "clientAddress" | "escaped" | "quarantined" | "quarantineReason" | "raw"
> & { variables: Record<string, unknown> | null };

const SUBGRAPHS = new Set(Object.keys(SERVICE_MAP));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const bad = (field: string, message: string): never => {
  throw new BadAuditEntry(field, message);
};
const text = (max: number, nullable: boolean) => (v: unknown, field: string) =>
  v == null && nullable ? null : typeof v === "string" && v && v.length <= max ? v : bad(field, `must be a non-empty string of at most ${max} characters`);
const oneOf = <T extends string>(values: readonly T[], nullable: boolean) => (v: unknown, field: string) =>
  v == null && nullable ? null : values.includes(v as T) ? (v as T) : bad(field, `must be one of ${values.join(", ")}`);
const list = (max: number, valid: (item: unknown) => boolean) => (v: unknown, field: string) => {
  if (!Array.isArray(v) || v.length > max) bad(field, `must be a list of at most ${max} items`);
  (v as unknown[]).forEach((item, i) => valid(item) || bad(`${field}[${i}]`, "is not allowed here"));
  return [...new Set(v as string[])];
};
const variables = (v: unknown, field: string) => {
  if (v == null) return null;
  if (!isObject(v)) return bad(field, "must be an object or null");
  if (Buffer.byteLength(safeJson(v)) > MAX_VARIABLES_BYTES) bad(field, `must be at most ${MAX_VARIABLES_BYTES} bytes of JSON`);
  return v;
};

/** How each field of an entry (gateway/src/audit/entry.ts) is checked; the two sides share no code, so keep them in step. */
const FIELDS = {
  id: (v: unknown, field: string) => (typeof v === "string" && isUuid(v) ? v.toLowerCase() : bad(field, "must be a UUID")),
  at: (v: unknown, field: string) => {
    const at = typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : new Date(NaN);
    return Number.isNaN(at.getTime()) ? bad(field, "must be an ISO 8601 date-time") : at;
  },
  sub: (v: unknown, field: string) => text(200, false)(v, field) as string,
  agency: (v: unknown, field: string) => (v == null ? null : isAgency(v) ? (v as Agency) : bad(field, "must be a member agency or null")),
  region: (v: unknown, field: string) => (v == null ? null : isRegion(v, { allowNational: true }) ? (v as string) : bad(field, "must be a 6-digit region code or null")),
  operationName: text(200, true),
  operationType: oneOf<AuditOperationType>(AUDIT_OPERATION_TYPES, true),
  documentHash: (v: unknown, field: string) => (v == null ? null : typeof v === "string" && /^[0-9a-f]{64}$/.test(v) ? v : bad(field, "must be a SHA-256 in lowercase hex or null")),
  variables,
  subgraphs: list(SUBGRAPHS.size, (s) => typeof s === "string" && SUBGRAPHS.has(s)),
  outcome: oneOf<AuditOutcome>(AUDIT_OUTCOMES, false),
  errorCodes: list(50, (c) => typeof c === "string" && /^[A-Z][A-Z0-9_]{0,63}$/.test(c)),
  durationMs: (v: unknown, field: string) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2_147_483_647 ? (v as number) : bad(field, "must be a non-negative integer")),
  clientAddress: text(64, true),
  /** Set by the gateway when it escaped the entry's strings (see @ipr/shared storable-text). */
  escaped: (v: unknown, field: string) => (v == null ? false : typeof v === "boolean" ? v : bad(field, "must be a boolean")),
};
type Parsed = { [K in keyof typeof FIELDS]: ReturnType<(typeof FIELDS)[K]> };
const NAMES = Object.keys(FIELDS) as Array<keyof typeof FIELDS>;

/** Text columns and jsonb of a row that may carry a caller's text. */
const TEXTS = ["sub", "operationName", "clientAddress", "variables"] as const;

/** Checks one entry as the gateway sends it and turns it into a row; BadAuditEntry names the first bad value. */
export function parseAuditEntry(raw: unknown, path: string): AuditRow {
  if (!isObject(raw)) bad(path, "must be an object");
  const entry = raw as Record<string, unknown>;
  const unknown = Object.keys(entry).find((k) => !(k in FIELDS));
  if (unknown) bad(`${path}.${unknown}`, "is not a field of an audit entry");
  const p = Object.fromEntries(NAMES.map((name) => [name, FIELDS[name](entry[name], `${path}.${name}`)])) as Parsed;
  if ((p.agency == null) !== (p.region == null)) bad(`${path}.region`, "agency and region are given together (or both null, for anonymous callers)");
  const row: AuditRow = { ...p, quarantined: false, quarantineReason: null, raw: null };
  if (!TEXTS.some((k) => hasUnstorableText(row[k]))) return row;
  // an entry the gateway says it escaped cannot still hold such text
  if (row.escaped) bad(path, "is marked escaped but holds text PostgreSQL cannot store");
  return { ...row, ...escapeDeep(Object.fromEntries(TEXTS.map((k) => [k, row[k]]))), escaped: true };
}

/** JSON text of anything, or a note why there is none (too deep for JSON.stringify). */
export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "null";
  } catch (e) {
    return JSON.stringify({ "[unserialisable]": (e as Error).message });
  }
}

/**
 * The quarantined form of an entry that cannot be recorded as delivered: each field that passes its
 * check is kept (escaped and clipped to its column), the others are left empty; `raw` holds the
 * whole entry as escaped JSON text, `quarantineReason` why. Its id is the entry's, or one derived
 * from its content, so a redelivery is recorded once. Always storable.
 */
export function quarantine(raw: unknown, reason: string, receivedAt = new Date()): AuditRow {
  const json = safeJson(raw);
  const entry = isObject(raw) ? raw : {};
  const salvage = <K extends keyof typeof FIELDS>(name: K, fallback: Parsed[K]): Parsed[K] => {
    try {
      return FIELDS[name](entry[name], name) as Parsed[K];
    } catch {
      return fallback;
    }
  };
  const agency = salvage("agency", null);
  const region = salvage("region", null);
  const pair = (agency == null) === (region == null);
  const clip = (v: string | null, max: number) => (v == null ? null : escapeText(v).slice(0, max));
  return {
    id: salvage("id", derivedId(json)),
    at: salvage("at", receivedAt),
    sub: clip(salvage("sub", "unidentified"), 200)!,
    agency: pair ? agency : null,
    region: pair ? region : null,
    operationName: clip(salvage("operationName", null), 200),
    operationType: salvage("operationType", null),
    documentHash: salvage("documentHash", null),
    variables: null,
    subgraphs: salvage("subgraphs", []),
    outcome: salvage("outcome", null as never),
    errorCodes: salvage("errorCodes", []),
    durationMs: salvage("durationMs", null as never),
    clientAddress: clip(salvage("clientAddress", null), 64),
    escaped: true,
    quarantined: true,
    quarantineReason: escapeText(reason).slice(0, 500),
    raw: escapeText(json).slice(0, MAX_RAW_CHARS),
  };
}

/** A UUID (v4 layout) from the content, for an entry whose own id is unusable. */
function derivedId(json: string): string {
  const h = createHash("sha256").update(json).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * `{ entries: [...] }` → rows. A malformed delivery (not this shape, too many entries) is refused
 * with BadAuditEntry; a malformed entry is not: it becomes a quarantined row, so one bad entry
 * never costs the others their place in the trail.
 */
export function parseAuditDelivery(body: unknown): AuditRow[] {
  if (!isObject(body) || !Array.isArray(body.entries)) bad("entries", "send { entries: [...] }");
  const delivery = body as { entries: unknown[] };
  const extra = Object.keys(delivery).find((k) => k !== "entries");
  if (extra) bad(extra, "is not part of a delivery");
  if (delivery.entries.length > MAX_ENTRIES) bad("entries", `at most ${MAX_ENTRIES} entries per delivery`);
  return delivery.entries.map((e, i) => {
    try {
      return parseAuditEntry(e, `entries[${i}]`);
    } catch (error) {
      return quarantine(e, error instanceof BadAuditEntry ? error.message : `unreadable: ${(error as Error).message}`);
    }
  });
}
