import { readFileSync } from "node:fs";
import { Kind, parse } from "graphql";
import type { OperationLabeller } from "@ipr/shared";

/** Names of the operations in a manifest (Apollo's format, a list of documents, or hash → document). */
function operationNames(file: string): string[] {
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  const documents: unknown[] = Array.isArray(raw)
    ? raw
    : raw && typeof raw === "object" && Array.isArray((raw as { operations?: unknown }).operations)
      ? (raw as { operations: Array<{ body?: unknown }> }).operations.map((op) => op?.body)
      : Object.values(raw ?? {});
  return documents.flatMap((document) => {
    if (typeof document !== "string") return [];
    try {
      return parse(document).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    } catch {
      return [];
    }
  });
}

/**
 * The gateway's operation label: the operation's name when it is one of the known operations (the
 * console's saved operations, the persisted-operations manifest), else `other`. Client-chosen names
 * never become labels by themselves, so the series stay bounded.
 */
export function knownOperationLabel(files: Array<string | undefined>): OperationLabeller {
  const known = new Set(files.flatMap((file) => (file ? operationNames(file) : [])));
  return ({ operationName }) => (operationName && known.has(operationName) ? operationName : undefined);
}
