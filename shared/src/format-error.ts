import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DriverException, UniqueConstraintViolationException } from "@mikro-orm/core";
import { logger } from "./logger";
import { isDatabaseUnavailable } from "./database-errors";

/** Codes of outages and in-flight duplicates: the caller may retry (see `extensions.retryable`). */
const OUTAGE_CODES = new Set(["TIMEOUT", "CONFLICT"]);

/**
 * Two identical writes racing past a resolver's own duplicate check meet the database's unique
 * constraint (or primary key); the loser is told which input field collided, e.g. `case_number` → `input.caseNumber`.
 */
function uniqueViolationField(error: UniqueConstraintViolationException & { detail?: string }): string {
  // PostgreSQL names the colliding key in the detail: `Key (case_number)=(…) already exists.`
  const column = /^Key \(([a-z0-9_]+)/.exec(error.detail ?? "")?.[1] ?? "id";
  return `input.${column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}`;
}

const KNOWN = new Set(["BAD_USER_INPUT", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "GRAPHQL_PARSE_FAILED", "PERSISTED_QUERY_NOT_FOUND", "BAD_REQUEST", "SERVICE_UNAVAILABLE"]);

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
  // --- outages (issue 8): timeouts and conflicts keep their code; a database that cannot be reached
  // is worth a retry (SERVICE_UNAVAILABLE), not a bug report
  if (code && OUTAGE_CODES.has(code)) return { ...formatted, extensions };
  if (isDatabaseUnavailable(unwrapResolverError(error))) {
    logger.warn({ err: unwrapResolverError(error) }, "database unavailable");
    return { message: "database unavailable, try again later", path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE", reason: "DATABASE_UNAVAILABLE" } };
  }
  // --- end outages
  const original = unwrapResolverError(error);
  if (original instanceof UniqueConstraintViolationException) {
    const field = uniqueViolationField(original);
    return { message: `${field}: already exists`, path: formatted.path, extensions: { code: "BAD_USER_INPUT", field } };
  }
  // the last line of defence behind the kit's input checks: PostgreSQL's "data exception" class
  // (a value too long for its column, out of range, not valid text) is the caller's value, not a bug
  if (original instanceof DriverException && /^22/.test(String((original as { code?: string }).code))) {
    logger.warn({ err: original }, "a value reached the database that the input checks let through");
    return { message: "input: a value does not fit the record (too long, out of range or not valid text)", path: formatted.path, extensions: { code: "BAD_USER_INPUT", field: "input" } };
  }
  logger.error({ err: original }, "unexpected error");
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
