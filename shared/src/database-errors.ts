/**
 * Whether an error means "the database cannot be reached or has no room for us right now", as
 * opposed to a bug or a refused statement: the caller may retry later, so it is SERVICE_UNAVAILABLE.
 */
const UNAVAILABLE_CODES = new Set([
  // the network: refused, reset, unreachable, timed out
  "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN",
  // PostgreSQL: connection exceptions (08…), too many connections (53300), shutting down / restarting (57P01-57P03)
  "08000", "08001", "08003", "08004", "08006", "53300", "57P01", "57P02", "57P03",
]);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Timeout acquiring a connection|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)|is not queryable|terminating connection|server closed the connection unexpectedly|socket has been ended|Cannot use a pool after calling end/i;
/** MikroORM's and knex's own names for the same conditions. */
const UNAVAILABLE_NAMES = new Set(["ConnectionException", "KnexTimeoutError"]);

/** The error, then what it wraps: `cause`, graphql-js's `thrownValue` (a non-Error thrown), `originalError`. */
const inner = (e: object): unknown => {
  const { cause, thrownValue, originalError } = e as { cause?: unknown; thrownValue?: unknown; originalError?: unknown };
  return cause ?? thrownValue ?? originalError;
};

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = inner(e), depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    if (UNAVAILABLE_NAMES.has((e as { name?: unknown }).name as string) || UNAVAILABLE_NAMES.has(e.constructor?.name)) return true;
  }
  return false;
}
