import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { logger } from "./logger";

const KNOWN = new Set(["BAD_USER_INPUT", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "GRAPHQL_PARSE_FAILED", "PERSISTED_QUERY_NOT_FOUND", "BAD_REQUEST"]);

/**
 * Refusals keep their code and field; a literal that fails a scalar (a Decimal given as 12.5) is bad
 * input, not a malformed query; anything unexpected is logged and shown without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (code && KNOWN.has(code)) return { ...formatted, extensions };
  if (code === "GRAPHQL_VALIDATION_FAILED") {
    if (/^Expected value of type|^Argument .* has invalid value/.test(formatted.message))
      return { ...formatted, extensions: { ...extensions, code: "BAD_USER_INPUT" } };
    return { ...formatted, extensions };
  }
  logger.error({ err: unwrapResolverError(error) }, "unexpected error");
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
