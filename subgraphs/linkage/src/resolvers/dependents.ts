import { Agency, REFERRAL_RELIES_ON, dependentsQuery, isUuid, type DependentFinder } from "@ipr/shared";
import { Referral } from "../entities/referral";
import { SOURCES, SOURCE_TYPES } from "../sources";

/**
 * `linkageDependents(typename, id)`: the referrals naming an agency's case as their source, for that
 * agency to ask before it corrects or withdraws the case. A referral relies on the case's region,
 * right holder and foreign investment, its date and the threshold facts its manifest declares (what
 * the police filed it on); the case cannot be withdrawn while any referral names it.
 */
const finders: Record<string, DependentFinder> = Object.fromEntries(
  SOURCE_TYPES.map((type) => {
    const source = SOURCES[type];
    const relies = [...new Set([...REFERRAL_RELIES_ON, source.dateField, ...source.facts.map((f) => f.name)])];
    const finder: DependentFinder = {
      owner: source.agency,
      // every referral of the case, whatever its region: the owner must know of all of them
      find: async (ctx, id) =>
        !isUuid(id) ? [] : (await ctx.em.find(Referral, { sourceType: type, sourceId: id }, { orderBy: { sentAt: "asc" } })).map((r) => ({ type: "Referral", id: r.id, region: r.region, relies })),
    };
    return [source.typename, finder];
  }),
);

/**
 * A referral the police decided FILED names the criminal case they filed (one fact, owned here): it
 * was checked to be filed no earlier than the referral was sent, so it relies on the case's filedOn,
 * and the case cannot be withdrawn while it answers the referral.
 */
const FILED_CASE_RELIES_ON = ["filedOn"];
finders.CriminalCase = {
  owner: Agency.POLICE,
  find: async (ctx, id) =>
    !isUuid(id) ? [] : (await ctx.em.find(Referral, { criminalCaseId: id })).map((r) => ({ type: "Referral", id: r.id, region: r.region, relies: FILED_CASE_RELIES_ON })),
};

export const LinkageDependents = dependentsQuery("linkage", finders);
