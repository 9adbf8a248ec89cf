import { Arg, Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import { Agency, DateScalar, assertAgency, badInput, regionName, type Context } from "@ipr/shared";
import type { DeliverableVersion } from "../entities/deliverable-version";
import { ImplementationPlanVersion } from "../entities/implementation-plan";
import { SpecialWorkReportVersion } from "../entities/special-work-report";
import { WorkProgressVersion } from "../entities/work-progress";
import { LATE_OR_MISSING, ReportStatus, monthHasEnded } from "../report-status";
import { unitsOfCaller } from "../report-access";
import { Deliverable } from "../deliverables/deliverable";
import { monthWindow, scheduleOf } from "../deliverables/schedule";
import { statusOfVersions, versionsOf } from "../deliverables/versions";

@ObjectType({ description: "Where one unit's deliverable stands against its deadline" })
class DeliverableStanding {
  @Field(() => Deliverable) deliverable!: Deliverable;
  @Field(() => String) region!: string;
  @Field(() => String) regionName!: string;
  @Field(() => String, { nullable: true, description: "The month, for WORK_PROGRESS" }) period!: string | null;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field(() => Date, { nullable: true, description: "When it was first submitted (LATE ones)" }) submittedAt!: Date | null;
}

@Resolver()
export class DeliverablesResolver {
  @Query(() => [DeliverableStanding], {
    description:
      "The reporting units inside your region whose deliverables are OVERDUE (missing after the due date) or LATE (OFFICE only): implementation plans, " +
      "the year-end special work report, and the work-progress narrative of each ended month of the action phase (or only `period`)",
  })
  async deliverablesLateOrMissing(
    @Arg("deliverable", () => Deliverable, { nullable: true, description: "Default: every deliverable" }) deliverable: Deliverable | null,
    @Arg("period", () => String, { nullable: true, description: "Only the narratives of this month (YYYY-MM)" }) period: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<DeliverableStanding[]> {
    assertAgency(ctx, Agency.OFFICE);
    const units = unitsOfCaller(ctx);
    const { months } = await scheduleOf(ctx, Deliverable.WORK_PROGRESS);
    if (period != null && !months.includes(period)) throw badInput("period", `${JSON.stringify(period)} is not a month of the action phase (${months[0]} to ${months.at(-1)})`);
    const kinds = deliverable ? [deliverable] : Object.values(Deliverable);
    const out: DeliverableStanding[] = [];
    for (const kind of kinds) {
      const rows =
        kind === Deliverable.WORK_PROGRESS
          ? await Promise.all(
              (period ? [period] : months.filter((m) => monthHasEnded(m, ctx.now()))).flatMap((m) =>
                units.map(async (region) => standing(ctx, kind, region, m, monthWindow(m), await versionsOf(ctx, WorkProgressVersion, { region, period: m }))),
              ),
            )
          : await Promise.all(
              units.map(async (region) => {
                const versions =
                  kind === Deliverable.IMPLEMENTATION_PLAN
                    ? await versionsOf(ctx, ImplementationPlanVersion, { region })
                    : await versionsOf(ctx, SpecialWorkReportVersion, { region });
                return standing(ctx, kind, region, null, await scheduleOf(ctx, kind), versions);
              }),
            );
      out.push(...rows.filter((r) => LATE_OR_MISSING.includes(r.status)));
    }
    return out;
  }
}

function standing(
  ctx: Context,
  deliverable: Deliverable,
  region: string,
  period: string | null,
  window: { opensOn: string; dueOn: string },
  versions: DeliverableVersion[],
): DeliverableStanding {
  return {
    deliverable, region, regionName: regionName(region), period, dueOn: window.dueOn,
    status: statusOfVersions(ctx, window, versions), submittedAt: versions[0]?.submittedAt ?? null,
  };
}
