import { Agency } from "./agency";
import type { Context } from "./context";
import { forbidden } from "./errors";
import type { Identity } from "./identity";
import { covers, regionPrefix } from "./regions";

/**
 * The access rules of DESIGN.md, in one place so every subgraph applies them the same way:
 * a caller reads inside its region, writes only its own agency's data inside its region,
 * and sees suspects' personal data only in the criminal-justice agencies.
 */
/** A MikroORM filter under construction; spread several into one `where`. */
export type Where = Record<string, unknown>;

export const PERSONAL_DATA_READERS: readonly Agency[] = [Agency.POLICE, Agency.PROCURATORATE, Agency.COURTS];

export const seesPersonalData = (identity: Identity) => PERSONAL_DATA_READERS.includes(identity.agency);

export const canRead = (identity: Identity, region: string) => covers(identity.region, region);

/** A row filter limiting a list to the caller's region (and an optional narrower region asked for). */
export function regionScope(identity: Identity, asked?: string | null, field = "region"): Where {
  if (asked && !covers(identity.region, asked) && !covers(asked, identity.region))
    throw forbidden(`filter.region ${asked} is outside your region ${identity.region}`, "filter.region");
  const narrower = asked && covers(identity.region, asked) ? asked : identity.region;
  return regionPrefixFilter(narrower, field);
}

/** Rows whose region starts with the code's prefix, as a range so a plain b-tree index serves it. */
export function regionPrefixFilter(code: string, field = "region"): Where {
  const prefix = regionPrefix(code);
  if (!prefix) return {};
  const next = String(Number(prefix) + 1).padStart(prefix.length, "0");
  return { [field]: { $gte: prefix, $lt: next } };
}

/** Writes: only the owning agency, only inside the caller's region. */
export function assertCanWrite(ctx: Context, owner: Agency, region: string, field = "input.region"): void {
  assertAgency(ctx, owner);
  if (!covers(ctx.identity.region, region)) throw forbidden(`${field} ${region} is outside your region ${ctx.identity.region}`, field);
}

/** Writes to national data with no region (registers, recordations): only the owning agency. */
export function assertAgency(ctx: Context, owner: Agency): void {
  if (ctx.identity.agency !== owner) throw forbidden(`only ${owner} records this; you act for ${ctx.identity.agency}`);
}

/** Out-of-region rows are reported as absent, so a lookup reveals nothing about them. */
export const visible = <T extends { region: string }>(ctx: Context, row: T | null | undefined): T | null =>
  row && canRead(ctx.identity, row.region) ? row : null;
