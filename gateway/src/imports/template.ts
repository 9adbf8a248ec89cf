import ExcelJS from "exceljs";
import { REPORTING_UNITS, type RegisteredImport } from "@ipr/shared";
import type { ImportColumn } from "./columns";

export const DATA_SHEET = "数据 Data";
export const LISTS_SHEET = "选项 Lists";
export const EXAMPLE_SHEET = "示例 Example";
/** Row 1: 中文 headings; row 2: the field names (also accepted as headings); data from row 3. */
export const FIRST_DATA_ROW = 3;
/** Rows of the data sheet that carry the validation lists (Excel keeps them as ranges, so this costs little). */
const VALIDATED_ROWS = 2000;

export const YES = "是";
export const NO = "否";

const letter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : letter(Math.floor((n - 1) / 26)) + letter(((n - 1) % 26) + 1));

/** An enum value as the template shows it: its 中文 label (its name where it has none). */
const labelOf = (column: ImportColumn, value: string): string => column.labels?.[value] ?? value;

/** A column's list for data validation: enum labels, yes/no, or the reporting units for a region (other codes allowed with a warning). */
function listOf(column: ImportColumn): { values: string[]; strict: boolean } | null {
  if (column.kind === "enum") return { values: column.values!.map((v) => labelOf(column, v)), strict: true };
  if (column.kind === "boolean") return { values: [YES, NO], strict: true };
  if (/(^|\.)region$/.test(column.path)) return { values: REPORTING_UNITS.map((u) => u.code), strict: false };
  return null;
}

const NOTE: Record<ImportColumn["kind"], string> = {
  text: "文本 text",
  enum: "从列表选择 pick from the list",
  boolean: "是/否 yes/no",
  date: "日期 YYYY-MM-DD",
  decimal: "金额，两位小数 amount, 2 decimals, e.g. 1200.50",
  int: "整数 whole number",
};

function headings(sheet: ExcelJS.Worksheet, columns: ImportColumn[]) {
  sheet.addRow(columns.map((c) => c.heading));
  sheet.addRow(columns.map((c) => c.path));
  columns.forEach((c, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.font = { bold: true, color: c.required ? { argb: "FFC00000" } : undefined };
    // an enum's note pairs each label with its value name (a cell may hold either)
    const values = c.values?.map((v) => (labelOf(c, v) === v ? v : `${labelOf(c, v)} = ${v}`)).join("\n");
    cell.note = [`${c.path}${c.required ? " (必填 required)" : ""}`, NOTE[c.kind], c.description ?? "", values ?? ""].filter(Boolean).join("\n");
    sheet.getCell(2, i + 1).font = { italic: true, color: { argb: "FF808080" } };
    sheet.getColumn(i + 1).width = Math.max(12, Math.min(40, c.heading.length * 2 + 4));
    // dates and numbers kept as text, so Excel neither reformats a date nor rounds an amount
    sheet.getColumn(i + 1).numFmt = "@";
  });
  sheet.views = [{ state: "frozen", ySplit: 2 }];
}

/**
 * The template of one import: a data sheet (中文 headings, the field names under them, validation
 * lists for enumerations (their 中文 labels), yes/no and region codes), the lists on a hidden sheet,
 * and an example row on a sheet of its own (so it is never imported by mistake).
 */
export async function importTemplate(spec: RegisteredImport, columns: ImportColumn[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "ipr gateway";
  const data = book.addWorksheet(DATA_SHEET);
  const lists = book.addWorksheet(LISTS_SHEET, { state: "hidden" });
  const example = book.addWorksheet(EXAMPLE_SHEET);
  headings(data, columns);
  headings(example, columns);
  // a manifest's example names enum values; the row shows their labels, as a clerk picks them
  example.addRow(columns.map((c) => (c.kind === "enum" && spec.example[c.path] ? labelOf(c, spec.example[c.path]) : spec.example[c.path] ?? "")));

  let listColumn = 0;
  columns.forEach((c, i) => {
    const list = listOf(c);
    if (!list) return;
    listColumn++;
    list.values.forEach((v, r) => (lists.getCell(r + 1, listColumn).value = v));
    const range = `'${LISTS_SHEET}'!$${letter(listColumn)}$1:$${letter(listColumn)}$${list.values.length}`;
    for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + VALIDATED_ROWS; r++)
      data.getCell(r, i + 1).dataValidation = {
        type: "list", allowBlank: !c.required, formulae: [range], showErrorMessage: true, errorStyle: list.strict ? "stop" : "warning",
        errorTitle: c.heading, error: list.strict ? `请从列表选择 Pick one of the list` : "不是省级代码；市、县代码也可以 Not a province code; a city or county code is fine too",
      };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
