import { canRead, lookup, many, one, type Context } from "@ipr/shared";
import { Patent } from "./entities/patent";
import { PatentCase } from "./entities/patent-case";
import { normalizePatentNumber } from "./patent-number";

/** The register is national: any caller sees any patent. A malformed number reads as absent. */
export function findPatent(ctx: Context, patentNumber: string): Promise<Patent | null> {
  const key = normalizePatentNumber(patentNumber);
  return key ? one(ctx, Patent, "patentNumber").load(key) : Promise.resolve(null);
}

/** Cases are region-scoped: out-of-region or malformed ids read as absent. */
export const findPatentCase = (ctx: Context, id: string) => lookup(ctx, PatentCase, id);

/** Cases about each patent, one statement per request, only those inside the caller's region. */
export const casesOfPatent = (ctx: Context, patentNumber: string) =>
  many(ctx, PatentCase, "patentNumber", { openedOn: "desc", id: "desc" })
    .load(patentNumber)
    .then((cases) => cases.filter((c) => canRead(ctx.identity, c.region)));
