import { HEADINGS, SUPPLEMENT_HEADINGS, SUPPLEMENT_TITLE, TYPICAL_CASES, type PaperLine, type PaperTable } from "./paper-table";

/** Excel reads a CSV as the local code page (GBK in China) unless it starts with the UTF-8 byte order mark. */
export const BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/** RFC 4180: a field with a comma, a quote, CR or LF goes in quotes, with its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records end with CRLF (RFC 4180), the last one included. */
export function toCsv(rows: string[][], { bom = true } = {}): string {
  return (bom ? BOM : "") + rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}

/**
 * Free text typed by users (typical cases) must not run as a formula when the file is opened in a
 * spreadsheet (CSV injection): a leading = + - @ TAB or CR gets an apostrophe, as OWASP advises.
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const WIDTH = 4;
const pad = (cells: string[]) => [...cells, ...Array<string>(Math.max(0, WIDTH - cells.length)).fill("")];
const line = (l: PaperLine) => [l.department, l.item, l.count ?? "", l.amount ?? ""];

/**
 * The paper table as CSV, four columns wide: 部门, 项目 and the heading 案件数量/涉案金额 split into a
 * count column and an amount column (a second heading row names them). CSV has no merged cells, so
 * 部门 is repeated on each of its rows; the lines beyond the paper table follow after an empty row.
 */
export function paperTableCsv(table: PaperTable): string {
  const rows: string[][] = [
    [table.title],
    ...table.meta.map(([label, value]) => [label, value]),
    [HEADINGS.department, HEADINGS.item, HEADINGS.figures],
    ["", "", HEADINGS.count, HEADINGS.amount],
    ...table.lines.map(line),
    [TYPICAL_CASES],
    ...(table.typicalCases.length
      ? table.typicalCases.map((c) => [c.department, inertText(c.title), inertText(c.summary)])
      : [["", "（本月无）"]]),
    [],
    [SUPPLEMENT_TITLE],
    [SUPPLEMENT_HEADINGS.department, SUPPLEMENT_HEADINGS.item, SUPPLEMENT_HEADINGS.count, SUPPLEMENT_HEADINGS.amount],
    ...table.supplement.map(line),
  ];
  return toCsv(rows.map(pad));
}
