import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import {
  DateScalar, REPORTING_UNITS, ReportScope, badInput, canRead, checkReportKey, covers, forbidden, regionName, requirePeriod, todayIn,
  type Context, type ReportKey,
} from "@ipr/shared";
import { MonthlyReport, ReportStatus, dueOn, reportStatus } from "../entities/monthly-report";
import { TypicalCase } from "../entities/typical-case";

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
    return checkReportKey(ctx, { region, period, scope });
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
      checkReportKey(ctx, { region, period: from, scope }, `regions[${i}]`);
      return periods.map((period) => ({ region, period, scope }));
    });
  }

  @FieldResolver(() => String, { description: "报送单位: the unit's name" })
  regionName(@Root() r: ReportKey) {
    return regionName(r.region);
  }

  @FieldResolver(() => DateScalar, { description: "Due by the 15th of the following month" })
  dueOn(@Root() r: ReportKey) {
    return dueOn(r.period);
  }

  @FieldResolver(() => ReportStatus)
  status(@Root() r: ReportKey, @Ctx() ctx: Context) {
    return reportStatus(r.period, todayIn(ctx.now()), null);
  }

  @FieldResolver(() => [TypicalCase], { description: "查处典型案例情况简述: typical cases reported for the month in the unit" })
  typicalCases(@Root() r: ReportKey, @Ctx() ctx: Context) {
    return typicalCasesOf(ctx, r);
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
