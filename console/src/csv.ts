/** A chart's data: exactly what it draws and what its CSV holds. */
export interface DataTable {
  columns: string[];
  rows: Array<Array<string | number>>;
}

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a BOM, so that Excel reads the Chinese. */
export function toCsv(table: DataTable): string {
  return "\uFEFF" + [table.columns, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Offers the CSV as a download (a blob URL of this origin; nothing leaves the page). */
export function downloadCsv(table: DataTable, fileName: string) {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
