import { LockMode } from "@mikro-orm/core";
import { canRead, isUuid, notFound, one, regionScope, requireId, type Context, type EntityManager, type Where } from "@ipr/shared";
import { Complaint } from "./entities/complaint";

/** Both ends read a complaint: the caller covers the region it was recorded in, or the one it was routed to. */
export const canReadComplaint = (ctx: Context, c: Complaint) => canRead(ctx.identity, c.region) || canRead(ctx.identity, c.handlingRegion);

/** A list's rows inside the caller's region (or a narrower one asked for), by either end. */
export const complaintScope = (ctx: Context, asked?: string | null): Where => ({
  $or: [regionScope(ctx.identity, asked, "region"), regionScope(ctx.identity, asked, "handlingRegion")],
});

/** By id for lookups and `_entities`: batched; unknown, malformed and out-of-region ids all read as absent. */
export async function findComplaint(ctx: Context, id: string): Promise<Complaint | null> {
  if (!isUuid(id)) return null;
  const row = await one(ctx, Complaint).load(id.toLowerCase());
  return row && canReadComplaint(ctx, row) ? row : null;
}

/**
 * The complaint as it stands, for a step's checks: unlocked, read in a fork of its own so the locked
 * read that follows loads the row afresh; or locked, inside the step's transaction.
 */
export async function complaintFor(ctx: Context, id: string, em: EntityManager = ctx.em.fork(), lock = false): Promise<Complaint> {
  const found = await em.findOne(Complaint, { id: requireId(id, "input.complaintId", "complaint") }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!found || !canReadComplaint(ctx, found)) throw notFound("input.complaintId", "complaint", id);
  return found;
}
