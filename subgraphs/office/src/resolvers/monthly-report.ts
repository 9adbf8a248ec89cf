import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import {
  Agency, DateScalar, REPORTING_UNITS, ReportScope, assertAgency, badInput, canRead, covers, forbidden, regionName, requirePeriod,
  type Context, type ReportKey,
} from "@ipr/shared";
import { MonthlyReport } from "../entities/monthly-report";
import { MonthlyReportSubmission } from "../entities/monthly-report-submission";
import { TypicalCase } from "../entities/typical-case";
import { figuresOfCase } from "./typical-case";
import { ReportDifference } from "../schema/submitted-figures";
import { LATE_OR_MISSING, ReportStatus, dueOn } from "../report-status";
import { checkReport } from "../report-access";
import { compareFigures, type Figures } from "../report-lines";
import { liveFigures } from "../live-figures";
import { latestSubmission, statusOf, submissionsOf } from "../submissions";

/** At most three years of months in one request: 32 units × 36 months is already 1,152 tables. */
const MAX_MONTHS = 36;

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  for (let period = from; period <= to; period = `${y}-${String(m).padStart(2, "0")}`) {
    out.push(period);
    if (++m === 13) [y, m] = [y + 1, 1];
    if (out.length > MAX_MONTHS) throw badInput("to", `at most ${MAX_MONTHS} months at a time`);
  }
  return out;
}

@Resolver(() => MonthlyReport)
export class MonthlyReportResolver {
  @Query(() => MonthlyReport, { description: "One unit's table for one month; region 000000 gives national totals (national office only)" })
  monthlyReport(
    @Arg("region", () => String) region: string,
    @Arg("period", () => String) period: string,
    @Arg("scope", () => ReportScope, { defaultValue: ReportScope.FOREIGN_INVESTED }) scope: ReportScope,
    @Ctx() ctx: Context,
  ): MonthlyReport {
    return checkReport(ctx, { region, period, scope });
  }

  @Query(() => [MonthlyReport], { description: "Tables of many units and months at once (each agency answers all of them in one SQL statement)" })
  monthlyReports(
    @Arg("regions", () => [String], { nullable: true, description: "Default: the reporting units inside your region" }) regions: string[] | null,
    @Arg("from", () => String) from: string,
    @Arg("to", () => String) to: string,
    @Arg("scope", () => ReportScope, { defaultValue: ReportScope.FOREIGN_INVESTED }) scope: ReportScope,
    @Ctx() ctx: Context,
  ): MonthlyReport[] {
    requirePeriod(from, "from", ctx.now());
    requirePeriod(to, "to", ctx.now());
    if (to < from) throw badInput("to", `${to} is before from ${from}`);
    const units = regions ?? REPORTING_UNITS.map((u) => u.code).filter((code) => covers(ctx.identity.region, code));
    if (!units.length) throw forbidden("no reporting unit lies inside your region: ask for your own region explicitly", "regions");
    const periods = months(from, to);
    return units.flatMap((region, i) => {
      checkReport(ctx, { region, period: from, scope }, `regions[${i}]`);
      return periods.map((period) => ({ region, period, scope }));
    });
  }

  @Query(() => [MonthlyReport], {
    description: "The reporting units inside your region whose table for the month is OVERDUE (missing after the 15th) or LATE (OFFICE only)",
  })
  async lateOrMissingReports(
    @Arg("period", () => String) period: string,
    @Arg("scope", () => ReportScope, { defaultValue: ReportScope.FOREIGN_INVESTED }) scope: ReportScope,
    @Ctx() ctx: Context,
  ): Promise<ReportKey[]> {
    assertAgency(ctx, Agency.OFFICE);
    requirePeriod(period, "period", ctx.now());
    const units = REPORTING_UNITS.filter((u) => covers(ctx.identity.region, u.code));
    if (!units.length) throw forbidden(`no reporting unit lies inside your region ${ctx.identity.region}`);
    const reports = units.map((u) => ({ region: u.code, period, scope }));
    const statuses = await Promise.all(reports.map((r) => statusOf(ctx, r)));
    return reports.filter((_r, i) => LATE_OR_MISSING.includes(statuses[i]));
  }

  @FieldResolver(() => String, { description: "报送单位: the unit's name" })
  regionName(@Root() r: ReportKey) {
    return regionName(r.region);
  }

  @FieldResolver(() => DateScalar, { description: "Due by the 15th of the following month" })
  dueOn(@Root() r: ReportKey) {
    return dueOn(r.period);
  }

  @FieldResolver(() => ReportStatus, { description: "Against the deadline, judged on the day (China time) the table was first submitted" })
  status(@Root() r: ReportKey, @Ctx() ctx: Context) {
    return statusOf(ctx, r);
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the unit first submitted the table (amendments are in `submissions`)" })
  async submittedAt(@Root() r: ReportKey, @Ctx() ctx: Context) {
    return (await submissionsOf(ctx, r))[0]?.submittedAt ?? null;
  }

  @FieldResolver(() => MonthlyReportSubmission, { nullable: true, description: "The version in force: the latest amendment, or the submission; null until submitted" })
  submission(@Root() r: ReportKey, @Ctx() ctx: Context) {
    return latestSubmission(ctx, r);
  }

  @FieldResolver(() => [MonthlyReportSubmission], { description: "Every submitted version, oldest first: the audit trail of amendments" })
  submissions(@Root() r: ReportKey, @Ctx() ctx: Context) {
    return submissionsOf(ctx, r);
  }

  @FieldResolver(() => [ReportDifference], {
    description: "For a submitted table: each measure whose live value (the lines on this table) no longer matches the version in force; empty when unsubmitted",
  })
  async differences(@Root() r: ReportKey, @Ctx() ctx: Context) {
    const latest = await latestSubmission(ctx, r);
    if (!latest) return [];
    return compareFigures(latest.figures as unknown as Figures, await liveFigures(ctx, r));
  }

  @FieldResolver(() => [TypicalCase], {
    description:
      "查处典型案例情况简述: typical cases reported for the month in the unit, their figures read from their records; for FOREIGN_INVESTED, those whose record is not foreign-invested are left out (a record you may not see, and a typical case without one, are kept)",
  })
  async typicalCases(@Root() r: ReportKey, @Ctx() ctx: Context) {
    const cases = await typicalCasesOf(ctx, r);
    if (r.scope !== ReportScope.FOREIGN_INVESTED) return cases;
    const figures = await Promise.all(cases.map((c) => figuresOfCase(ctx, c)));
    return cases.filter((_, i) => figures[i]?.foreignInvested !== false);
  }
}

/** One statement per request for every report's typical cases. */
function typicalCasesOf(ctx: Context, r: ReportKey) {
  return ctx.loaders
    .get<string, TypicalCase[]>("typical-cases-by-report", async (keys) => {
      const wanted = keys.map((k) => JSON.parse(k) as ReportKey);
      const rows = await ctx.em.find(TypicalCase, { period: { $in: [...new Set(wanted.map((w) => w.period))] } }, { orderBy: { createdAt: "asc" } });
      return wanted.map((w) => rows.filter((row) => row.period === w.period && covers(w.region, row.region) && canRead(ctx.identity, row.region)));
    })
    .load(JSON.stringify({ region: r.region, period: r.period }));
}
