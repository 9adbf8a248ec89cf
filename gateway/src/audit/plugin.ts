import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { getOperationAST, type GraphQLFormattedError } from "graphql";
import type { Identity } from "@ipr/shared";
import { ANONYMOUS, type AuditOutcome } from "./entry";
import { learnPersonalKeys, redactVariables } from "./redact";
import { codeOf, refusedEntry, sha256, upperType } from "./refusal";
import { recordedRefusals, sinksWithRequestAudit, type HttpAuditState } from "./requests";
import type { AuditSink } from "./sink";

/** What the audit reads from (and adds to) the gateway's per-request context. */
export interface AuditContext {
  identity?: Identity;
  /** The subgraphs this request's query plan called; filled by `noteSubgraph`. */
  auditSubgraphs?: Set<string>;
  /** The client's address, set by `auditedContext`. */
  clientAddress?: string | null;
  /** The HTTP request's audit state, set by `auditedContext` under `auditRequests`. */
  auditRequest?: HttpAuditState;
}

/** Call from the data source's `willSendRequest`: records that this request reached subgraph `name`. */
export function noteSubgraph(context: object | null | undefined, name: string): void {
  if (!context) return;
  const audit = context as AuditContext;
  (audit.auditSubgraphs ??= new Set()).add(name);
}

type WillSendRequest = (options: GraphQLDataSourceProcessOptions) => void | Promise<void>;

/**
 * Instead of calling `noteSubgraph` inside the data source: wraps a data source (a
 * RemoteGraphQLDataSource) so that each of its calls for a client's operation is noted under `name`
 * (in `buildService`), then runs its own `willSendRequest`.
 */
export function auditDataSource<T extends object>(name: string, source: T): T {
  const target = source as { willSendRequest?: WillSendRequest };
  const original = target.willSendRequest?.bind(source);
  target.willSendRequest = (options) => {
    // client operations only: health checks and schema loads carry no incoming request
    if ("incomingRequestContext" in options) noteSubgraph(options.context, name);
    return original?.(options);
  };
  return source;
}

/** The distinct `extensions.code` values of the errors returned. */
const codesOf = (errors: readonly GraphQLFormattedError[] | undefined) =>
  [...new Set((errors ?? []).map((e) => e.extensions?.code).filter((c): c is string => typeof c === "string" && !!c))];

/** Some root field came back with a value (not just nulls): what separates PARTIAL from ERROR. */
const hasData = (data: unknown) => !!data && typeof data === "object" && Object.values(data).some((v) => v !== null && v !== undefined);

/**
 * SUCCESS: no errors. REFUSED: errors before execution started, or an answer with no `data` at all
 * that called no subgraph (variables that do not fit their types). PARTIAL: errors, and some root
 * field has a value. ERROR: errors and no data (an execution timeout after subgraph calls included:
 * a mutation may have been written).
 */
export function outcomeOf(executed: boolean, data: unknown, errors: readonly unknown[] | undefined, calledSubgraphs: boolean): AuditOutcome {
  if (!errors?.length) return "SUCCESS";
  if (!executed || (data === undefined && !calledSubgraphs)) return "REFUSED";
  return hasData(data) ? "PARTIAL" : "ERROR";
}

export interface AuditPluginOptions {
  /** Stop (and so flush) the sink when the server stops (default true). */
  stopSinkWithServer?: boolean;
}

/**
 * Records every operation the server handles: who (the context's identity), what (operation name
 * and type, SHA-256 of the document, variables with personal data redacted), which subgraphs it
 * called, when, how long, the outcome (see `outcomeOf`) and the error codes. Operations refused
 * inside Apollo Server (unparsable or invalid documents, the gateway's validation limits) are
 * REFUSED with their caller. Requests refused before Apollo Server runs them are recorded by
 * `auditRequests` / `auditedContext`; without them, this plugin records the bare fact from the
 * hooks Apollo offers (`contextCreationDidFail`, `invalidRequestWasReceived`: no request details).
 */
export function auditPlugin<TContext extends AuditContext>(sink: AuditSink, opts: AuditPluginOptions = {}): ApolloServerPlugin<TContext> {
  const bareRefusal = (error: unknown, sub = ANONYMOUS) => {
    if (sinksWithRequestAudit.has(sink) || (error && typeof error === "object" && recordedRefusals.has(error))) return;
    sink.record(refusedEntry({ at: new Date(), started: performance.now(), errorCodes: [codeOf(error)], sub }));
  };
  return {
    async serverWillStart() {
      return {
        // the schema declares which input fields are personal data (personal.ts)
        schemaDidLoadOrUpdate: ({ apiSchema }) => learnPersonalKeys(apiSchema),
        ...(opts.stopSinkWithServer === false ? {} : { serverWillStop: () => sink.stop() }),
      };
    },

    async contextCreationDidFail({ error }) {
      bareRefusal(error);
    },

    // malformed requests (no query, bad body shape, CSRF protection): the caller is not known here
    async invalidRequestWasReceived({ error }) {
      bareRefusal(error, "unidentified");
    },

    async requestDidStart({ contextValue }) {
      const http = contextValue.auditRequest;
      if (http) http.recorded = true;
      const at = http?.at ?? new Date();
      const started = http?.started ?? performance.now();
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<TContext>) {
          try {
            const body = rc.response.body;
            const result = body.kind === "single" ? body.singleResult : body.initialResult;
            const identity = contextValue.identity;
            const query = rc.source ?? rc.request.query;
            // a document that failed validation has no resolved operation, but its name and type are known
            const operation = rc.operation ?? (rc.document ? getOperationAST(rc.document, rc.request.operationName) : null);
            const subgraphs = [...(contextValue.auditSubgraphs ?? [])];
            sink.record({
              id: randomUUID(),
              at: at.toISOString(),
              sub: identity?.sub ?? ANONYMOUS,
              agency: identity?.agency ?? null,
              region: identity?.region ?? null,
              operationName: rc.operationName ?? operation?.name?.value ?? rc.request.operationName ?? null,
              operationType: upperType(operation?.operation),
              documentHash: typeof query === "string" ? sha256(query) : null,
              variables: redactVariables(rc.request.variables ?? null, rc.document ? { schema: rc.schema, document: rc.document, operationName: rc.request.operationName } : null),
              subgraphs,
              outcome: outcomeOf(executed, result.data, result.errors, subgraphs.length > 0),
              errorCodes: codesOf(result.errors),
              durationMs: performance.now() - started,
              clientAddress: contextValue.clientAddress ?? null,
            });
          } catch (error) {
            rc.logger.error(`audit entry could not be recorded: ${(error as Error).message}`);
          }
        },
      };
    },
  };
}
