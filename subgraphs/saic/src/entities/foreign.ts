import { MonthlyReportStub } from "@ipr/shared";

/*
 * Other agencies' entities as this subgraph sees them: their keys only. Its resolvers add the
 * fields it contributes; the owners resolve the rest.
 */

/** The office's monthly report, to which this agency contributes its line(s) of the table. */
export const MonthlyReport = MonthlyReportStub();
