/// <reference types="node" />
import { createHash } from "node:crypto";
import manifest from "../saved-operations.json";
import * as documents from "./dashboard-documents";

// The persisted-operations manifest must hold the dashboard's documents byte for byte, or a token bound
// to it (PERSISTED_OPERATIONS_ROLES) gets PERSISTED_QUERY_NOT_ALLOWED on the dashboard: `npm run operations` fixes it.
test("saved-operations.json holds every dashboard document, by its SHA-256, and no stale one", () => {
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  const ops = manifest.operations as Array<{ id: string; name: string; body: string; dashboard?: boolean }>;
  for (const op of ops) expect({ name: op.name, id: op.id }).toEqual({ name: op.name, id: sha256(op.body) });
  const inManifest = ops.filter((op) => op.dashboard).map((op) => op.body).sort();
  expect(inManifest).toEqual(Object.values(documents).sort());
  expect(inManifest).toHaveLength(4);
});
