import { Agency, NATIONAL, canRead, covers, forbidden, notFound, type Context } from "@ipr/shared";

/**
 * Who may act on a major case: the agency handling it reports it and its progress; the office of its
 * province passes it up; the national office, or a provincial office inside its province, supervises.
 */
export function assertOffice(ctx: Context, field?: string): void {
  if (ctx.identity.agency !== Agency.OFFICE) throw forbidden(`only the office does this; you act for ${ctx.identity.agency}`, field);
}

/** The national office or a provincial one (not a city's): the offices that supervise. */
export function assertSupervisingOffice(ctx: Context, field: string): void {
  assertOffice(ctx, field);
  const r = ctx.identity.region;
  if (r !== NATIONAL && !r.endsWith("0000")) throw forbidden(`only the national or a provincial office supervises; you act for ${r}`, field);
}

/** Rows of another region read as absent, so a write reveals nothing about them. */
export function visibleOrNotFound<T extends { region: string }>(ctx: Context, row: T | null, field: string, what: string, id: string): T {
  if (!row || !canRead(ctx.identity, row.region)) throw notFound(field, what, id);
  return row;
}

/** The agency handling the case, inside its region. */
export function assertHandlingAgency(ctx: Context, report: { agency: Agency; region: string }, field: string): void {
  if (ctx.identity.agency !== report.agency || !covers(ctx.identity.region, report.region))
    throw forbidden(`only ${report.agency} in ${report.region}, which handles the case, reports its progress; you act for ${ctx.identity.agency} ${ctx.identity.region}`, field);
}
