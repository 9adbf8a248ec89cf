import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { fonts } from "@embedpdf/fonts-sc";
import { isTable, type DocTable, type Document } from "./deliverable-documents";

export const PDF_CONTENT_TYPE = "application/pdf";

/**
 * Noto Sans Hans (SIL OFL), shipped inside the @embedpdf/fonts-sc package: read from disk once, never
 * fetched. pdfkit embeds only the glyphs a document uses, so a report stays small.
 */
let cjk: { regular: Buffer; bold: Buffer } | null = null;
function cjkFonts() {
  if (!cjk) {
    const dir = path.join(path.dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
    const file = (weight: number) => readFileSync(path.join(dir, fonts.find((f) => f.weight === weight)!.file));
    cjk = { regular: file(400), bold: file(700) };
  }
  return cjk;
}

const MARGIN = 56;
const A4 = { width: 595.28, height: 841.89 };
const INNER = A4.width - 2 * MARGIN;

/** Column widths of a table: the first two (部门, 项目 or 案例) wider, the rest shared equally. */
function widths(table: DocTable): number[] {
  const n = table.columns.length;
  if (table.figuresFrom === undefined) return n === 3 ? [80, 130, INNER - 210] : table.columns.map(() => INNER / n);
  const fixed = [70, 150];
  const rest = (INNER - fixed[0] - fixed[1]) / (n - 2);
  return [...fixed, ...Array<number>(n - 2).fill(rest)];
}

function drawTable(doc: PDFKit.PDFDocument, table: DocTable) {
  const w = widths(table);
  const size = table.figuresFrom === undefined ? 9.5 : 8.5;
  const drawRow = (cells: string[], bold: boolean): void => {
    doc.font(bold ? "cjk-bold" : "cjk").fontSize(size);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: w[i] - 6 }))) + 6;
    if (doc.y + height > A4.height - MARGIN) {
      doc.addPage();
      if (!bold) drawRow(table.columns, true); // the column headings again on each page
      doc.font("cjk").fontSize(size);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.rect(x, top, w[i], height).lineWidth(0.5).stroke();
      const figure = table.figuresFrom !== undefined && i >= table.figuresFrom && !bold;
      doc.text(cell, x + 3, top + 3, { width: w[i] - 6, align: figure ? "right" : "left" });
      x += w[i];
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(table.columns, true);
  for (const row of table.rows) drawRow(row, false);
}

/** The special work report as a printable A4 PDF in Chinese: title, facts, narrative, the frozen figures, the typical cases. */
export function documentPdf(report: Document, generatedAt: Date): Promise<Buffer> {
  const { regular, bold } = cjkFonts();
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: report.title, Creator: "IPR enforcement platform gateway", CreationDate: generatedAt } });
  doc.registerFont("cjk", regular);
  doc.registerFont("cjk-bold", bold);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("cjk-bold").fontSize(18).text(report.title, { align: "center" });
  doc.moveDown(0.8);
  for (const [label, value] of report.meta) doc.font("cjk-bold").fontSize(10.5).text(`${label}：`, { continued: true }).font("cjk").text(value);
  for (const section of report.sections) {
    doc.moveDown(1);
    doc.font("cjk-bold").fontSize(13).text(section.heading);
    doc.moveDown(0.4);
    if (isTable(section)) drawTable(doc, section);
    else doc.font("cjk").fontSize(11).text(section.text, { lineGap: 3, paragraphGap: 4 });
  }
  doc.end();
  return done;
}
