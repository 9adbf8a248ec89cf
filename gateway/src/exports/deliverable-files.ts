import { Workbook } from "exceljs";
import { inertText, toCsv } from "./csv";
import { isTable, type Document } from "./deliverable-documents";

/** A document as CSV: the title, the facts, then each section (text on one row, tables with their columns); user text made inert. */
export function documentCsv(doc: Document): string {
  const rows: string[][] = [[doc.title], ...doc.meta.map(([label, value]) => [label, inertText(value)])];
  for (const section of doc.sections) {
    rows.push([], [section.heading]);
    if (isTable(section)) rows.push(section.columns, ...section.rows.map((row) => row.map((cell, i) => (i < (section.figuresFrom ?? Infinity) ? inertText(cell) : cell))));
    else rows.push([inertText(section.text)]);
  }
  return toCsv(rows);
}

const WRAP = { vertical: "top", wrapText: true } as const;

/**
 * A document as an XLSX workbook: the title, facts and sections on the first sheet (`sheetName`), a
 * section naming its own `sheet` on that sheet (each under the title again). Figures are number
 * cells when the number prints back as the same Decimal (so sums work in Excel); user text is stored
 * as text, never as a formula.
 */
export async function documentXlsx(doc: Document, sheetName: string, generatedAt: Date): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = "IPR enforcement platform gateway";
  workbook.created = workbook.modified = generatedAt;
  const width = Math.max(2, ...doc.sections.map((s) => (isTable(s) ? s.columns.length : 2)));
  const sheets = new Map<string, ReturnType<typeof workbook.addWorksheet>>();
  const sheetOf = (name: string) => {
    if (!sheets.has(name)) {
      const sheet = workbook.addWorksheet(name);
      sheet.columns = Array.from({ length: width }, (_, i) => ({ width: i === 1 || i === 3 ? 36 : 18 }));
      sheets.set(name, sheet);
      if (name !== sheetName) put(sheet, [doc.title], true).getCell(1).font = { bold: true, size: 14 };
    }
    return sheets.get(name)!;
  };
  const put = (sheet: ReturnType<typeof workbook.addWorksheet>, values: Array<string | number>, bold = false) => {
    const row = sheet.addRow(values);
    row.eachCell((cell) => Object.assign(cell, { alignment: WRAP, ...(bold ? { font: { bold: true } } : {}) }));
    return row;
  };
  const first = sheetOf(sheetName);
  put(first, [doc.title], true).getCell(1).font = { bold: true, size: 14 };
  for (const [label, value] of doc.meta) put(first, [label, value]).getCell(1).font = { bold: true };
  for (const section of doc.sections) {
    const sheet = sheetOf(section.sheet ?? sheetName);
    put(sheet, []);
    put(sheet, [section.heading], true);
    if (!isTable(section)) {
      const row = put(sheet, [section.text]);
      sheet.mergeCells(row.number, 1, row.number, width);
      row.height = Math.min(409, 15 * Math.max(1, Math.ceil([...section.text].length / 60) + (section.text.match(/\n/g)?.length ?? 0)));
      continue;
    }
    put(sheet, section.columns, true);
    for (const cells of section.rows)
      put(sheet, cells.map((cell, i) => (i >= (section.figuresFrom ?? Infinity) && Number(cell).toFixed(cell.includes(".") ? 2 : 0) === cell ? Number(cell) : cell)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
