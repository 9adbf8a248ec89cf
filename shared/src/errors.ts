import { GraphQLError } from "graphql";

/** The error codes of the contract; every refusal carries one in `extensions.code`. */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

const httpStatus: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

function error(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...(field ? { field } : {}), http: { status: httpStatus[code] } },
  });
}

/** `field` is the input path the caller got wrong, e.g. `input.creditCode`. */
export const badInput = (field: string, message: string) => error("BAD_USER_INPUT", `${field}: ${message}`, field);
export const notFound = (field: string, what: string, id: string) =>
  error("NOT_FOUND", `${field}: no ${what} with id ${id}`, field);
export const forbidden = (message: string, field?: string) => error("FORBIDDEN", message, field);
export const unauthenticated = (message: string) => error("UNAUTHENTICATED", message);
