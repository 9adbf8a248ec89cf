import { createHash, randomUUID } from "node:crypto";

export const newId = (): string => randomUUID();

/** A UUID derived from a name (v5 layout, SHA-1): demo and generated data get the same ids on every run. */
export function stableId(...parts: Array<string | number>): string {
  const hash = createHash("sha1").update(parts.join("\u0000")).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
