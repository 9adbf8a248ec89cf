import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { logger } from "./logger";

/**
 * Two identical writes racing past a resolver's own duplicate check meet the database's unique
 * constraint; the loser is told which input field collided, e.g. `saic_case_case_number_unique` → `input.caseNumber`.
 */
function uniqueViolationField(error: UniqueConstraintViolationException & { constraint?: string; table?: string }): string {
  const { constraint = "", table = "" } = error;
  const columns = constraint.startsWith(`${table}_`) && constraint.endsWith("_unique") ? constraint.slice(table.length + 1, -"_unique".length) : "";
  return `input.${columns.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) || "id"}`;
}

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
  const original = unwrapResolverError(error);
  if (original instanceof UniqueConstraintViolationException) {
    const field = uniqueViolationField(original);
    return { message: `${field}: already exists`, path: formatted.path, extensions: { code: "BAD_USER_INPUT", field } };
  }
  logger.error({ err: original }, "unexpected error");
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
