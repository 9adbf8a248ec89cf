import type { Response } from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { formatError as subgraphKitFormatError, REFUSAL_CODE_LOCAL } from "@ipr/shared";

/**
 * The gateway's own refusals. Each has a stable `extensions.code` and HTTP status; none executes
 * anything, so the response never has `data`.
 */
export const GATEWAY_REFUSALS = {
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_ROOT_FIELDS: 400,
  TOO_MANY_TOKENS: 400,
  TOO_MANY_DIRECTIVES: 400,
  QUERY_TOO_COSTLY: 400,
  INTROSPECTION_DISABLED: 400,
  PERSISTED_QUERY_NOT_ALLOWED: 400,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  EXECUTION_TIMEOUT: 504,
} as const;
export type GatewayRefusalCode = keyof typeof GATEWAY_REFUSALS;

const isRefusalCode = (code: unknown): code is GatewayRefusalCode => typeof code === "string" && code in GATEWAY_REFUSALS;

/** A refusal raised inside Apollo Server (a validation rule, the deadline): its status comes with it. */
export function refusal(code: GatewayRefusalCode, message: string, nodes?: GraphQLError["nodes"]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, http: { status: GATEWAY_REFUSALS[code] } } });
}

/** A refusal answered by an express middleware before Apollo Server: the same JSON body /graphql gives. */
export function sendRefusal(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}) {
  res.set("Cache-Control", "no-store");
  res.locals[REFUSAL_CODE_LOCAL] = code; // for ipr_graphql_errors_total
  if (status === 401) res.set("WWW-Authenticate", 'Bearer realm="ipr"');
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** graphql-js's own message when `parseOptions.maxTokens` stops the parser. */
const TOKEN_LIMIT = /Document contains more th[ae][nt] (\d+) tokens/;

/**
 * Apollo Server wraps validation and parse errors in its own classes with the codes
 * GRAPHQL_VALIDATION_FAILED / GRAPHQL_PARSE_FAILED; the gateway's limits are given back their own
 * code (the original error is kept as `originalError`). Everything else is formatted by the kit.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const own = ownRefusal(formatted, error);
  if (own) return { message: own.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code: own.code } };
  return subgraphKitFormatError(formatted, error);
}

function ownRefusal(formatted: GraphQLFormattedError, error: unknown): { code: GatewayRefusalCode; message: string } | null {
  const code = formatted.extensions?.code;
  if (isRefusalCode(code)) return { code, message: formatted.message };
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const originalCode = original instanceof GraphQLError ? original.extensions?.code : undefined;
  if (code === "GRAPHQL_VALIDATION_FAILED" && isRefusalCode(originalCode)) return { code: originalCode, message: original!.message };
  if (code === "GRAPHQL_PARSE_FAILED") {
    const limit = TOKEN_LIMIT.exec(formatted.message);
    if (limit) return { code: "TOO_MANY_TOKENS", message: `the document has more than ${limit[1]} tokens` };
  }
  return null;
}
