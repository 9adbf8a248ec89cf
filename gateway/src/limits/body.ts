import express, { type NextFunction, type Request, type Response } from "express";
import { sendRefusal } from "./errors";

/**
 * JSON bodies of at most `maxBytes` (`MAX_BODY_BYTES`): a larger one is refused with HTTP 413 and
 * PAYLOAD_TOO_LARGE (by its Content-Length before it is read, or as soon as it passes the limit),
 * malformed JSON with 400 BAD_REQUEST, both as a GraphQL error body rather than an HTML page.
 */
export function jsonBody(maxBytes: number) {
  return [
    express.json({ limit: maxBytes }),
    (error: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (error.type === "entity.too.large")
        return sendRefusal(res, 413, "PAYLOAD_TOO_LARGE", `the request body is larger than ${maxBytes} bytes`);
      if (error.type === "entity.parse.failed") return sendRefusal(res, 400, "BAD_REQUEST", "the request body is not valid JSON");
      if (error.status && error.status >= 400 && error.status < 500)
        return sendRefusal(res, error.status, "BAD_REQUEST", `the request body cannot be read (${error.type ?? error.message})`);
      next(error);
    },
  ];
}
