import { Agency, forbidden, type Context } from "@ipr/shared";

/**
 * Writes of national customs data (recordations, joint operations): the agency is checked, not the
 * region, since the General Administration records them for the whole country (the kit's
 * `assertCanWrite` always checks a region).
 */
export function assertCustoms(ctx: Context): void {
  if (ctx.identity.agency !== Agency.CUSTOMS) throw forbidden(`only ${Agency.CUSTOMS} records this; you act for ${ctx.identity.agency}`);
}
