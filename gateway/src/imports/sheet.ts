import ExcelJS from "exceljs";
import { UploadRefused } from "./refusal";
import { guardZip } from "./zip-guard";

/** A sheet as text: each non-empty row with its row number in the file (1-based) and its cells as text. */
export interface SheetRow {
  number: number;
  cells: string[];
}

const isXlsx = (file: Buffer) => file.length > 4 && file.readUInt32LE(0) === 0x04034b50;

/**
 * A cell as inert text: a formula is its formula text (`=A1*2`), never evaluated nor its cached result
 * trusted; a date is YYYY-MM-DD; rich text and links are their text. External links stay unresolved.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return `=${(value as ExcelJS.CellFormulaValue).formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula}`;
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value);
}

async function xlsxRows(file: Buffer): Promise<SheetRow[]> {
  await guardZip(file);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UploadRefused(400, "BAD_FILE", `not a readable XLSX: ${(e as Error).message}`);
  }
  // the first sheet holds the data (the template's example and lists come after it)
  const sheet = book.worksheets[0];
  if (!sheet) throw new UploadRefused(400, "BAD_FILE", "the workbook has no sheet");
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    rows.push({ number, cells: Array.from(cells, (c) => c ?? "") });
  });
  return rows;
}

/** UTF-8 (with or without BOM), else GB18030, the encoding Excel on a Chinese Windows writes. */
function decode(file: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(file);
  } catch {
    return new TextDecoder("gb18030").decode(file);
  }
}

/** RFC 4180: commas, quoted fields with doubled quotes and line breaks inside; a cell is text, never a formula. */
export function csvRows(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim())) rows.push({ number: start, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && !cell) quoted = true;
    else if (ch === ",") cells.push(cell), (cell = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      start = ++line;
    } else cell += ch;
  }
  if (cell || cells.length) endRow();
  return rows;
}

/** The rows of an uploaded XLSX or CSV (told apart by the zip signature, not by a name or a header). */
export async function sheetRows(file: Buffer): Promise<SheetRow[]> {
  if (isXlsx(file)) return xlsxRows(file);
  if (file.includes(0)) throw new UploadRefused(415, "UNSUPPORTED_FILE", "neither an XLSX nor a CSV (text) file");
  return csvRows(decode(file));
}
