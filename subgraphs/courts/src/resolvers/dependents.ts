import { Agency, dependentsQuery, isUuid } from "@ipr/shared";
import { CourtCase } from "../entities/court-case";

/**
 * What a criminal trial relies on in the prosecution it tries: the decision to prosecute, its date
 * (the case is filed no earlier), its region (the court must see it) and the foreign investment the
 * trial inherits.
 */
export const TRIAL_RELIES_ON = ["decision", "decidedOn", "region", "foreignInvested"];

/** `courtsDependents(typename, id)`: asked by the procuratorate before it corrects or withdraws a prosecution. */
export const CourtsDependents = dependentsQuery("courts", {
  Prosecution: {
    owner: Agency.PROCURATORATE,
    // every live court case trying it, whatever its region
    find: async (ctx, id) =>
      !isUuid(id) ? [] : (await ctx.em.find(CourtCase, { prosecutionId: id }, { orderBy: { filedOn: "asc", id: "asc" } })).map((c) => ({
        type: "CourtCase", id: c.id, region: c.region, relies: TRIAL_RELIES_ON,
      })),
  },
});
