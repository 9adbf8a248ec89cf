import { Agency, correctionResolvers, type Context } from "@ipr/shared";
import { Patent } from "../entities/patent";
import { PatentCase } from "../entities/patent-case";
import { checkPatent } from "../patent-checks";
import { normalizePatentNumber } from "../patent-number";
import { CorrectPatentInput } from "../schema/inputs";

/** IPO's cases citing the patent: checked against its grant date, its holder and the holder's foreign investment. */
const casesCiting = async (ctx: Context, p: Patent) =>
  (await ctx.em.find(PatentCase, { patentNumber: p.patentNumber }, { orderBy: { openedOn: "asc", id: "asc" } }))
    .map((c) => ({ type: "PatentCase", id: c.id, subgraph: "ipo", region: c.region, relies: ["grantedOn", "holderCreditCode", "foreignInvested"] }));

/**
 * correctPatent, withdrawPatent, Patent.history, patentHistory: IPO only (the register is national,
 * named by its number, with or without ZL). Refused while IPO's cases rely on it, or a customs
 * recordation names it (customs answers).
 */
export const PatentCorrections = correctionResolvers({
  typename: "Patent",
  entity: Patent,
  owner: Agency.IPO,
  key: { field: "patentNumber", parse: normalizePatentNumber },
  region: () => null,
  input: CorrectPatentInput,
  check: (ctx, corrected) => checkPatent(ctx, corrected as never),
  ownDependents: casesCiting,
  dependents: ["customs"],
});
