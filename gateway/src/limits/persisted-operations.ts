import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { NextFunction, Request, Response } from "express";
import { parse } from "graphql";
import type { Identity } from "@ipr/shared";
import type { PersistedOperationSettings } from "../config";
import { sendRefusal } from "./errors";

/** SHA-256 (hex) of a document's exact text, as Apollo's APQ `sha256Hash`. */
export const documentHash = (document: string) => createHash("sha256").update(document, "utf8").digest("hex");

export interface PersistedOperations {
  /** Hash → document */
  readonly documents: ReadonlyMap<string, string>;
  /** Does the manifest bind this caller (everyone, or only the configured roles)? */
  appliesTo(identity: Identity): boolean;
}

/**
 * Reads the manifest: `{ "<sha256 hex>": "<document>", … }` (each key checked against its document),
 * an array of documents (hashed here), or Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`, ids being
 * the SHA-256 of the bodies). Every document must parse. A bad manifest stops the gateway at start.
 */
export function loadPersistedOperations(settings: PersistedOperationSettings & { file: string }): PersistedOperations {
  const where = `PERSISTED_OPERATIONS_FILE ${settings.file}`;
  const raw: unknown = JSON.parse(readFileSync(settings.file, "utf8"));
  const documents = new Map<string, string>();
  const add = (document: unknown, claimedHash?: string) => {
    if (typeof document !== "string" || !document.trim()) throw new Error(`${where}: every operation must be a non-empty document string`);
    const hash = documentHash(document);
    if (claimedHash !== undefined && claimedHash.toLowerCase() !== hash)
      throw new Error(`${where}: ${claimedHash} is not the SHA-256 of its document (that is ${hash})`);
    try {
      parse(document);
    } catch (e) {
      throw new Error(`${where}: operation ${hash} does not parse: ${(e as Error).message}`);
    }
    documents.set(hash, document);
  };
  if (Array.isArray(raw)) raw.forEach((document) => add(document));
  else if (raw && typeof raw === "object" && (raw as { format?: unknown }).format === "apollo-persisted-query-manifest") {
    const operations = (raw as { operations?: unknown }).operations;
    if (!Array.isArray(operations)) throw new Error(`${where}: "operations" must be a list`);
    for (const op of operations as Array<{ id?: unknown; body?: unknown }>) add(op?.body, typeof op?.id === "string" ? op.id : undefined);
  } else if (raw && typeof raw === "object") {
    for (const [hash, document] of Object.entries(raw)) add(document, hash);
  } else throw new Error(`${where}: expected an object of hash → document, or a list of documents`);
  const roles = new Set(settings.roles);
  return {
    documents,
    appliesTo: (identity) => roles.size === 0 || identity.roles.some((role) => roles.has(role)),
  };
}

/** The store behind Apollo Server's APQ (its `KeyValueCache`). */
export interface QueryCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/**
 * Apollo Server's APQ cache: a `persistedQuery.sha256Hash` without the text resolves to the
 * manifest's document (for every caller, and over GET: that is how BI tools and HTTP caches fetch
 * trusted documents). Without `registered` (a manifest is in force) nothing else can be registered;
 * with it (no manifest configured: the console's saved operations are still known by hash), ad-hoc
 * APQ registers there as before.
 */
export function manifestQueryCache(operations: PersistedOperations, registered?: QueryCache): QueryCache {
  // Apollo Server prefixes its keys (`apq:`); the hash is what follows the last colon
  const hashOf = (key: string) => key.slice(key.lastIndexOf(":") + 1).toLowerCase();
  return {
    async get(key) {
      return operations.documents.get(hashOf(key)) ?? (await registered?.get(key));
    },
    async set(key, value, options) {
      await registered?.set(key, value, options);
    },
    async delete(key) {
      return (await registered?.delete(key)) ?? false;
    },
  };
}

type OperationRequest = { query?: unknown; extensions?: unknown };

/** Why this request may not run for a caller bound by the manifest, or null when it may. */
function refusalOf(operations: PersistedOperations, request: OperationRequest | null): string | null {
  if (!request || typeof request !== "object") return null; // Apollo Server refuses a malformed request
  if (typeof request.query === "string") {
    return operations.documents.has(documentHash(request.query)) ? null : "this document is not one of the persisted operations; send a registered document or its sha256Hash";
  }
  let extensions = request.extensions;
  if (typeof extensions === "string") {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return "extensions is not valid JSON";
    }
  }
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  if (hash !== undefined) {
    // an unknown hash alone resolves to nothing: Apollo Server answers PERSISTED_QUERY_NOT_FOUND (the manifest cache registers nothing)
    return typeof hash === "string" ? null : "extensions.persistedQuery.sha256Hash must be a string";
  }
  return null; // neither text nor hash: Apollo Server refuses it
}

/**
 * Express middleware after authentication: a caller bound by the manifest may run only its
 * documents, sent in full (the hash of the exact text is checked) or as APQ's
 * `extensions.persistedQuery.sha256Hash` alone (an unknown hash gets Apollo's PERSISTED_QUERY_NOT_FOUND, as
 * for anyone). Any other document: 400 PERSISTED_QUERY_NOT_ALLOWED, before it is parsed.
 */
export function enforcePersistedOperations(operations: PersistedOperations) {
  return (req: Request, res: Response, next: NextFunction) => {
    const identity = res.locals.identity as Identity | undefined;
    if (!identity || !operations.appliesTo(identity)) return next();
    let requests: OperationRequest[];
    if (req.method === "GET" || req.method === "HEAD") {
      // read the query string exactly as Apollo Server will (URLSearchParams, each parameter once)
      const params = new URL(req.originalUrl, "http://gateway").searchParams;
      if (params.getAll("query").length > 1 || params.getAll("extensions").length > 1)
        return sendRefusal(res, 400, "PERSISTED_QUERY_NOT_ALLOWED", "give query and extensions at most once");
      requests = [{ query: params.get("query") ?? undefined, extensions: params.get("extensions") ?? undefined }];
    } else requests = Array.isArray(req.body) ? req.body : [req.body];
    for (const request of requests) {
      const why = refusalOf(operations, request);
      if (why) return sendRefusal(res, 400, "PERSISTED_QUERY_NOT_ALLOWED", why);
    }
    next();
  };
}
