import { Kind, getOperationAST, type DocumentNode, type FieldNode, type GraphQLFormattedError, type SelectionNode } from "graphql";
import { GraphQLError } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";

/** Codes that mean "not now" rather than "no": the client may retry, when `extensions.retryable` says so. */
export const OUTAGE_CODES = new Set(["SERVICE_UNAVAILABLE", "TIMEOUT", "CONFLICT", "EXECUTION_TIMEOUT"]);

/** What the gateway knows about a request when it decides whether a failed one may be retried. */
export interface RetryFacts {
  operation: "query" | "mutation" | "subscription" | undefined;
  idempotencyKey?: string;
}

/**
 * A query may always be retried. A mutation only when it carried an idempotency key (the subgraph
 * then answers a repeat from what it stored) or when it certainly never reached the subgraph.
 */
export const mayRetry = (facts: RetryFacts, neverSent = false) => facts.operation !== "mutation" || !!facts.idempotencyKey || neverSent;

export interface Outage {
  code: "SERVICE_UNAVAILABLE" | "TIMEOUT";
  message: string;
  /** The request certainly did not reach the subgraph (connection refused). */
  neverSent: boolean;
  reason: string;
}

const causeCode = (error: unknown): string | undefined => {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$|^UND_ERR/.test(code)) return code;
  }
  return undefined;
};

/** Classifies what the fetch to a subgraph threw; null when it is not an outage (a bug stays a bug). */
export function outageOf(serviceName: string, error: unknown): Outage | null {
  const name = (error as { name?: string })?.name;
  if (name === "TimeoutError" || name === "AbortError")
    return { code: "TIMEOUT", message: `the ${serviceName} subgraph did not answer in time`, neverSent: false, reason: "TIMEOUT" };
  const code = causeCode(error);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH" || code === "ENETUNREACH")
    return { code: "SERVICE_UNAVAILABLE", message: `the ${serviceName} subgraph is unreachable`, neverSent: true, reason: code };
  if (code) return { code: "SERVICE_UNAVAILABLE", message: `the connection to the ${serviceName} subgraph failed`, neverSent: false, reason: code };
  // an HTTP error status (a proxy's 502/503/504, a subgraph shutting down) or a body that is not GraphQL
  const status = (error as { extensions?: { response?: { status?: number } } })?.extensions?.response?.status;
  if (error instanceof GraphQLError && typeof status === "number" && status >= 500)
    return { code: "SERVICE_UNAVAILABLE", message: `the ${serviceName} subgraph answered HTTP ${status}`, neverSent: false, reason: `HTTP_${status}` };
  if (error instanceof Error && /^Expected JSON response body/.test(error.message))
    return { code: "SERVICE_UNAVAILABLE", message: `the ${serviceName} subgraph answered something other than GraphQL`, neverSent: false, reason: "BAD_RESPONSE" };
  return null;
}

/** Most paths named in a failed fetch; further entities are nulls without their own error. */
const MAX_PATHS = 20;

const fieldKeys = (selections: readonly SelectionNode[]): string[] =>
  selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.alias?.value ?? s.name.value] : s.kind === Kind.INLINE_FRAGMENT ? fieldKeys(s.selectionSet.selections) : []));

/**
 * The paths, in the subgraph's answer, the failed fetch would have filled: its root fields, or
 * `_entities.<i>.<field>` for an entity fetch (the gateway maps those to the entities' places in
 * the client's answer).
 */
export function fetchPaths(document: DocumentNode | undefined, variables: Record<string, unknown> | undefined): Array<Array<string | number>> {
  const operation = document ? getOperationAST(document) : null;
  const roots = operation?.selectionSet.selections ?? [];
  const representations = variables?.representations;
  if (Array.isArray(representations)) {
    const entities = roots.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === "_entities");
    const keys = entities?.selectionSet ? [...new Set(fieldKeys(entities.selectionSet.selections).filter((k) => k !== "__typename"))] : [];
    const paths = representations.flatMap((_, i) => (keys.length ? keys.map((k) => ["_entities", i, k]) : [["_entities", i]]));
    return paths.slice(0, MAX_PATHS);
  }
  const keys = fieldKeys(roots).filter((k) => k !== "__typename");
  return keys.length ? keys.slice(0, MAX_PATHS).map((k) => [k]) : [[]];
}

interface TracedContext {
  traceId?: string;
  idempotencyKey?: string;
}

/**
 * Every error the client gets carries the request's `traceId` (also in the `x-request-id` response
 * header) so it can be found in the logs; outage errors also say whether retrying is safe, unless
 * the data source already knew better (a refused connection).
 */
export function errorExtensionsPlugin<T extends TracedContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          const facts: RetryFacts = { operation: operation?.operation, idempotencyKey: contextValue.idempotencyKey };
          response.body.singleResult.errors = response.body.singleResult.errors.map((error: GraphQLFormattedError) => {
            const code = error.extensions?.code as string | undefined;
            const extensions: Record<string, unknown> = { ...error.extensions };
            if (code && OUTAGE_CODES.has(code) && typeof extensions.retryable !== "boolean") extensions.retryable = mayRetry(facts);
            if (contextValue.traceId) extensions.traceId = contextValue.traceId;
            return { ...error, extensions };
          });
        },
      };
    },
  };
}
