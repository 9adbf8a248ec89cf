import type { NextFunction, Request, Response } from "express";
import { REFUSAL_CODE_LOCAL } from "@ipr/shared";
import { answerOf, beforeSend } from "./before-send";

/** Apollo Server's own codes for a request that fails before execution: unparsable, invalid, or its variables do not coerce. */
const REQUEST_ERRORS = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]);

function onlyRequestErrors(body: unknown): boolean {
  const answer = answerOf(body);
  return !!answer && answer.data == null && Array.isArray(answer.errors) && answer.errors.length > 0 && answer.errors.every((e) => REQUEST_ERRORS.has(e?.extensions?.code as string));
}

/**
 * GraphQL over HTTP: an `application/json` answer (what Apollo Server gives a client that does not
 * ask for `application/graphql-response+json`, or sends no Accept) SHOULD be 200 when the document
 * does not parse or validate or its variables do not coerce, the errors being in the body (legacy
 * clients and proxies would hide a 4xx body); an `application/graphql-response+json` answer keeps
 * Apollo's 400. Only Apollo's own request errors move: the gateway's refusals (QUERY_TOO_DEEP,
 * PERSISTED_QUERY_NOT_ALLOWED, CSRF's BAD_REQUEST, …) keep their status for every client.
 */
export function legacyJsonRequestErrors(_req: Request, res: Response, next: NextFunction) {
  beforeSend(res, (body) => {
    if (res.locals[REFUSAL_CODE_LOCAL]) return; // the gateway's own refusal (sendRefusal), e.g. a malformed Idempotency-Key
    if (res.statusCode === 400 && /^application\/json\b/i.test(String(res.get("Content-Type") ?? "")) && onlyRequestErrors(body)) res.status(200);
  });
  next();
}
