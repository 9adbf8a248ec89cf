import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { encodeIdentity, IDENTITY_HEADER, signRequest, type Identity } from "@ipr/shared";

export interface GatewayContext {
  identity: Identity;
}

type FetchInit = { headers?: Record<string, string>; body?: string; method?: string };

/**
 * Forwards the caller's identity to a subgraph, signed with SUBGRAPH_SECRET over identity, time and
 * the exact body bytes sent; and gives each subgraph call a timeout, which the default fetcher lacks.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, secret: string, timeoutMs: number) {
    super({
      url,
      fetcher: (async (input: string, init: FetchInit) => {
        const headers = { ...init.headers };
        const identity = headers[IDENTITY_HEADER];
        if (!identity) throw new Error("no identity to forward");
        Object.assign(headers, signRequest(secret, identity, init.body ?? ""));
        return fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
      }) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // health checks and schema loading carry no caller; requests from callers always do
    if ("identity" in context && context.identity) request.http?.headers.set(IDENTITY_HEADER, encodeIdentity(context.identity));
  }
}
