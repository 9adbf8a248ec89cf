import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { token, type Platform } from "./platform";

/** What a BI tool does: GET a feed with its bearer token. */
export async function getFeed(p: Platform, who: { agency: string; region: string }, file: string, query: Record<string, string> = {}) {
  const url = new URL(p.gateway.url.replace(/\/graphql$/, `/feeds/${file}`));
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return fetch(url, { headers: { authorization: `Bearer ${await token(who.agency, who.region)}` } });
}

/** A scratch folder for downloaded files, removed by `cleanup`. */
export function scratch() {
  const dir = mkdtempSync(path.join(tmpdir(), "ipr-feeds-"));
  return { dir, file: (name: string) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Streams a response body to a file (never holding it in memory); the byte count. */
export async function download(res: Response, file: string): Promise<void> {
  if (!res.ok || !res.body) throw new Error(`feed answered ${res.status}: ${await res.text()}`);
  await pipeline(Readable.fromWeb(res.body as never), createWriteStream(file));
}

let duck: DuckDBConnection | undefined;
async function duckdb(): Promise<DuckDBConnection> {
  if (!duck) duck = await (await DuckDBInstance.create(":memory:")).connect();
  return duck;
}
export function closeDuckDb() {
  duck?.closeSync();
  duck = undefined;
}

/** Rows of a SQL query in DuckDB (values as JSON: decimals and dates as strings). */
export async function duckRows(sql: string): Promise<Array<Record<string, any>>> {
  const reader = await (await duckdb()).runAndReadAll(sql);
  return reader.getRowObjectsJson() as Array<Record<string, any>>;
}

/** Column name → DuckDB type of a Parquet file, as DuckDB reads it. */
export async function parquetTypes(file: string): Promise<Record<string, string>> {
  const rows = await duckRows(`describe select * from read_parquet('${file}')`);
  return Object.fromEntries(rows.map((r) => [r.column_name, r.column_type]));
}

export async function parquetCount(file: string): Promise<number> {
  const [row] = await duckRows(`select count(*)::integer as n from read_parquet('${file}')`);
  return Number(row.n);
}

/** Data rows of a CSV body (CRLF records, a header row); quoted newlines do not occur in the feeds' columns. */
export const csvLines = (text: string) => text.split("\r\n").filter(Boolean);

/** The GraphQL totalCount of a list as the caller sees it. */
export async function totalCount(p: Platform, who: { agency: string; region: string }, list: string, filterType: string, filter: Record<string, unknown> = {}): Promise<number> {
  const res = await p.query(who, `query($f: ${filterType}) { ${list}(first: 0, filter: $f) { totalCount } }`, { f: filter });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data[list].totalCount;
}
