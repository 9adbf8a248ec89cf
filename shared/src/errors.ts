import { GraphQLError } from "graphql";

/** The error codes of the contract; every refusal carries one in `extensions.code`. */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

// No HTTP status: a subgraph answers 200 with errors, or the gateway would treat the subgraph as failed.
function error(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

/** `field` is the input path the caller got wrong, e.g. `input.creditCode`. */
export const badInput = (field: string, message: string) => error("BAD_USER_INPUT", `${field}: ${message}`, field);
export const notFound = (field: string, what: string, id: string) =>
  error("NOT_FOUND", `${field}: no ${what} with id ${id}`, field);
export const forbidden = (message: string, field?: string) => error("FORBIDDEN", message, field);
/** Thrown before execution (no or bad token): the only refusal that sets the HTTP status, 401. */
export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
