import { canRead, notFound, requireId, type Context } from "@ipr/shared";

/** What the courts need to know of a prosecution, asked of its owner, the procuratorate. */
export interface ProsecutionFacts {
  id: string;
  decision: "PROSECUTED" | "NOT_PROSECUTED";
  region: string;
  decidedOn: string;
  /** The right holder is foreign-invested: the procuratorate's reading of the criminal case, which the trial inherits. */
  foreignInvested: boolean;
  defendants: Array<{ id: string }>;
  /** The campaign the prosecution counts under; the trial inherits it unless the court names one. */
  campaign?: string | null;
}

const SELECTION = "id decision region decidedOn foreignInvested campaign defendants { id }";

/**
 * The prosecution a criminal case tries, through one signed `_entities` call as the caller. Unknown,
 * malformed and out-of-region ids all read as NOT_FOUND on `field`, so nothing about them leaks.
 */
export async function findProsecution(ctx: Context, id: string, field: string): Promise<ProsecutionFacts> {
  const [found] = await ctx.peers.entities<ProsecutionFacts>(ctx.identity, "procuratorate", "Prosecution", [{ id: requireId(id, field, "Prosecution") }], SELECTION);
  if (!found || !canRead(ctx.identity, found.region)) throw notFound(field, "Prosecution", id);
  return found;
}
