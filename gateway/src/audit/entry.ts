import { escapeDeep, escapeText, hasUnstorableText } from "@ipr/shared";
import { MAX_VARIABLES_BYTES } from "./redact";

/**
 * One audited request as the gateway delivers it to the office (`POST /internal/audit`, checked by
 * subgraphs/office/src/audit-ingest.ts; the two sides share no code, so keep them in step).
 */
export interface AuditEntry {
  /** Assigned here, so a retried delivery is recorded once. */
  id: string;
  /** ISO 8601: when the request reached the gateway. */
  at: string;
  /** The token subject, or "anonymous" when the request carried no valid token. */
  sub: string;
  agency: string | null;
  region: string | null;
  operationName: string | null;
  operationType: AuditOperationType | null;
  /** SHA-256 (hex) of the GraphQL document text. */
  documentHash: string | null;
  /** Personal data already redacted (see redact.ts). */
  variables: Record<string, unknown> | null;
  /** The subgraphs the query plan called. */
  subgraphs: string[];
  outcome: AuditOutcome;
  errorCodes: string[];
  durationMs: number;
  clientAddress: string | null;
  /** Set when the entry held text PostgreSQL cannot store (NUL, unpaired surrogates): then every string of it is escaped (@ipr/shared `escapeText`). */
  escaped?: boolean;
}

export type AuditOutcome = "SUCCESS" | "PARTIAL" | "ERROR" | "REFUSED";
export type AuditOperationType = "QUERY" | "MUTATION" | "SUBSCRIPTION";

/** The subject recorded for requests refused before a caller was known. */
export const ANONYMOUS = "anonymous";

/**
 * The gateway's own identity when it delivers audit entries. The office accepts it only on its
 * internal audit route; the gateway never signs it for a client's request.
 */
import { AUDIT_WRITER } from "@ipr/shared";
export { AUDIT_WRITER };
export const AUDIT_PATH = "/internal/audit";

const clip = (value: string | null | undefined, max: number) => (value == null || value === "" ? null : value.slice(0, max));

/** Error codes as the office accepts them (`^[A-Z][A-Z0-9_]{0,63}$`), so one odd code cannot get a whole batch refused. */
export const normaliseCode = (code: string) => {
  const upper = code.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  return (/^[A-Z]/.test(upper) ? upper : `E_${upper}`).slice(0, 64);
};

/**
 * An entry PostgreSQL can store as it is: when any of its strings holds NUL or an unpaired
 * surrogate, every string is escaped and the entry marked `escaped`, so the hostile text is kept,
 * readable, and cannot get the delivery refused.
 */
export function storableEntry(entry: AuditEntry): AuditEntry {
  const { sub, operationName, clientAddress, variables } = entry;
  if (![sub, operationName, clientAddress, variables].some(hasUnstorableText)) return entry;
  const escaped = escapeDeep(variables);
  const bytes = escaped ? Buffer.byteLength(JSON.stringify(escaped)) : 0;
  return {
    ...entry,
    sub: escapeText(sub),
    operationName: operationName && escapeText(operationName),
    clientAddress: clientAddress && escapeText(clientAddress),
    variables: bytes > MAX_VARIABLES_BYTES ? { "[truncated]": `${bytes} bytes of variables` } : escaped,
    escaped: true,
  };
}

/** Fits an entry to the office's limits (storable text, lengths, codes), leaving its meaning alone. */
export function fitEntry(original: AuditEntry): AuditEntry {
  const entry = storableEntry(original);
  return {
    ...entry,
    sub: entry.sub.slice(0, 200) || ANONYMOUS,
    operationName: clip(entry.operationName, 200),
    clientAddress: clip(entry.clientAddress, 64),
    subgraphs: [...new Set(entry.subgraphs)].sort(),
    errorCodes: [...new Set(entry.errorCodes.map(normaliseCode))].slice(0, 50),
    durationMs: Math.max(0, Math.min(2_147_483_647, Math.round(entry.durationMs))),
  };
}
