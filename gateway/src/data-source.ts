import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { encodeIdentity, IDENTITY_HEADER, signRequest, type Identity } from "@ipr/shared";
import type { DeadlineContext } from "./limits/deadline";

export interface GatewayContext extends DeadlineContext {
  identity: Identity;
}

type FetchInit = { headers?: Record<string, string>; body?: string; method?: string };

/** Carries the operation's deadline from willSendRequest to the fetcher; never sent to the subgraph. */
const DEADLINE_HEADER = "x-ipr-gateway-deadline";

/**
 * Forwards the caller's identity to a subgraph, signed with SUBGRAPH_SECRET over identity, time and
 * the exact body bytes sent; and gives each subgraph call a timeout, which the default fetcher lacks:
 * `timeoutMs`, cut to what is left of the operation's deadline (limits/deadline.ts).
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, secret: string, timeoutMs: number) {
    super({
      url,
      fetcher: (async (input: string, init: FetchInit) => {
        const headers = { ...init.headers };
        const identity = headers[IDENTITY_HEADER];
        if (!identity) throw new Error("no identity to forward");
        const deadline = Number(headers[DEADLINE_HEADER]);
        delete headers[DEADLINE_HEADER];
        const timeout = Number.isFinite(deadline) && deadline > 0 ? Math.max(0, Math.min(timeoutMs, deadline - Date.now())) : timeoutMs;
        Object.assign(headers, signRequest(secret, identity, init.body ?? ""));
        return fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeout) });
      }) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // health checks and schema loading carry no caller; requests from callers always do
    if ("identity" in context && context.identity) request.http?.headers.set(IDENTITY_HEADER, encodeIdentity(context.identity));
    if ("deadline" in context && context.deadline) request.http?.headers.set(DEADLINE_HEADER, String(context.deadline));
  }
}
