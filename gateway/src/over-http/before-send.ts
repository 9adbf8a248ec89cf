import type { Response } from "express";

/**
 * Runs `adjust` on the body Apollo Server (or a refusal) is about to send, once, before express's
 * `res.send` sets the length and compares the ETag with `If-None-Match`.
 */
export function beforeSend(res: Response, adjust: (body: unknown) => void) {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    res.send = send;
    adjust(body);
    return send(body);
  };
}

/** The JSON of a GraphQL answer, or null when it is not one. */
export function answerOf(body: unknown): { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> } | null {
  if (typeof body !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as ReturnType<typeof answerOf>) : null;
  } catch {
    return null;
  }
}
