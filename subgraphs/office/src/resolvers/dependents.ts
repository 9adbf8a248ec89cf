import { CASE_RECORDS, REPORTABLE_CASES, dependentsQuery, isUuid, type Agency, type Context, type DependentFinder } from "@ipr/shared";
import { MajorCaseReport } from "../entities/major-case-report";
import { TypicalCase } from "../entities/typical-case";

/**
 * `officeDependents(typename, id)`: the major-case reports about an agency's case, for that agency
 * to ask before it corrects or withdraws the case. A report copies the case's region (the province it
 * went to) and was judged major on its date and the facts the rules read (amount, right holder,
 * foreign investment, campaign), so it relies on those; the case cannot be withdrawn while reported.
 */
const reportsOf = (caseType: string, relies: string[]) => async (ctx: Context, id: string) =>
  (await ctx.em.find(MajorCaseReport, { caseType, caseId: id }, { orderBy: { reportedAt: "asc" } })).map((m) => ({ type: "MajorCaseReport", id: m.id, region: m.region, relies }));

/**
 * A typical case is about a record and reads its figures from it (no copy to go stale): a correction
 * shows in it, but the record cannot be withdrawn while a live typical case is about it.
 */
const typicalCasesOf = async (ctx: Context, recordType: string, id: string) =>
  (await ctx.em.find(TypicalCase, { recordType: recordType as never, recordId: id }, { orderBy: { period: "asc", id: "asc" } }))
    .map((t) => ({ type: "TypicalCase", id: t.id, region: t.region, relies: [] as string[] }));

const finders: Record<string, DependentFinder> = Object.fromEntries(
  CASE_RECORDS.map((r) => {
    const reportable = REPORTABLE_CASES.find((c) => c.typename === r.typename);
    const relies = reportable ? [...new Set(["region", reportable.dateField, ...Object.values(reportable.facts).filter((f): f is string => !!f)])] : [];
    const finder: DependentFinder = {
      owner: r.agency as Agency,
      find: async (ctx, raw) => {
        if (!isUuid(raw)) return [];
        const id = raw.toLowerCase();
        return [...(reportable ? await reportsOf(reportable.caseType, relies)(ctx, id) : []), ...(await typicalCasesOf(ctx, r.caseType, id))];
      },
    };
    return [r.typename, finder];
  }),
);

export const OfficeDependents = dependentsQuery("office", finders);
