import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { getOperationAST, parse } from "graphql";
import { encodeIdentity, IDEMPOTENCY_HEADER, IDENTITY_HEADER, injectTraceContext, logger, serviceFetch, signRequest, TRACE_HEADER, type Identity } from "@ipr/shared";
import type { DeadlineContext } from "./limits/deadline";
import { fetchPaths, mayRetry, outageOf } from "./outages";

export interface GatewayContext extends DeadlineContext {
  identity: Identity;
  /** The request's trace id: logged, forwarded to subgraphs, returned in `x-request-id` and errors' `extensions.traceId`. */
  traceId?: string;
  /** The client's `Idempotency-Key`, forwarded (signed) with the operation's mutation fetches. */
  idempotencyKey?: string;
}

type FetchInit = { headers?: Record<string, string>; body?: string; method?: string };

/** Carries the operation's deadline from willSendRequest to the fetcher; never sent to the subgraph. */
const DEADLINE_HEADER = "x-ipr-gateway-deadline";

/**
 * Forwards the caller's identity to a subgraph, signed with SUBGRAPH_SECRET over identity, time,
 * the idempotency key (mutations) and the exact body bytes sent; and gives each subgraph call a
 * timeout, which the default fetcher lacks: `timeoutMs`, cut to what is left of the operation's
 * deadline (limits/deadline.ts). A subgraph that is down or too slow becomes errors the client can
 * act on (see `process`), not a bare internal error.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly serviceName: string,
    url: string,
    secret: string,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: (async (input: string, init: FetchInit) => {
        const headers = { ...init.headers };
        const identity = headers[IDENTITY_HEADER];
        if (!identity) throw new Error("no identity to forward");
        const deadline = Number(headers[DEADLINE_HEADER]);
        delete headers[DEADLINE_HEADER];
        const timeout = Number.isFinite(deadline) && deadline > 0 ? Math.max(0, Math.min(timeoutMs, deadline - Date.now())) : timeoutMs;
        Object.assign(headers, signRequest(secret, identity, init.body ?? "", Date.now(), headers[IDEMPOTENCY_HEADER]));
        injectTraceContext(headers); // W3C traceparent: outside the signature, which covers identity, time, key and body
        return serviceFetch(input, { ...init, headers, signal: AbortSignal.timeout(timeout) });
      }) as never,
    });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { request, context } = options;
    const document = "document" in options ? options.document : undefined;
    // health checks and schema loading carry no caller; requests from callers always do
    const headers = request.http?.headers;
    if ("identity" in context && context.identity) headers?.set(IDENTITY_HEADER, encodeIdentity(context.identity));
    if ("deadline" in context && context.deadline) headers?.set(DEADLINE_HEADER, String(context.deadline));
    if ("traceId" in context && context.traceId) headers?.set(TRACE_HEADER, context.traceId);
    // the key goes with the mutation itself, not with the entity fetches that read its result
    const isMutation = document ? getOperationAST(document)?.operation === "mutation" : /^\s*mutation\b/.test(request.query ?? "");
    if (isMutation && "idempotencyKey" in context && context.idempotencyKey) headers?.set(IDEMPOTENCY_HEADER, context.idempotencyKey);
  }

  /**
   * A subgraph that refuses the connection, times out or answers HTTP 5xx: instead of throwing (which
   * the gateway turns into one path-less "Internal server error"), answer as the subgraph would have
   * with errors on the fields it was asked for, coded SERVICE_UNAVAILABLE or TIMEOUT, with
   * `serviceName` (added by the gateway) and whether retrying is safe. The rest of the query plan
   * goes on: the client gets partial data.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!("incomingRequestContext" in options)) throw error;
      const outage = outageOf(this.serviceName, error);
      if (!outage) throw error;
      const context = options.context;
      const retryable = mayRetry({ operation: options.incomingRequestContext.operation?.operation, idempotencyKey: context.idempotencyKey }, outage.neverSent);
      logger.warn({ serviceName: this.serviceName, code: outage.code, reason: outage.reason }, outage.message);
      const extensions = { code: outage.code, reason: outage.reason, retryable };
      const document = options.document ?? (options.request.query ? parse(options.request.query) : undefined);
      return { errors: fetchPaths(document, options.request.variables).map((path) => ({ message: outage.message, path, extensions })) };
    }
  }
}
