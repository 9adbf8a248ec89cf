import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import {
  Agency, DateScalar, NATIONAL, createUnique, assertAgency, assertRegion, badInput, canRead, covers, forbidden, isUuid, lookup, newId, notFound,
  reportingUnitOf, requirePeriod, requireText, todayIn, type Context, type ReportKey,
} from "@ipr/shared";
import { MonthlyReport } from "../entities/monthly-report";
import { MonthlyReportSubmission } from "../entities/monthly-report-submission";
import { TypicalCase } from "../entities/typical-case";
import { AmendMonthlyReportInput, SubmitMonthlyReportInput } from "../schema/submission-inputs";
import { liveFigures } from "../live-figures";
import { monthHasEnded } from "../report-status";
import { isReportingUnit } from "../report-access";
import type { SubmittedFigures } from "../schema/submitted-figures";

/** Typical cases per version: the table's attachment is a short list, not a case register. */
const MAX_TYPICAL_CASES = 50;

@Resolver(() => MonthlyReportSubmission)
export class MonthlyReportSubmissionResolver {
  @Mutation(() => MonthlyReportSubmission, {
    description:
      "A unit's office submits its table for a month that has ended (OFFICE of exactly that unit). Every agency's lines are frozen " +
      "as they stand now; a zero table is a valid submission. A second submission is refused: correct with amendMonthlyReport.",
  })
  async submitMonthlyReport(@Arg("input", () => SubmitMonthlyReportInput) input: SubmitMonthlyReportInput, @Ctx() ctx: Context) {
    const key = checkSubmission(ctx, input);
    const typicalCaseIds = await checkTypicalCases(ctx, key, input.typicalCaseIds ?? []);
    if (await latestVersion(ctx, key))
      throw badInput("input.period", `the ${key.period} table of ${key.region} (${key.scope}) is already submitted: send a correction with amendMonthlyReport`);
    return record(ctx, key, 1, null, typicalCaseIds);
  }

  @Mutation(() => MonthlyReportSubmission, {
    description:
      "A unit's office corrects its submitted table (更正): a new version with the reason, the figures frozen again as they stand now " +
      "and the typical cases given; every earlier version is kept as the audit trail.",
  })
  async amendMonthlyReport(@Arg("input", () => AmendMonthlyReportInput) input: AmendMonthlyReportInput, @Ctx() ctx: Context) {
    const key = checkSubmission(ctx, input);
    const reason = requireText(input.reason, "input.reason", 2000);
    const typicalCaseIds = await checkTypicalCases(ctx, key, input.typicalCaseIds);
    const latest = await latestVersion(ctx, key);
    if (!latest) throw badInput("input.period", `the ${key.period} table of ${key.region} (${key.scope}) has not been submitted: submit it with submitMonthlyReport`);
    return record(ctx, key, latest + 1, reason, typicalCaseIds);
  }

  @FieldResolver(() => DateScalar, { description: "The day it was submitted in China (UTC+8): what the deadline is judged on" })
  submittedOn(@Root() s: MonthlyReportSubmission) {
    return todayIn(s.submittedAt);
  }

  @FieldResolver(() => [TypicalCase], { description: "查处典型案例: the typical cases submitted with this version" })
  async typicalCases(@Root() s: MonthlyReportSubmission, @Ctx() ctx: Context) {
    const rows = await Promise.all(s.typicalCaseIds.map((id) => lookup(ctx, TypicalCase, id)));
    return rows.filter((row): row is TypicalCase => row !== null);
  }

  @FieldResolver(() => MonthlyReport, { description: "The table this version belongs to, with its live figures and status" })
  report(@Root() s: MonthlyReportSubmission): ReportKey {
    return { region: s.region, period: s.period, scope: s.scope };
  }
}

/**
 * Who may submit what: the office (OFFICE) of exactly that reporting unit, for a month that has
 * ended. A city is not a reporting unit (its province reports for it), and the national office does
 * not submit on a unit's behalf: a table is the unit's own statement.
 */
function checkSubmission(ctx: Context, input: { region: string; period: string; scope: ReportKey["scope"] }): ReportKey {
  assertAgency(ctx, Agency.OFFICE);
  const region = assertRegion(input.region, "input.region", { allowNational: true });
  if (region === NATIONAL) throw badInput("input.region", "national totals are not submitted: give a reporting unit");
  if (!isReportingUnit(region)) throw badInput("input.region", `${region} is not a reporting unit: ${reportingUnitOf(region)?.code} reports for it`);
  if (ctx.identity.region !== region)
    throw forbidden(
      ctx.identity.region === NATIONAL
        ? `the national office does not submit on behalf of ${region}: the unit's own office submits its table`
        : `a unit's office submits only its own table; you act for ${ctx.identity.region}`,
      "input.region",
    );
  const period = requirePeriod(input.period, "input.period", ctx.now());
  if (!monthHasEnded(period, ctx.now())) throw badInput("input.period", `${period} has not ended: its table can be submitted from the 1st of the next month`);
  return { region, period, scope: input.scope };
}

/** Typical cases the unit reported for that month (reportTypicalCase), each once. */
async function checkTypicalCases(ctx: Context, key: ReportKey, ids: string[]): Promise<string[]> {
  if (ids.length > MAX_TYPICAL_CASES) throw badInput("input.typicalCaseIds", `at most ${MAX_TYPICAL_CASES} typical cases`);
  if (!ids.length) return [];
  const wanted = ids.map((id) => id.toLowerCase());
  const rows = await ctx.em.find(TypicalCase, { id: { $in: wanted.filter(isUuid) } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  wanted.forEach((id, i) => {
    const field = `input.typicalCaseIds[${i}]`;
    const row = byId.get(id);
    if (!row || !canRead(ctx.identity, row.region)) throw notFound(field, "typical case", ids[i]);
    if (!covers(key.region, row.region)) throw badInput(field, `is a typical case of ${row.region}, not of ${key.region}`);
    if (row.period !== key.period) throw badInput(field, `was reported for ${row.period}, not ${key.period}`);
    if (wanted.indexOf(id) !== i) throw badInput(field, "is listed twice");
  });
  return wanted;
}

async function latestVersion(ctx: Context, key: ReportKey): Promise<number> {
  const latest = await ctx.em.findOne(MonthlyReportSubmission, { region: key.region, period: key.period, scope: key.scope }, { orderBy: { version: "desc" } });
  return latest?.version ?? 0;
}

/**
 * Freezes every agency's lines (all must answer, or nothing is written) and records the version in
 * one transaction. Two submissions racing past the check above meet the unique key
 * (region, period, scope, version): the loser is refused.
 */
async function record(ctx: Context, key: ReportKey, version: number, reason: string | null, typicalCaseIds: string[]) {
  const figures = (await liveFigures(ctx, key)) as unknown as SubmittedFigures;
  const recordedMeanwhile = () =>
    badInput("input.period", `version ${version} of the ${key.period} table of ${key.region} was recorded meanwhile: reload and amend`);
  return createUnique(ctx, recordedMeanwhile, async (em) =>
    em.create(MonthlyReportSubmission, {
      id: newId(), ...key, version, submittedAt: ctx.now(), submittedBy: ctx.identity.sub, reason, figures, typicalCaseIds,
    }),
  );
}
