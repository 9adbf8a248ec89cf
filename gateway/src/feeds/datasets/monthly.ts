import type { MonthlyDataset } from "../model";

/** The long format of the monthly table (exports/long-format.ts), typed: `value` is an exact decimal. */
export const monthly: MonthlyDataset = {
  kind: "monthly",
  name: "monthly",
  description: "The monthly statistics table in long format: one row per reporting unit × month × measure (?scope=FOREIGN_INVESTED|ALL)",
  columns: [
    { name: "region", type: "string", path: "region", description: "Reporting unit (province-level code)" },
    { name: "region_name", type: "string", path: "regionName", description: "Its name" },
    { name: "period", type: "string", path: "period", description: "Month, YYYY-MM" },
    { name: "scope", type: "string", path: "scope", description: "FOREIGN_INVESTED or ALL" },
    { name: "agency", type: "string", path: "agency", description: "Agency answering for the line" },
    { name: "line", type: "string", path: "line", description: "Line of the table (a MonthlyReport field)" },
    { name: "measure", type: "string", path: "measure", description: "Measure of the line" },
    { name: "value", type: "decimal", path: "value", description: "The figure: a count (no decimals) or an amount in yuan" },
  ],
};
