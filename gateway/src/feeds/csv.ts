import type { Response } from "express";
import { csvField } from "../exports/csv";
import type { FeedColumn, Pages, Row } from "./model";
import { writeChunk } from "./sink";

export const CSV_TYPE = "text/csv; charset=utf-8";

/** Values exactly as the API gives them (Decimal strings, YYYY-MM-DD, ISO UTC times); empty for null. */
const cell = (value: Row[number]) => (value === null ? "" : csvField(String(value)));

/** RFC 4180, CRLF, a header row of the snake_case names, no byte order mark (BI tools read UTF-8). */
export async function writeCsv(res: Response, columns: readonly FeedColumn[], pages: Pages): Promise<void> {
  await writeChunk(res, columns.map((c) => c.name).join(",") + "\r\n");
  for await (const rows of pages) {
    if (rows.length) await writeChunk(res, rows.map((r) => r.map(cell).join(",") + "\r\n").join(""));
  }
}
