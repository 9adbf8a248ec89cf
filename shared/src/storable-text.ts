/**
 * Text PostgreSQL can store unaltered. It refuses NUL in text and jsonb (22021, 22P05), refuses
 * unpaired UTF-16 surrogates in jsonb (22P02) and silently turns them into U+FFFD in text. Records
 * that must keep hostile input (the audit trail) escape such text instead of losing it.
 */

/** NUL, a high surrogate not followed by a low one, a low surrogate not preceded by a high one. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");
const MAX_DEPTH = 64;

export const isStorableText = (text: string) => !UNSTORABLE.test(text);

/**
 * The escaped form: every `\` doubled, every unstorable code unit written `\uXXXX` (lowercase hex).
 * Reversible with `unescapeText`; applied to every string of a value that needed it, never to some
 * strings only, so an escaped record is read one way throughout.
 */
export const escapeText = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(UNSTORABLE_ALL, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);

export const unescapeText = (text: string) =>
  text.replace(/\\(\\|u([0-9a-f]{4}))/g, (_m, escaped: string, hex?: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : escaped));

/** Whether any string in a JSON-like value (object keys included) is unstorable. */
export function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return !isStorableText(value);
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.some((v) => hasUnstorableText(v, depth + 1));
  return Object.entries(value).some(([k, v]) => !isStorableText(k) || hasUnstorableText(v, depth + 1));
}

/** A copy of a JSON-like value with every string (object keys included) escaped; deeper than 64 levels becomes "[too deep]". */
export function escapeDeep<T>(value: T, depth = 0): T {
  if (typeof value === "string") return escapeText(value) as T;
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_DEPTH) return "[too deep]" as T;
  if (Array.isArray(value)) return value.map((v) => escapeDeep(v, depth + 1)) as T;
  if (value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [escapeText(k), escapeDeep(v, depth + 1)])) as T;
}
