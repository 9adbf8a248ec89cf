import { REPORTABLE_CASES, dependentsQuery, isUuid, type Agency, type DependentFinder } from "@ipr/shared";
import { MajorCaseReport } from "../entities/major-case-report";

/**
 * `officeDependents(typename, id)`: the major-case reports about an agency's case, for that agency
 * to ask before it corrects or withdraws the case. A report copies the case's region (the province it
 * went to) and was judged major on its date and the facts the rules read (amount, right holder,
 * foreign investment, campaign), so it relies on those; the case cannot be withdrawn while reported.
 */
const finders: Record<string, DependentFinder> = Object.fromEntries(
  REPORTABLE_CASES.map((r) => {
    const relies = [...new Set(["region", r.dateField, ...Object.values(r.facts).filter((f): f is string => !!f)])];
    const finder: DependentFinder = {
      owner: r.agency as Agency,
      find: async (ctx, id) =>
        !isUuid(id) ? [] : (await ctx.em.find(MajorCaseReport, { caseType: r.caseType, caseId: id })).map((m) => ({ type: "MajorCaseReport", id: m.id, region: m.region, relies })),
    };
    return [r.typename, finder];
  }),
);

export const OfficeDependents = dependentsQuery("office", finders);
