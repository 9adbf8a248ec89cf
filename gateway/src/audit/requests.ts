import { performance } from "node:perf_hooks";
import type { NextFunction, Request, Response } from "express";
import { parseIdentityClaims, type Identity } from "@ipr/shared";
import { codeOf, describeRawRequest, refusedEntry } from "./refusal";
import type { AuditSink } from "./sink";

/** One HTTP request to /graphql as the audit follows it, kept in `res.locals.audit` and handed to the context. */
export interface HttpAuditState {
  at: Date;
  started: number;
  clientAddress: string | null;
  /** Set by the plugin once Apollo Server runs the operation: the plugin records it then. */
  recorded: boolean;
  /** The caller, once known. */
  identity?: Identity;
  /** Why the context could not be built, if it could not. */
  errorCodes?: string[];
}

/** Sinks that have an `auditRequests` middleware: the plugin leaves HTTP-level refusals to it. */
export const sinksWithRequestAudit = new WeakSet<AuditSink>();
/** Errors already recorded by `auditedContext`, so `contextCreationDidFail` does not record them twice. */
export const recordedRefusals = new WeakSet<object>();

const clientAddressOf = (req: Request) => req.ip ?? req.socket?.remoteAddress ?? null;

/** The caller an earlier middleware verified (`res.locals.identity`), if it is one. */
function verifiedCaller(res: Response, state: HttpAuditState): Identity | undefined {
  if (state.identity) return state.identity;
  const candidate = res.locals?.identity as Record<string, unknown> | undefined;
  if (!candidate || typeof candidate !== "object") return undefined;
  try {
    return parseIdentityClaims(candidate);
  } catch {
    return undefined;
  }
}

/** `extensions.code`s of a JSON error body (what every refusal of the gateway answers with). */
function codesOfBody(body: unknown): string[] {
  try {
    const text = Buffer.isBuffer(body) ? body.toString("utf8") : typeof body === "string" ? body : null;
    if (!text || text.length > 64 * 1024) return [];
    const errors = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors ?? [];
    return [...new Set(errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === "string"))];
  } catch {
    return [];
  }
}

const STATUS_CODES: Record<number, string> = { 400: "BAD_REQUEST", 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND", 405: "BAD_REQUEST", 413: "PAYLOAD_TOO_LARGE", 415: "BAD_REQUEST", 429: "RATE_LIMITED" };

/**
 * Express middleware, first on /graphql: records every request answered with an HTTP error before
 * Apollo Server ran it (refused by a middleware: body too large or not JSON, no or bad token, rate
 * limit, persisted operations; or by Apollo before execution: a bad request shape, CSRF protection,
 * a context that could not be built) as REFUSED, with the caller when one was verified ("anonymous"
 * otherwise), the codes of the error body, and what the request asked for as far as it was read.
 * Requests Apollo Server executes are recorded by `auditPlugin` instead, once each.
 */
export function auditRequests(sink: AuditSink) {
  sinksWithRequestAudit.add(sink);
  return (req: Request, res: Response, next: NextFunction) => {
    const state: HttpAuditState = { at: new Date(), started: performance.now(), clientAddress: clientAddressOf(req), recorded: false };
    res.locals.audit = state;
    let body: unknown;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      if (res.statusCode >= 400 && !state.recorded && typeof args[0] !== "function") body = args[0];
      return end(...args);
    }) as Response["end"];
    res.once("finish", () => {
      if (state.recorded || res.statusCode < 400) return;
      try {
        const caller = verifiedCaller(res, state);
        const codes = codesOfBody(body);
        sink.record(
          refusedEntry({
            at: state.at,
            started: state.started,
            clientAddress: state.clientAddress,
            errorCodes: codes.length ? codes : state.errorCodes ?? [STATUS_CODES[res.statusCode] ?? `HTTP_${res.statusCode}`],
            ...(caller ? { sub: caller.sub, agency: caller.agency, region: caller.region } : {}),
            ...describeRawRequest(req),
          }),
        );
      } catch {
        /* auditing never changes the answer */
      }
    });
    next();
  };
}

/**
 * Wraps the gateway's context function: puts the client's address (and the request's audit state)
 * in the context for the plugin. When the context cannot be built (no or bad token), the refusal
 * is recorded as REFUSED by "anonymous": by `auditRequests` when it is mounted, here otherwise.
 * Apollo Server runs no request hooks for such a request, and its `contextCreationDidFail` hook
 * sees only the error, hence the wrapper.
 */
export function auditedContext<A extends { req: Request; res?: Response }, C extends object>(
  sink: AuditSink,
  context: (args: A) => Promise<C>,
): (args: A) => Promise<C & { clientAddress: string | null; auditRequest?: HttpAuditState }> {
  return async (args) => {
    const state = args.res?.locals?.audit as HttpAuditState | undefined;
    const at = state?.at ?? new Date();
    const started = state?.started ?? performance.now();
    const clientAddress = state?.clientAddress ?? clientAddressOf(args.req);
    try {
      const value = await context(args);
      if (state && "identity" in value) state.identity = (value as { identity?: Identity }).identity;
      return Object.assign(value, { clientAddress, ...(state ? { auditRequest: state } : {}) });
    } catch (error) {
      try {
        if (state) state.errorCodes = [codeOf(error)]; // auditRequests records it when the 4xx goes out
        else sink.record(refusedEntry({ at, started, clientAddress, errorCodes: [codeOf(error)], ...describeRawRequest(args.req) }));
        if (error && typeof error === "object") recordedRefusals.add(error);
      } catch {
        /* auditing never changes the answer */
      }
      throw error;
    }
  };
}
