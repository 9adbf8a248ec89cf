import { canRead, isUuid, lookup, one, type Context } from "@ipr/shared";
import { CaseCluster } from "./entities/case-cluster";
import { CriminalCase } from "./entities/criminal-case";
import { Person } from "./entities/person";

export const findCriminalCase = (ctx: Context, id: string) => lookup(ctx, CriminalCase, id);

/** A suspect, unless the case it was filed with was withdrawn: suspects leave with their case. */
export async function findPerson(ctx: Context, id: string): Promise<Person | null> {
  const person = await lookup(ctx, Person, id);
  return person && (await findCriminalCase(ctx, person.criminalCase.id)) ? person : null;
}

/** A cluster is seen by whoever sees its lead region or the region of any member case. */
export const canSeeCluster = (ctx: Context, c: CaseCluster) =>
  canRead(ctx.identity, c.leadRegion) || c.regions.some((r) => canRead(ctx.identity, r));

export async function findCaseCluster(ctx: Context, id: string): Promise<CaseCluster | null> {
  if (!isUuid(id)) return null;
  const row = await one(ctx, CaseCluster).load(id.toLowerCase());
  return row && canSeeCluster(ctx, row) ? row : null;
}
