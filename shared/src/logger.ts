import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import pino from "pino";

/** What every log line written while handling a request carries: which service, which request. */
export interface LogScope {
  service: string;
  traceId?: string;
}

const scope = new AsyncLocalStorage<LogScope>();
let processService: string | undefined = process.env.SERVICE_NAME;

/** The service a process's lines name outside any request (`runSubgraph`, the gateway's main). */
export function setServiceName(name: string): void {
  processService = name;
}

/** Runs `fn` (and everything it starts) with `service` and `traceId` on every log line. */
export const withLogScope = <T>(value: LogScope, fn: () => T): T => scope.run(value, fn);
export const currentLogScope = (): LogScope | undefined => scope.getStore();

/**
 * JSON logs to stdout; `LOG_LEVEL=debug` for more, `silent` in tests. Every line names its `service`
 * and, inside a request, its `traceId` (from the request's scope; several services may share one
 * process, as in the tests' platform).
 */
let destination: { write(line: string): unknown } = pino.destination({ dest: 1, sync: true });
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: undefined,
    mixin: () => {
      const current = scope.getStore();
      return { service: current?.service ?? processService, ...(current?.traceId ? { traceId: current.traceId } : {}) };
    },
  },
  { write: (line: string) => destination.write(line) },
);

/** Sends log lines elsewhere (tests read them); returns a function that restores stdout. */
export function redirectLogs(to: { write(line: string): unknown }): () => void {
  const previous = destination;
  destination = to;
  return () => void (destination = previous);
}

/** The header that carries the trace id from the client to the gateway, the gateway to subgraphs, and back in responses. */
export const TRACE_HEADER = "x-request-id";
/** A W3C trace context header; its trace id is taken when the client sends one. */
export const TRACEPARENT_HEADER = "traceparent";

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
/** Ids we accept from outside: short and printable, so a hostile value cannot forge log lines. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export const newTraceId = () => randomBytes(16).toString("hex");

/**
 * The trace id of an incoming request: a W3C `traceparent`'s trace id, else a well-formed
 * `x-request-id`, else a new one.
 */
export function traceIdOf(headers: Record<string, string | string[] | undefined>): string {
  const parent = headers[TRACEPARENT_HEADER];
  const match = typeof parent === "string" ? TRACEPARENT.exec(parent.trim()) : null;
  if (match && !/^0+$/.test(match[1])) return match[1];
  const given = headers[TRACE_HEADER];
  if (typeof given === "string" && REQUEST_ID.test(given)) return given;
  return newTraceId();
}

/** Adapts pino to Apollo Server's and Apollo Gateway's logger interface, so their lines carry the scope too. */
export const apolloLogger = {
  debug: (message?: unknown) => logger.debug(String(message)),
  info: (message?: unknown) => logger.info(String(message)),
  warn: (message?: unknown) => logger.warn(String(message)),
  error: (message?: unknown) => logger.error(String(message)),
};
