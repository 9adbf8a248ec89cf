import { Agency, dependentsQuery, isUuid, type Context } from "@ipr/shared";
import { ArrestReview } from "../entities/arrest-review";
import { MisconductCase } from "../entities/misconduct-case";
import { Prosecution } from "../entities/prosecution";

/**
 * What a decision relies on in the police's case: it was checked to lie in the deciding
 * procuratorate's region and to be filed no later than the decision, and it counts under the same
 * reading of the right holder's foreign investment (the courts inherit it from the prosecution).
 */
export const DECISION_RELIES_ON = ["region", "filedOn", "foreignInvested"];

/** The procuratorate's live records naming a criminal case, whatever their region. */
async function dependentsOfCase(ctx: Context, id: string) {
  if (!isUuid(id)) return [];
  const decisions = (type: string, rows: Array<{ id: string; region: string }>) => rows.map((r) => ({ type, id: r.id, region: r.region, relies: DECISION_RELIES_ON }));
  // a duty crime behind the case only names it (a supervised filing is the referral's fact: linkage answers for it)
  const naming = (type: string, rows: Array<{ id: string; region: string }>) => rows.map((r) => ({ type, id: r.id, region: r.region, relies: [] }));
  const byId = { orderBy: { id: "asc" } } as const;
  return [
    ...decisions("ArrestReview", await ctx.em.find(ArrestReview, { criminalCaseId: id }, byId)),
    ...decisions("Prosecution", await ctx.em.find(Prosecution, { criminalCaseId: id }, byId)),
    ...naming("MisconductCase", await ctx.em.find(MisconductCase, { relatedCriminalCaseId: id }, byId)),
  ];
}

/** `procuratorateDependents(typename, id)`: asked by the police before they correct or withdraw a criminal case. */
export const ProcuratorateDependents = dependentsQuery("procuratorate", {
  CriminalCase: { owner: Agency.POLICE, find: dependentsOfCase },
});
