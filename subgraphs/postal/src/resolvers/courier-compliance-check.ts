import { raw } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  scopedList, Connection, ConnectionArgs, assertRegion, badInput, canRead, forbidden, newId, paginate,
  regionPrefixFilter, type Context,
} from "@ipr/shared";
import { CourierComplianceCheck } from "../entities/courier-compliance-check";
import { Enterprise } from "../entities/foreign";
import { CourierComplianceSummary } from "../schema/courier-compliance-summary";
import { CourierComplianceCheckFilter, CourierComplianceSummaryArgs, RecordCourierComplianceCheckInput } from "../schema/inputs";
import { checkComplianceCheck } from "../compliance";
import { findCourierComplianceCheck } from "../lookups";

@ObjectType()
class CourierComplianceCheckConnection extends Connection(CourierComplianceCheck) {}

/** Where all three controls were applied; its negation is "at least one was missing". */
const ALL_APPLIED = { inspectionOnReceipt: true, realName: true, xray: true };
const SOME_MISSING = { $or: [{ inspectionOnReceipt: false }, { realName: false }, { xray: false }] };

interface SummaryRow {
  courier_credit_code: string;
  courier_name: string;
  checks: number;
  compliant_checks: number;
  inspection_on_receipt_applied: number;
  real_name_applied: number;
  xray_applied: number;
  penalty_amount: string;
}

@Resolver(() => CourierComplianceCheck)
export class CourierComplianceCheckResolver {
  @Query(() => CourierComplianceCheck, { nullable: true })
  courierComplianceCheck(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findCourierComplianceCheck(ctx, id);
  }

  @Query(() => CourierComplianceCheckConnection, { description: "Checks in your region, newest first" })
  courierComplianceChecks(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => CourierComplianceCheckFilter, { nullable: true }) filter: CourierComplianceCheckFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const where = scopedList(ctx, f, {
      dates: "checkedOn",
      equal: ["courierCreditCode"],
      where: f.compliant == null ? {} : f.compliant ? ALL_APPLIED : SOME_MISSING,
    });
    return paginate(ctx.em, CourierComplianceCheck, where, page, "checkedOn");
  }

  @Mutation(() => CourierComplianceCheck, { description: "Record a check of a courier outlet's controls (POSTAL only, inside its region)" })
  async recordCourierComplianceCheck(@Arg("input", () => RecordCourierComplianceCheckInput) input: RecordCourierComplianceCheckInput, @Ctx() ctx: Context) {
    const fields = checkComplianceCheck(ctx, input);
    return ctx.em.transactional(async (em) => em.create(CourierComplianceCheck, { id: newId(), ...fields }));
  }

  @Query(() => [CourierComplianceSummary], {
    description: "Per courier enterprise: checks in the region and period and how many found each control applied (one SQL statement)",
  })
  async courierComplianceSummary(
    @Args(() => CourierComplianceSummaryArgs) { region, from, to }: CourierComplianceSummaryArgs,
    @Ctx() ctx: Context,
  ): Promise<CourierComplianceSummary[]> {
    assertRegion(region, "region", { allowNational: true });
    // a total labelled with a region must count all of it: no silent narrowing to the caller's part
    if (!canRead(ctx.identity, region)) throw forbidden(`region ${region} is outside your region ${ctx.identity.region}`, "region");
    if (from > to) throw badInput("to", `${to} is before from ${from}`);
    const rows: SummaryRow[] = await ctx.em
      .createQueryBuilder(CourierComplianceCheck, "c")
      .select([
        "c.courier_credit_code",
        // the courier's latest name in the period: names change, the credit code does not
        raw("(array_agg(c.courier_name order by c.checked_on desc, c.created_at desc))[1] as courier_name"),
        raw("count(*)::int as checks"),
        raw("(count(*) filter (where c.inspection_on_receipt and c.real_name and c.xray))::int as compliant_checks"),
        raw("(count(*) filter (where c.inspection_on_receipt))::int as inspection_on_receipt_applied"),
        raw("(count(*) filter (where c.real_name))::int as real_name_applied"),
        raw("(count(*) filter (where c.xray))::int as xray_applied"),
        raw("coalesce(sum(c.penalty_amount), 0)::numeric(18,2)::text as penalty_amount"),
      ])
      // a query builder runs no entity filters: withdrawn checks are left out here
      .where({ ...regionPrefixFilter(region), checkedOn: { $gte: from, $lte: to }, withdrawnAt: null })
      .groupBy("c.courier_credit_code")
      .orderBy({ courierCreditCode: "asc" })
      .execute("all", false);
    return rows.map((r) => ({
      courierCreditCode: r.courier_credit_code,
      courierName: r.courier_name,
      courier: { creditCode: r.courier_credit_code },
      checks: r.checks,
      compliantChecks: r.compliant_checks,
      inspectionOnReceiptApplied: r.inspection_on_receipt_applied,
      realNameApplied: r.real_name_applied,
      xrayApplied: r.xray_applied,
      penaltyAmount: r.penalty_amount,
    }));
  }

  @FieldResolver(() => Boolean, { description: "All three controls (inspection on receipt, real name, X-ray) were applied" })
  compliant(@Root() c: CourierComplianceCheck): boolean {
    return c.inspectionOnReceipt && c.realName && c.xray;
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The courier enterprise, as SAIC's register knows it" })
  courier(@Root() c: CourierComplianceCheck): Enterprise {
    return { creditCode: c.courierCreditCode };
  }
}
