import { Workbook, type Borders, type Cell, type Worksheet } from "exceljs";
import { HEADINGS, SUPPLEMENT_HEADINGS, SUPPLEMENT_TITLE, TYPICAL_CASES, type PaperLine, type PaperTable } from "./paper-table";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const SHEET_NAMES = { table: "统计表", supplement: "表外统计" } as const;

const THIN: Partial<Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const CENTER = { vertical: "middle", horizontal: "center", wrapText: true } as const;

/**
 * Counts are integer cells. An amount is a number cell shown with 2 decimals when the number prints
 * back as exactly the same Decimal (always, below ~10^13 yuan), so sums work in Excel; otherwise it
 * stays a text cell rather than lose a cent to a float.
 */
function setFigure(cell: Cell, kind: "count" | "amount", value: string | undefined) {
  if (value === undefined) return;
  const n = Number(value);
  if (kind === "count" && Number.isSafeInteger(n)) {
    cell.value = n;
    cell.numFmt = "0";
  } else if (kind === "amount" && n.toFixed(2) === value) {
    cell.value = n;
    cell.numFmt = "#,##0.00";
  } else {
    cell.value = value;
    cell.alignment = { horizontal: "right" };
  }
}

function box(sheet: Worksheet, fromRow: number, toRow: number, columns = 4) {
  for (let r = fromRow; r <= toRow; r++) for (let c = 1; c <= columns; c++) sheet.getCell(r, c).border = THIN;
}

/** Rows of lines starting at `first`; consecutive lines of one department share a merged 部门 cell. */
function writeLines(sheet: Worksheet, first: number, lines: PaperLine[]): number {
  lines.forEach((l, i) => {
    const row = sheet.getRow(first + i);
    row.getCell(1).value = l.department;
    row.getCell(2).value = l.item;
    setFigure(row.getCell(3), "count", l.count);
    setFigure(row.getCell(4), "amount", l.amount);
    row.getCell(1).alignment = CENTER;
  });
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1].department === lines[start].department) end++;
    if (end > start) sheet.mergeCells(first + start, 1, first + end, 1);
    start = end + 1;
  }
  return first + lines.length;
}

function titleRow(sheet: Worksheet, row: number, text: string, size = 14) {
  sheet.mergeCells(row, 1, row, 4);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(row).height = size * 2;
}

function headingRows(sheet: Worksheet, row: number, labels: { department: string; item: string; count: string; amount: string }, figures?: string) {
  if (figures) {
    sheet.getCell(row, 1).value = labels.department;
    sheet.getCell(row, 2).value = labels.item;
    sheet.getCell(row, 3).value = figures;
    sheet.getCell(row + 1, 3).value = labels.count;
    sheet.getCell(row + 1, 4).value = labels.amount;
    sheet.mergeCells(row, 1, row + 1, 1);
    sheet.mergeCells(row, 2, row + 1, 2);
    sheet.mergeCells(row, 3, row, 4);
  } else {
    [labels.department, labels.item, labels.count, labels.amount].forEach((v, i) => (sheet.getCell(row + 1, i + 1).value = v));
  }
  for (const r of figures ? [row, row + 1] : [row + 1])
    for (let c = 1; c <= 4; c++) Object.assign(sheet.getCell(r, c), { font: { bold: true }, alignment: CENTER });
}

/** The paper table on sheet 统计表 (merged cells as on paper); customs, postal and courts on sheet 表外统计. */
export async function paperTableXlsx(table: PaperTable, generatedAt: Date): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = "IPR enforcement platform gateway";
  workbook.created = workbook.modified = generatedAt;

  const sheet = workbook.addWorksheet(SHEET_NAMES.table, { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 18 }, { width: 30 }, { width: 24 }, { width: 20 }];
  titleRow(sheet, 1, table.title);
  let row = 2;
  for (const [label, value] of table.meta) {
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 1).font = { bold: true };
    sheet.mergeCells(row, 2, row, 4);
    sheet.getCell(row, 2).value = value;
    row++;
  }
  const tableTop = row;
  headingRows(sheet, row, HEADINGS, HEADINGS.figures);
  row = writeLines(sheet, row + 2, table.lines);
  sheet.mergeCells(row, 1, row, 4);
  sheet.getCell(row, 1).value = `${TYPICAL_CASES}：`;
  sheet.getCell(row, 1).font = { bold: true };
  row++;
  const cases = table.typicalCases.length ? table.typicalCases : [{ department: "", title: "（本月无）", summary: "" }];
  for (const c of cases) {
    sheet.getCell(row, 1).value = c.department;
    sheet.getCell(row, 1).alignment = CENTER;
    sheet.getCell(row, 2).value = c.title;
    sheet.getCell(row, 2).alignment = { vertical: "top", wrapText: true };
    sheet.mergeCells(row, 3, row, 4);
    sheet.getCell(row, 3).value = c.summary;
    sheet.getCell(row, 3).alignment = { vertical: "top", wrapText: true };
    sheet.getRow(row).height = Math.min(409, 15 * Math.max(1, Math.ceil([...c.summary].length / 22) + (c.summary.match(/\n/g)?.length ?? 0)));
    row++;
  }
  box(sheet, tableTop, row - 1);

  const extra = workbook.addWorksheet(SHEET_NAMES.supplement);
  extra.columns = [{ width: 18 }, { width: 30 }, { width: 16 }, { width: 20 }];
  titleRow(extra, 1, SUPPLEMENT_TITLE, 12);
  headingRows(extra, 1, SUPPLEMENT_HEADINGS);
  const end = writeLines(extra, 3, table.supplement);
  box(extra, 2, end - 1);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
