import { Agency, NATIONAL, REPORTING_UNITS, checkReportKey, forbidden, type Context, type ReportKey } from "@ipr/shared";

/** The 32 codes that send the table; submissions exist only for these. */
export const isReportingUnit = (code: string) => REPORTING_UNITS.some((u) => u.code === code);

/**
 * A report key the caller may read: the kit's rules (known region inside the caller's, a real month)
 * and, for national totals (000000), the national office only: a national user of another agency
 * reads its own agency's data nationwide, not the office's table of every agency.
 */
export function checkReport(ctx: Context, key: ReportKey, field = "region"): ReportKey {
  checkReportKey(ctx, key, field);
  if (key.region === NATIONAL && ctx.identity.agency !== Agency.OFFICE) throw forbidden("national totals are for the national office", field);
  return key;
}
