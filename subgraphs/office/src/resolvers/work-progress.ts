import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateScalar, badInput, regionName, requirePeriod, requireText, type Context, type ReportKey } from "@ipr/shared";
import { WorkProgress, WorkProgressVersion } from "../entities/work-progress";
import { MonthlyReport } from "../entities/monthly-report";
import { AmendWorkProgressInput, SubmitWorkProgressInput } from "../schema/deliverable-inputs";
import { ReportStatus, monthHasEnded } from "../report-status";
import { checkUnitOffice, checkUnitRead, isReportingUnit, unitsOfCaller } from "../report-access";
import { Deliverable } from "../deliverables/deliverable";
import { monthWindow, scheduleOf } from "../deliverables/schedule";
import { nextVersion, recordVersion, statusOfVersions, versionsOf } from "../deliverables/versions";

const WHAT = { name: "work-progress narrative", submit: "submitWorkProgress", amend: "amendWorkProgress", field: "input.period" };

@Resolver(() => WorkProgress)
export class WorkProgressResolver {
  @Query(() => WorkProgress, { description: "A unit's work-progress narrative (工作推进情况) for a month of the action phase" })
  async workProgress(@Arg("region", () => String) region: string, @Arg("period", () => String) period: string, @Ctx() ctx: Context): Promise<WorkProgress> {
    return { region: checkUnitRead(ctx, region), period: await actionMonth(ctx, period, "period") };
  }

  @Query(() => [WorkProgress], { description: "The narratives of every reporting unit inside your region for a month of the action phase" })
  async workProgressReports(@Arg("period", () => String) period: string, @Ctx() ctx: Context): Promise<WorkProgress[]> {
    const month = await actionMonth(ctx, period, "period");
    return unitsOfCaller(ctx).map((region) => ({ region, period: month }));
  }

  @Mutation(() => WorkProgressVersion, {
    description:
      "A unit's office submits its narrative for a month of the action phase that has ended (OFFICE of exactly that unit), due with the table by the 15th. " +
      "A second submission is refused: correct with amendWorkProgress.",
  })
  async submitWorkProgress(@Arg("input", () => SubmitWorkProgressInput) input: SubmitWorkProgressInput, @Ctx() ctx: Context) {
    const key = await checkNarrative(ctx, input);
    const narrative = requireText(input.narrative, "input.narrative", 4000);
    const version = await nextVersion(ctx, WorkProgressVersion, key, WHAT, false);
    return recordVersion(ctx, WorkProgressVersion, key, version, null, { narrative }, WHAT.field);
  }

  @Mutation(() => WorkProgressVersion, { description: "A unit's office corrects its narrative for a month: a new version with the reason; earlier versions are kept" })
  async amendWorkProgress(@Arg("input", () => AmendWorkProgressInput) input: AmendWorkProgressInput, @Ctx() ctx: Context) {
    const key = await checkNarrative(ctx, input);
    const narrative = requireText(input.narrative, "input.narrative", 4000);
    const reason = requireText(input.reason, "input.reason", 2000);
    const version = await nextVersion(ctx, WorkProgressVersion, key, WHAT, true);
    return recordVersion(ctx, WorkProgressVersion, key, version, reason, { narrative }, WHAT.field);
  }

  @FieldResolver(() => String, { description: "报送单位" })
  regionName(@Root() w: WorkProgress) {
    return regionName(w.region);
  }

  @FieldResolver(() => DateScalar, { description: "Due with the month's table, by the 15th of the following month" })
  dueOn(@Root() w: WorkProgress) {
    return monthWindow(w.period).dueOn;
  }

  @FieldResolver(() => ReportStatus, { description: "Against the deadline, judged on the day (China time) the narrative was first submitted" })
  async status(@Root() w: WorkProgress, @Ctx() ctx: Context) {
    return statusOfVersions(ctx, monthWindow(w.period), await versionsOf(ctx, WorkProgressVersion, w));
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the unit first submitted the narrative" })
  async submittedAt(@Root() w: WorkProgress, @Ctx() ctx: Context) {
    return (await versionsOf(ctx, WorkProgressVersion, w))[0]?.submittedAt ?? null;
  }

  @FieldResolver(() => WorkProgressVersion, { nullable: true, description: "The version in force: the latest amendment, or the submission" })
  async current(@Root() w: WorkProgress, @Ctx() ctx: Context) {
    return (await versionsOf(ctx, WorkProgressVersion, w)).at(-1) ?? null;
  }

  @FieldResolver(() => [WorkProgressVersion], { description: "Every version, oldest first: the audit trail of amendments" })
  versions(@Root() w: WorkProgress, @Ctx() ctx: Context) {
    return versionsOf(ctx, WorkProgressVersion, w);
  }
}

/** The narrative sits on the month's table too: one record (WorkProgressVersion), read from both places. */
@Resolver(() => MonthlyReport)
export class MonthlyReportWorkProgressResolver {
  @FieldResolver(() => WorkProgress, {
    nullable: true,
    description: "工作推进情况: the unit's narrative for the month (months of the action phase, reporting units only; null otherwise)",
  })
  async workProgress(@Root() r: ReportKey, @Ctx() ctx: Context): Promise<WorkProgress | null> {
    if (!isReportingUnit(r.region)) return null;
    const { months } = await scheduleOf(ctx, Deliverable.WORK_PROGRESS);
    return months.includes(r.period) ? { region: r.region, period: r.period } : null;
  }
}

/** A month of the action phase (the campaign's WORK_PROGRESS phase), as YYYY-MM. */
async function actionMonth(ctx: Context, period: string, field: string): Promise<string> {
  const month = requirePeriod(period, field, ctx.now());
  const { months } = await scheduleOf(ctx, Deliverable.WORK_PROGRESS);
  if (!months.includes(month)) throw badInput(field, `${month} is outside the action phase (${months[0]} to ${months.at(-1)})`);
  return month;
}

async function checkNarrative(ctx: Context, input: SubmitWorkProgressInput) {
  const region = checkUnitOffice(ctx, input.region);
  const period = await actionMonth(ctx, input.period, "input.period");
  if (!monthHasEnded(period, ctx.now())) throw badInput("input.period", `${period} has not ended: its narrative can be submitted from the 1st of the next month`);
  return { region, period };
}
