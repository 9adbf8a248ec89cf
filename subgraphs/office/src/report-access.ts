import {
  Agency, NATIONAL, REPORTING_UNITS, assertAgency, assertRegion, badInput, canRead, checkReportKey, covers, forbidden, reportingUnitOf,
  type Context, type ReportKey,
} from "@ipr/shared";

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

/** A reporting unit the caller may read the deliverables of (any agency inside the region, as for the table). */
export function checkUnitRead(ctx: Context, region: string, field = "region"): string {
  assertRegion(region, field);
  if (!isReportingUnit(region)) throw badInput(field, `${region} is not a reporting unit: ${reportingUnitOf(region)?.code ?? "its province"} reports for it`);
  if (!canRead(ctx.identity, region)) throw forbidden(`region ${region} is outside your region ${ctx.identity.region}`, field);
  return region;
}

/**
 * Who may submit a unit's deliverable: its own office (OFFICE of exactly that unit). A city reports
 * through its province, and the national office does not submit on a unit's behalf.
 */
export function checkUnitOffice(ctx: Context, region: string, field = "input.region"): string {
  assertAgency(ctx, Agency.OFFICE);
  assertRegion(region, field, { allowNational: true });
  if (region === NATIONAL) throw badInput(field, "the national office receives deliverables: give a reporting unit");
  if (!isReportingUnit(region)) throw badInput(field, `${region} is not a reporting unit: ${reportingUnitOf(region)?.code ?? "its province"} reports for it`);
  if (ctx.identity.region !== region)
    throw forbidden(
      ctx.identity.region === NATIONAL
        ? `the national office does not submit on behalf of ${region}: the unit's own office submits`
        : `a unit's office submits only its own deliverables; you act for ${ctx.identity.region}`,
      field,
    );
  return region;
}

/** The reporting units inside the caller's region (every unit for a national user), or FORBIDDEN when none is. */
export function unitsOfCaller(ctx: Context): string[] {
  const units = REPORTING_UNITS.map((u) => u.code).filter((code) => covers(ctx.identity.region, code));
  if (!units.length) throw forbidden(`no reporting unit lies inside your region ${ctx.identity.region}: ask for a unit explicitly`);
  return units;
}
