import { coerceInputValue, type GraphQLInputObjectType } from "graphql";
import type { ImportColumn } from "./columns";
import { enumValueOf } from "./labels";
import { UploadRefused } from "./refusal";
import type { SheetRow } from "./sheet";
import { NO, YES } from "./template";

/** A refused row as the import reports it: row number, column heading, input field, code and why. */
export interface RowError {
  row: number;
  column: string | null;
  field: string | null;
  code: string;
  message: string;
}

export interface ParsedRow {
  number: number;
  input: Record<string, unknown>;
}

const TRUE = new Set([YES, "y", "yes", "true", "1", "是的", "t"]);
const FALSE = new Set([NO, "n", "no", "false", "0", "f"]);

/** An enum column's choices as an error lists them: `侵犯商业秘密 (TRADE_SECRET), 商标违法 (TRADEMARK)`. */
const choices = (column: ImportColumn) =>
  column.values!.map((v) => (column.labels![v] === v ? v : `${column.labels![v]} (${v})`)).join(", ");

/** A cell's text as the input value of its column, or throws the reason. */
function cellValue(column: ImportColumn, text: string): unknown {
  switch (column.kind) {
    case "boolean": {
      const t = text.toLowerCase();
      if (TRUE.has(t)) return true;
      if (FALSE.has(t)) return false;
      throw new Error(`${JSON.stringify(text)} is not ${YES} or ${NO}`);
    }
    case "int":
      if (!/^-?\d{1,9}$/.test(text)) throw new Error(`${JSON.stringify(text)} is not a whole number`);
      return Number(text);
    case "decimal": {
      const t = text.replace(/[,，]/g, "");
      if (!/^-?\d{1,15}(\.\d{1,2})?$/.test(t)) throw new Error(`${JSON.stringify(text)} is not an amount with at most two decimals, e.g. 1200.50`);
      return t;
    }
    case "date": {
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      const iso = m && `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
      if (!iso || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) throw new Error(`${JSON.stringify(text)} is not a date YYYY-MM-DD`);
      return iso;
    }
    case "enum": {
      // the 中文 label the template lists, or the value's name as files written before the labels hold it
      const value = enumValueOf(column.values!, column.labels!, text);
      if (value === undefined) throw new Error(`${JSON.stringify(text)} is not one of ${choices(column)}`);
      return value;
    }
    default:
      return text;
  }
}

/** Sets `suspects.1.name` as input.suspects[0].name. */
function put(input: Record<string, unknown>, path: string, value: unknown) {
  const [field, group, inner] = path.split(".");
  if (!inner) return void (input[field] = value);
  const list = (input[field] ??= []) as Array<Record<string, unknown>>;
  (list[Number(group) - 1] ??= {})[inner] = value;
}

/** The column of an input field path as an error names it: `suspects[1].idNumber` → suspects.2.idNumber. */
export function columnOf(columns: ImportColumn[], field: string | null): ImportColumn | undefined {
  if (!field) return undefined;
  const path = field.replace(/^input\./, "").replace(/\[(\d+)\]\.?/g, (_, i) => `.${Number(i) + 1}.`).replace(/\.$/, "");
  return columns.find((c) => c.path === path) ?? columns.find((c) => c.path === path.split(".")[0]);
}

/** Which column each cell of the heading row is: by its 中文 heading or its field name; row 2 of a template (field names) is skipped. */
function headerMap(rows: SheetRow[], columns: ImportColumn[]): { map: Array<ImportColumn | null>; dataFrom: number } {
  if (!rows.length) throw new UploadRefused(400, "EMPTY_FILE", "the file has no heading row");
  const find = (text: string) => columns.find((c) => c.heading === text.trim() || c.path === text.trim()) ?? null;
  const map = rows[0].cells.map((cell) => (cell.trim() ? find(cell) : null));
  const unknown = rows[0].cells.filter((cell, i) => cell.trim() && !map[i]);
  if (unknown.length) throw new UploadRefused(400, "UNKNOWN_COLUMN", `unknown column ${unknown.map((u) => JSON.stringify(u)).join(", ")}; use the template's headings`);
  const missing = columns.filter((c) => c.required && !map.includes(c));
  if (missing.length) throw new UploadRefused(400, "MISSING_COLUMN", `missing column ${missing.map((c) => `${c.heading} (${c.path})`).join(", ")}`);
  const second = rows[1]?.cells ?? [];
  const namesRow = second.length > 0 && second.every((cell, i) => !cell.trim() || map[i]?.path === cell.trim());
  return { map, dataFrom: namesRow ? 2 : 1 };
}

/**
 * The file's rows as create inputs, and the rows refused before any agency sees them: a cell that is
 * not of its column's kind, and whatever the composed schema's input type refuses (a required field
 * left empty). Each error names the row, the column and the field.
 */
export function parseRows(rows: SheetRow[], columns: ImportColumn[], inputType: GraphQLInputObjectType): { rows: ParsedRow[]; errors: RowError[] } {
  const { map, dataFrom } = headerMap(rows, columns);
  const parsed: ParsedRow[] = [];
  const errors: RowError[] = [];
  for (const { number, cells } of rows.slice(dataFrom)) {
    const input: Record<string, unknown> = {};
    const before = errors.length;
    cells.forEach((raw, i) => {
      const column = map[i];
      const text = raw.trim();
      if (!column || !text) return;
      try {
        put(input, column.path, cellValue(column, text));
      } catch (e) {
        errors.push({ row: number, column: column.heading, field: column.path, code: "BAD_USER_INPUT", message: `${column.heading}: ${(e as Error).message}` });
      }
    });
    if (Array.isArray(input.suspects)) input.suspects = input.suspects.filter(Boolean);
    if (errors.length > before) continue;
    let ok = true;
    coerceInputValue(input, inputType, (path, _value, error) => {
      ok = false;
      const at = path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${p}` : p), "");
      const named = /Field "(\w+)" of required type/.exec(error.message)?.[1];
      const column = columnOf(columns, named ? (at ? `${at}.${named}` : named) : at);
      errors.push({ row: number, column: column?.heading ?? null, field: column?.path ?? (at || null), code: "BAD_USER_INPUT", message: `${column?.heading ?? "row"}: ${error.message}` });
    });
    if (ok) parsed.push({ number, input });
  }
  return { rows: parsed, errors };
}
