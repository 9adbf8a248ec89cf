import type { Response } from "express";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { ColumnType, FeedColumn, Pages, Row } from "./model";
import { writeChunk } from "./sink";

export const PARQUET_TYPE = "application/vnd.apache.parquet";

/** Rows per row group: a few MB of column data held at once, whatever the size of the feed. */
export const ROW_GROUP = 10_000;

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]["schema"][number];

/** Amounts are numeric(18,2) in every subgraph: DECIMAL(18,2) on INT64, never a float. */
const PRECISION = 18;
const SCALE = 2;

/** The Parquet type of each column type: logical types BI tools read as DECIMAL, DATE and UTC TIMESTAMP. */
const ELEMENT: Record<ColumnType, Omit<SchemaElement, "name">> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" }, repetition_type: "OPTIONAL" },
  integer: { type: "INT32", repetition_type: "OPTIONAL" },
  boolean: { type: "BOOLEAN", repetition_type: "OPTIONAL" },
  decimal: { type: "INT64", converted_type: "DECIMAL", precision: PRECISION, scale: SCALE, logical_type: { type: "DECIMAL", precision: PRECISION, scale: SCALE }, repetition_type: "OPTIONAL" },
  date: { type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" }, repetition_type: "OPTIONAL" },
  timestamp: { type: "INT64", converted_type: "TIMESTAMP_MICROS", logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MICROS" }, repetition_type: "OPTIONAL" },
};

/** How `GET /feeds` names each type for BI tools. */
export const PARQUET_NAME: Record<ColumnType, string> = {
  string: "STRING", integer: "INT32", boolean: "BOOLEAN", decimal: `DECIMAL(${PRECISION},${SCALE})`, date: "DATE", timestamp: "TIMESTAMP (UTC, microseconds)",
};

const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;
const DAY_MS = 86_400_000;

/** A value as the API gives it to the physical value of its Parquet type: decimals by digits, never through a float. */
export function physical(type: ColumnType, value: Row[number]): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "decimal": {
      const m = DECIMAL.exec(String(value));
      if (!m) throw new Error(`not a Decimal: ${JSON.stringify(value)}`);
      const unscaled = BigInt(m[2]) * 100n + BigInt((m[3] ?? "").padEnd(SCALE, "0"));
      return m[1] ? -unscaled : unscaled;
    }
    case "date":
      return Date.parse(`${value}T00:00:00Z`) / DAY_MS;
    case "timestamp":
      return BigInt(Date.parse(String(value))) * 1000n;
    case "integer":
      return Number(value);
    case "boolean":
      return Boolean(value);
    default:
      return String(value);
  }
}

/** hyparquet-writer's buffer, handed to the response after each row group (and the footer), with backpressure. */
class ResponseWriter extends ByteWriter {
  constructor(private readonly res: Response) {
    super(1 << 20);
  }
  flush(): Promise<void> | void {
    const chunk = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return writeChunk(this.res, chunk);
  }
  override finish(): Promise<void> | void {
    return this.flush();
  }
}

/**
 * A Parquet file written as the pages arrive: rows are gathered into row groups of ROW_GROUP, each
 * group encoded and sent before more pages are read; the footer (row group offsets) goes last.
 */
export async function writeParquet(res: Response, columns: readonly FeedColumn[], pages: Pages): Promise<void> {
  const schema: SchemaElement[] = [{ name: "root", num_children: columns.length }, ...columns.map((c) => ({ name: c.name, ...ELEMENT[c.type] }) as SchemaElement)];
  const writer = new ParquetWriter({ writer: new ResponseWriter(res), schema, createdBy: "ipr-case-graph feeds (hyparquet-writer)" });
  let group: unknown[][] = columns.map(() => []);
  let size = 0;
  const writeGroup = async () => {
    if (!size) return;
    await writer.write({ columnData: columns.map((c, i) => ({ name: c.name, data: group[i] })), rowGroupSize: size });
    group = columns.map(() => []);
    size = 0;
  };
  for await (const rows of pages) {
    for (const row of rows) {
      columns.forEach((c, i) => group[i].push(physical(c.type, row[i])));
      if (++size === ROW_GROUP) await writeGroup();
    }
  }
  await writeGroup();
  await writer.finish();
}
