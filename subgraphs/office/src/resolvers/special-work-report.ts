import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateScalar, ReportScope, lookup, regionName, requireText, todayIn, type Context } from "@ipr/shared";
import { SpecialReportDifference, SpecialReportMonth, SpecialWorkReport, SpecialWorkReportVersion } from "../entities/special-work-report";
import { figuresOfCase } from "./typical-case";
import { TypicalCase } from "../entities/typical-case";
import { AmendSpecialWorkReportInput, SubmitSpecialWorkReportInput } from "../schema/deliverable-inputs";
import { SubmittedFigures } from "../schema/submitted-figures";
import { ReportStatus } from "../report-status";
import { checkUnitOffice, checkUnitRead, unitsOfCaller } from "../report-access";
import { liveFigures } from "../live-figures";
import { compareFigures, type Figures } from "../report-lines";
import { Deliverable } from "../deliverables/deliverable";
import { scheduleOf } from "../deliverables/schedule";
import { checkTypicalCases, requireOpen } from "../deliverables/checks";
import { nextVersion, recordVersion, statusOfVersions, versionsOf } from "../deliverables/versions";
import { sumFigures } from "../deliverables/totals";

const WHAT = { name: "special work report", submit: "submitSpecialWorkReport", amend: "amendSpecialWorkReport", field: "input.region" };

@Resolver(() => SpecialWorkReport)
export class SpecialWorkReportResolver {
  @Query(() => SpecialWorkReport, { description: "A reporting unit's year-end special work report (专项工作报告): its deadline, status and versions" })
  specialWorkReport(@Arg("region", () => String) region: string, @Ctx() ctx: Context): SpecialWorkReport {
    return { region: checkUnitRead(ctx, region) };
  }

  @Query(() => [SpecialWorkReport], { description: "The special work reports of every reporting unit inside your region" })
  specialWorkReports(@Ctx() ctx: Context): SpecialWorkReport[] {
    return unitsOfCaller(ctx).map((region) => ({ region }));
  }

  @Mutation(() => SpecialWorkReportVersion, {
    description:
      "A unit's office submits its special work report once the summary phase has opened (OFFICE of exactly that unit): the narrative, the monthly table's " +
      "lines for each month of the action phase frozen as they stand now (every agency must answer, or nothing is written), and typical cases. " +
      "A second submission is refused: correct with amendSpecialWorkReport.",
  })
  async submitSpecialWorkReport(@Arg("input", () => SubmitSpecialWorkReportInput) input: SubmitSpecialWorkReportInput, @Ctx() ctx: Context) {
    const region = checkUnitOffice(ctx, input.region);
    const narrative = requireText(input.narrative, "input.narrative", 20000);
    await requireOpen(ctx, await scheduleOf(ctx, Deliverable.SPECIAL_WORK_REPORT), "input");
    const { months } = await scheduleOf(ctx, Deliverable.WORK_PROGRESS);
    const typicalCaseIds = await checkTypicalCases(ctx, region, months, input.typicalCaseIds ?? []);
    const version = await nextVersion(ctx, SpecialWorkReportVersion, { region }, WHAT, false);
    return record(ctx, region, months, version, null, { narrative, typicalCaseIds });
  }

  @Mutation(() => SpecialWorkReportVersion, {
    description: "A unit's office corrects its special work report: a new version with the reason, the figures frozen again as they stand now; earlier versions are kept",
  })
  async amendSpecialWorkReport(@Arg("input", () => AmendSpecialWorkReportInput) input: AmendSpecialWorkReportInput, @Ctx() ctx: Context) {
    const region = checkUnitOffice(ctx, input.region);
    const narrative = requireText(input.narrative, "input.narrative", 20000);
    const reason = requireText(input.reason, "input.reason", 2000);
    const { months } = await scheduleOf(ctx, Deliverable.WORK_PROGRESS);
    const typicalCaseIds = await checkTypicalCases(ctx, region, months, input.typicalCaseIds ?? []);
    const version = await nextVersion(ctx, SpecialWorkReportVersion, { region }, WHAT, true);
    return record(ctx, region, months, version, reason, { narrative, typicalCaseIds });
  }

  @FieldResolver(() => String, { description: "报送单位" })
  regionName(@Root() r: SpecialWorkReport) {
    return regionName(r.region);
  }

  @FieldResolver(() => DateScalar, { description: "Due by the end of the summary phase (campaign data)" })
  async dueOn(@Ctx() ctx: Context) {
    return (await scheduleOf(ctx, Deliverable.SPECIAL_WORK_REPORT)).dueOn;
  }

  @FieldResolver(() => ReportStatus, { description: "Against the deadline, judged on the day (China time) the report was first submitted" })
  async status(@Root() r: SpecialWorkReport, @Ctx() ctx: Context) {
    return statusOfVersions(ctx, await scheduleOf(ctx, Deliverable.SPECIAL_WORK_REPORT), await versionsOf(ctx, SpecialWorkReportVersion, r));
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the unit first submitted the report" })
  async submittedAt(@Root() r: SpecialWorkReport, @Ctx() ctx: Context) {
    return (await versionsOf(ctx, SpecialWorkReportVersion, r))[0]?.submittedAt ?? null;
  }

  @FieldResolver(() => SpecialWorkReportVersion, { nullable: true, description: "The version in force: the latest amendment, or the submission" })
  async current(@Root() r: SpecialWorkReport, @Ctx() ctx: Context) {
    return (await versionsOf(ctx, SpecialWorkReportVersion, r)).at(-1) ?? null;
  }

  @FieldResolver(() => [SpecialReportDifference], {
    description: "For a submitted report: each frozen measure (month, scope) the live monthly table no longer matches, e.g. after a record was corrected or withdrawn; empty when unsubmitted",
  })
  async differences(@Root() r: SpecialWorkReport, @Ctx() ctx: Context): Promise<SpecialReportDifference[]> {
    const current = (await versionsOf(ctx, SpecialWorkReportVersion, r)).at(-1);
    if (!current) return [];
    const months = monthsOf(current);
    const live = await Promise.all(months.map((m) => liveFigures(ctx, { region: r.region, period: m.period, scope: m.scope! })));
    return months.flatMap((m, i) => compareFigures(m.figures as unknown as Figures, live[i]).map((d) => ({ ...d, period: m.period, scope: m.scope! })));
  }

  @FieldResolver(() => [SpecialWorkReportVersion], { description: "Every version, oldest first: the audit trail of amendments" })
  versions(@Root() r: SpecialWorkReport, @Ctx() ctx: Context) {
    return versionsOf(ctx, SpecialWorkReportVersion, r);
  }
}

@Resolver(() => SpecialWorkReportVersion)
export class SpecialWorkReportVersionResolver {
  @FieldResolver(() => [SpecialReportMonth], { description: "The monthly table's lines for each month of the action phase in one scope (both are frozen)" })
  months(@Root() v: SpecialWorkReportVersion, @Arg("scope", () => ReportScope, { defaultValue: ReportScope.FOREIGN_INVESTED }) scope: ReportScope) {
    return monthsOf(v).filter((m) => m.scope === scope);
  }

  @FieldResolver(() => SubmittedFigures, { description: "The months' lines added up in one scope: the action phase's totals as frozen in this version" })
  totals(@Root() v: SpecialWorkReportVersion, @Arg("scope", () => ReportScope, { defaultValue: ReportScope.FOREIGN_INVESTED }) scope: ReportScope) {
    return sumFigures(monthsOf(v).filter((m) => m.scope === scope).map((m) => m.figures as unknown as Figures));
  }

  @FieldResolver(() => [TypicalCase], {
    description: "查处典型案例: the typical cases sent with this version that still stand: a withdrawn typical case, or one whose record was withdrawn (its owner no longer answers for it), is left out",
  })
  async typicalCases(@Root() v: SpecialWorkReportVersion, @Ctx() ctx: Context) {
    const rows = (await Promise.all(v.typicalCaseIds.map((id) => lookup(ctx, TypicalCase, id)))).filter((row): row is TypicalCase => row !== null);
    const figures = await Promise.all(rows.map((c) => figuresOfCase(ctx, c)));
    return rows.filter((c, i) => !c.recordId || figures[i] !== null);
  }
}

/** A version's months, each with its scope (versions frozen before both scopes were hold FOREIGN_INVESTED only). */
const monthsOf = (v: SpecialWorkReportVersion): SpecialReportMonth[] => v.months.map((m) => ({ ...m, scope: m.scope ?? ReportScope.FOREIGN_INVESTED }));

/** The scopes the report freezes, in this order: the action plan's own, then every enterprise. */
const SCOPES = [ReportScope.FOREIGN_INVESTED, ReportScope.ALL];

/**
 * Freezes the monthly table's lines, in both scopes, for each month of the action phase that has
 * begun, asked of every agency before any write, then records the version in one transaction.
 */
async function record(ctx: Context, region: string, months: string[], version: number, reason: string | null, content: Pick<SpecialWorkReportVersion, "narrative" | "typicalCaseIds">) {
  const started = months.filter((period) => period <= todayIn(ctx.now()).slice(0, 7));
  const keys = SCOPES.flatMap((scope) => started.map((period) => ({ region, period, scope })));
  const figures = await Promise.all(keys.map((key) => liveFigures(ctx, key)));
  const frozen: SpecialReportMonth[] = keys.map(({ period, scope }, i) => ({ period, scope, figures: figures[i] as unknown as SubmittedFigures }));
  return recordVersion(ctx, SpecialWorkReportVersion, { region }, version, reason, { ...content, months: frozen }, WHAT.field);
}
