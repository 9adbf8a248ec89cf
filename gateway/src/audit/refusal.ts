import { createHash, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Request } from "express";
import { getOperationAST, parse } from "graphql";
import { ANONYMOUS, type AuditEntry, type AuditOperationType } from "./entry";
import { redactVariables } from "./redact";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
export const upperType = (type: string | undefined | null) => (type ? (type.toUpperCase() as AuditOperationType) : null);

/** The `extensions.code` of a thrown error (a refusal), or INTERNAL_SERVER_ERROR. */
export const codeOf = (error: unknown) => {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === "string" ? code : "INTERNAL_SERVER_ERROR";
};

/** An entry for a request refused before it reached execution; the caller is anonymous unless given. */
export function refusedEntry(fields: Partial<Omit<AuditEntry, "at">> & { at: Date; started: number; errorCodes: string[] }): AuditEntry {
  const { at, started, ...rest } = fields;
  return {
    id: randomUUID(),
    sub: ANONYMOUS,
    agency: null,
    region: null,
    operationName: null,
    operationType: null,
    documentHash: null,
    variables: null,
    subgraphs: [],
    outcome: "REFUSED",
    clientAddress: null,
    ...rest,
    at: at.toISOString(),
    durationMs: performance.now() - started,
  };
}

/**
 * What can be read, without trusting it, from a request refused before Apollo Server parsed it: the
 * operation's name and type, the document's hash, the variables (redacted). A body not parsed (too
 * large, not JSON) gives nothing.
 */
export function describeRawRequest(req: Request): Pick<AuditEntry, "operationName" | "operationType" | "documentHash" | "variables"> {
  const raw: unknown = req.method === "GET" ? req.query : req.body;
  const source = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const query = typeof source.query === "string" ? source.query : null;
  let operationName = typeof source.operationName === "string" ? source.operationName : null;
  let variables: unknown = source.variables;
  if (typeof variables === "string") {
    try {
      variables = JSON.parse(variables);
    } catch {
      variables = null;
    }
  }
  let operationType: AuditOperationType | null = null;
  if (query) {
    try {
      // bounded: this caller may not be authenticated
      const operation = getOperationAST(parse(query, { noLocation: true, maxTokens: 5_000 }), operationName);
      operationType = upperType(operation?.operation);
      operationName ??= operation?.name?.value ?? null;
    } catch {
      /* an unparsable document keeps its hash only */
    }
  }
  return { operationName, operationType, documentHash: query === null ? null : sha256(query), variables: redactVariables(variables) };
}
