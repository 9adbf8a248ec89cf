/** A refusal the launcher explains fully in its message (a taken port, a running platform): no stack needed. */
export class Refusal extends Error {
  override name = "Refusal";
}

/**
 * A failure as one readable text, never a bare `undefined`: a refusal by its message, an
 * AggregateError (e.g. ECONNREFUSED on both 127.0.0.1 and ::1, whose own message is empty) by its
 * parts, any other error with its stack, a thrown non-error by its value.
 */
export function describeError(error: unknown): string {
  if (error instanceof Refusal) return error.message;
  if (error instanceof AggregateError && error.errors.length) {
    const parts = error.errors.map((e) => (e instanceof Error ? e.message : String(e)));
    return `${error.message || "several errors"}: ${[...new Set(parts)].join("; ")}`;
  }
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (error === undefined || error === null) return `an error without any description (${String(error)})`;
  if (typeof error === "object") {
    try {
      return JSON.stringify(error);
    } catch {
      /* circular */
    }
  }
  return String(error);
}
