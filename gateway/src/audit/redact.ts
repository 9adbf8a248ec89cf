import { isInputObjectType, isObjectType, type DocumentNode, type GraphQLSchema } from "graphql";
import { isPersonal, redactPersonalByType } from "./personal";

/** What personal data in recorded variables is replaced with. */
export const REDACTED = "[redacted]";

/** Keys whose values are personal data wherever they appear (compared without case, `_` or `-`). */
const PERSONAL_KEYS = new Set(["name", "idnumber", "officialname", "birthdate"]);
const normalKey = (key: string) => key.toLowerCase().replace(/[_-]/g, "");
const isPersonalKey = (key: string) => PERSONAL_KEYS.has(normalKey(key));

/**
 * Adds the names of the schema's personal arguments and input fields (see personal.ts) to the keys
 * redacted wherever they appear: so a request refused before its document was validated (a bad
 * token, a limit) has them redacted too. Names are only ever added.
 */
export function learnPersonalKeys(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (isPersonal(field)) PERSONAL_KEYS.add(normalKey(field.name));
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) for (const arg of field.args) if (isPersonal(arg)) PERSONAL_KEYS.add(normalKey(arg.name));
  }
}

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

/** The operation the variables were sent with, so the schema can say which of them are personal data. */
export interface TypedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
}

/**
 * Variables as the audit trail records them, personal data replaced by "[redacted]": every argument
 * or input field the schema describes as personal data (given the operation: see personal.ts), and
 * whatever the operation, the values of `name`, `idNumber`, `officialName` and `birthDate` at any
 * depth and every resident ID number in any string.
 */
export function redactVariables(variables: unknown, operation?: TypedOperation | null): Record<string, unknown> | null {
  if (variables === null || typeof variables !== "object" || Array.isArray(variables)) return null;
  const typed = operation
    ? redactPersonalByType(variables as Record<string, unknown>, operation.schema, operation.document, operation.operationName, REDACTED)
    : variables;
  const redacted = redactValue(typed, 0) as Record<string, unknown>;
  const bytes = Buffer.byteLength(JSON.stringify(redacted));
  return bytes > MAX_VARIABLES_BYTES ? { "[truncated]": `${bytes} bytes of variables` } : redacted;
}
