import type { NextFunction, Request, Response } from "express";
import { IDEMPOTENCY_KEY, TRACE_HEADER, traceIdOf, withLogScope } from "@ipr/shared";
import { sendRefusal } from "./limits/errors";

/** The client's header for retrying a write safely (as in the IETF draft and Stripe's API). */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";

/**
 * Gives the request its trace id (the client's `traceparent` or `x-request-id`, or a new one),
 * returns it in `x-request-id`, and runs the rest of the chain with it on every log line. Mount it
 * again after body parsing: the stream's callbacks do not carry the scope.
 */
export function traceRequests(req: Request, res: Response, next: NextFunction) {
  const traceId = (res.locals.traceId ??= traceIdOf(req.headers));
  res.set(TRACE_HEADER, traceId);
  res.set("Access-Control-Expose-Headers", TRACE_HEADER);
  withLogScope({ service: "gateway", traceId }, next);
}

/** A malformed `Idempotency-Key` is refused (400) before anything runs; a good one goes on the context. */
export function idempotencyKeys(req: Request, res: Response, next: NextFunction) {
  const key = req.headers[IDEMPOTENCY_KEY_HEADER];
  if (key === undefined) return next();
  if (typeof key !== "string" || !IDEMPOTENCY_KEY.test(key))
    return sendRefusal(res, 400, "BAD_USER_INPUT", "Idempotency-Key: 1 to 255 printable ASCII characters, e.g. a UUID", { field: "Idempotency-Key" });
  res.locals.idempotencyKey = key;
  next();
}
