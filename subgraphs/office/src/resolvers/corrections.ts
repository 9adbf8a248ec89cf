import { Agency, badInput, correctionResolvers, requirePeriod, requireText, todayIn } from "@ipr/shared";
import { MajorCaseReport } from "../entities/major-case-report";
import { Supervision } from "../entities/supervision";
import { TypicalCase } from "../entities/typical-case";
import { CorrectTypicalCaseInput } from "../schema/inputs";
import { CorrectMajorCaseReportInput, CorrectSupervisionInput } from "../schema/major-case-inputs";

/**
 * correctTypicalCase, withdrawTypicalCase and their history: OFFICE, inside its region. Its month,
 * title and account are the office's; the record it is about and that record's figures are the
 * owner's (withdraw and report again to change the record). A withdrawn one leaves the monthly
 * table's and the special work report's typical cases.
 */
export const TypicalCaseCorrections = correctionResolvers({
  typename: "TypicalCase",
  entity: TypicalCase,
  owner: Agency.OFFICE,
  input: CorrectTypicalCaseInput,
  check: (ctx, corrected) => ({
    period: requirePeriod(String(corrected.period), "input.period", ctx.now()),
    title: requireText(corrected.title, "input.title", 200),
    summary: requireText(corrected.summary, "input.summary", 4000),
  }),
});

/**
 * correctMajorCaseReport, withdrawMajorCaseReport and their history: the reporting agency, inside the
 * case's region. Only its account is corrected: the case, its region and the grounds are the case's
 * (a correction of the case is checked with the office instead). Refused while a supervision of it is live.
 */
export const MajorCaseReportCorrections = correctionResolvers({
  typename: "MajorCaseReport",
  entity: MajorCaseReport,
  owner: (r) => r.agency,
  input: CorrectMajorCaseReportInput,
  check: (_ctx, corrected) => ({ summary: requireText(corrected.summary, "input.summary", 4000) }),
  ownDependents: async (ctx, r) =>
    (await ctx.em.find(Supervision, { report: r.id }, { orderBy: { openedAt: "asc" } }))
      .map((s) => ({ type: "Supervision", id: s.id, subgraph: "office", region: s.region, relies: [] })),
});

/**
 * correctSupervision, withdrawSupervision and their history: the office that opened it (national, or
 * the province: its `officeRegion`). Instructions and the due date (after the day it was opened);
 * progress reports and the closing are steps, not corrections.
 */
export const SupervisionCorrections = correctionResolvers({
  typename: "Supervision",
  entity: Supervision,
  owner: Agency.OFFICE,
  region: (s) => s.officeRegion,
  input: CorrectSupervisionInput,
  check: (_ctx, corrected, row) => {
    const dueOn = String(corrected.dueOn);
    if (dueOn <= todayIn(row.openedAt)) throw badInput("input.dueOn", `${dueOn} is not after the day supervision was opened`);
    return { instructions: requireText(corrected.instructions, "input.instructions", 4000), dueOn };
  },
});
