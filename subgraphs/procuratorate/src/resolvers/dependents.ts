import { Agency, REFERABLE_CASES, dependentsQuery, isUuid, type Context } from "@ipr/shared";
import { FilingSupervision, FilingSupervisionStatus } from "../entities/filing-supervision";
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

/** The live supervisions of a referral: each relies on `relies(s)` of it. */
const supervisionsOf = (relies: (s: FilingSupervision) => string[]) => async (ctx: Context, id: string) =>
  !isUuid(id) ? [] : (await ctx.em.find(FilingSupervision, { referralId: id.toLowerCase() }, { orderBy: { openedOn: "asc", id: "asc" } }))
    .map((s) => ({ type: "FilingSupervision", id: s.id, region: s.region, relies: relies(s) }));

/**
 * `procuratorateDependents(typename, id)`: asked by the police before they correct or withdraw a
 * criminal case or correct a referral's decision, and by a referring agency before it corrects or
 * withdraws a referral. A supervision was opened on a referral in the supervising procuratorate's
 * region (it relies on the referral's region; the referral cannot be withdrawn under supervision),
 * and one that recorded the police's filing relies on the criminal case the decision names.
 */
export const ProcuratorateDependents = dependentsQuery("procuratorate", {
  CriminalCase: { owner: Agency.POLICE, find: dependentsOfCase },
  Referral: { owner: [...new Set(REFERABLE_CASES.map((r) => r.agency as Agency))], find: supervisionsOf(() => ["region"]) },
  ReferralDecision: { owner: Agency.POLICE, find: supervisionsOf((s) => (s.status === FilingSupervisionStatus.FILED ? ["criminalCaseId"] : [])) },
});
