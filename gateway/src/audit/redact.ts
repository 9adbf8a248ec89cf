/** What personal data in recorded variables is replaced with. */
export const REDACTED = "[redacted]";

/** Keys whose values are personal data wherever they appear (compared without case, `_` or `-`). */
const PERSONAL_KEYS = new Set(["name", "idnumber", "officialname", "birthdate"]);
const isPersonalKey = (key: string) => PERSONAL_KEYS.has(key.toLowerCase().replace(/[_-]/g, ""));

/**
 * A GB 11643 resident ID number: region (first digit 1-9), birth date 18xx-20xx, sequence, check
 * character. The date keeps unified social credit codes, which are also 18 characters, mostly
 * out; a wrong check character is still someone's ID number, so it is not checked.
 */
const ID = String.raw`[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]`;
const RESIDENT_ID = new RegExp(`(?<![0-9A-Za-z])${ID}(?![0-9A-Za-z])`, "g");

/** Deeper than this, values are not copied into the audit trail. */
const MAX_DEPTH = 20;
/** Variables larger than this (as JSON, after redaction) are recorded as their size only. */
export const MAX_VARIABLES_BYTES = 16 * 1024;

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return value.replace(RESIDENT_ID, REDACTED);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, isPersonalKey(k) && v !== null && v !== undefined ? REDACTED : redactValue(v, depth + 1)]),
  );
}

/**
 * Variables as the audit trail records them: the values of `name`, `idNumber`, `officialName` and
 * `birthDate` at any depth, and every resident ID number in any string, replaced by "[redacted]".
 */
export function redactVariables(variables: unknown): Record<string, unknown> | null {
  if (variables === null || typeof variables !== "object" || Array.isArray(variables)) return null;
  const redacted = redactValue(variables, 0) as Record<string, unknown>;
  const bytes = Buffer.byteLength(JSON.stringify(redacted));
  return bytes > MAX_VARIABLES_BYTES ? { "[truncated]": `${bytes} bytes of variables` } : redacted;
}
