import { LockMode } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Connection, ConnectionArgs, assertAgency, badInput, covers, forbidden, lookup, many, newId, notFound, paginate, scopedList, requireId, requireText, todayIn, type Context, type EntityManager,
} from "@ipr/shared";
import { MajorCaseReport, MajorCaseReportStatus } from "../entities/major-case-report";
import { MajorCaseEvent, MajorCaseEventKind } from "../entities/major-case-event";
import { MajorCaseRuleKind } from "../entities/major-case-rule";
import { Supervision, SupervisionStatus } from "../entities/supervision";
import { REPORTABLE, MajorCase, caseRef, type Reportable } from "../major-cases/reportable";
import { groundsOf, majorCaseRules, provinceOf, reportWithinDays, rulesMet, type MajorCaseFacts } from "../major-cases/rules";
import { isOverdue, reportDue } from "../major-cases/deadlines";
import { assertOffice, visibleOrNotFound } from "../major-cases/access";
import { forward, report } from "../major-cases/workflow";
import { ForwardMajorCaseInput, MajorCaseReportFilter, ReportMajorCaseInput } from "../schema/major-case-inputs";

@ObjectType()
class MajorCaseReportConnection extends Connection(MajorCaseReport) {}

/** One step of the history: who (agency, region, user) did what, when, and what they said. */
export function recordEvent(em: EntityManager, ctx: Context, report: MajorCaseReport, kind: MajorCaseEventKind, at: Date, note: string | null, supervisionId: string | null = null) {
  em.create(MajorCaseEvent, { id: newId(), report, supervisionId, kind, at, agency: ctx.identity.agency, actorRegion: ctx.identity.region, actor: ctx.identity.sub, note });
}

/** The owner's facts of a case the rules read, selected by the manifest's field names. */
export function factsSelection(r: Reportable): string {
  return ["id", "region", r.dateField, ...Object.values(r.facts)].join(" ");
}

export function factsOf(r: Reportable, c: Record<string, unknown>, provinces?: number): MajorCaseFacts {
  const f = r.facts;
  return {
    date: String(c[r.dateField]),
    amount: f.amount ? (c[f.amount] as string | null) : null,
    foreignInvested: f.foreignInvested ? (c[f.foreignInvested] as boolean | null) : null,
    campaign: f.campaign ? (c[f.campaign] as string | null) : null,
    provinces,
  };
}

/** The report as it stands, locked for the step being recorded. */
export async function lockReport(ctx: Context, em: EntityManager, id: string) {
  const row = await em.findOne(MajorCaseReport, { id: requireId(id, "input.reportId", "MajorCaseReport") }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  return visibleOrNotFound(ctx, row, "input.reportId", "MajorCaseReport", id);
}

@Resolver(() => MajorCaseReport)
export class MajorCaseReportResolver {
  @Query(() => MajorCaseReport, { nullable: true })
  majorCaseReport(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, MajorCaseReport, id);
  }

  @Query(() => MajorCaseReportConnection, { description: "Major-case reports of cases in your region, newest first" })
  majorCaseReports(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => MajorCaseReportFilter, { nullable: true }) filter: MajorCaseReportFilter | null,
    @Ctx() ctx: Context,
  ) {
    const now = ctx.now();
    const overdue = filter?.overdue;
    const where = scopedList(ctx, filter, {
      equal: ["status", "caseType", "agency", "reportedLate"],
      where: overdue == null ? {} : overdue ? { forwardDueAt: { $lt: now } } : { $or: [{ forwardDueAt: null }, { forwardDueAt: { $gte: now } }] },
    });
    return paginate(ctx.em, MajorCaseReport, where, page, "reportedAt");
  }

  @Mutation(() => MajorCaseReport, { description: "Report a major case to the office of its province (by the agency handling it, inside its region)" })
  async reportMajorCase(@Arg("input", () => ReportMajorCaseInput) input: ReportMajorCaseInput, @Ctx() ctx: Context) {
    const kind = REPORTABLE[input.caseType];
    assertAgency(ctx, kind.agency);
    const caseId = requireId(input.caseId, "input.caseId", kind.typename);
    const summary = requireText(input.summary, "input.summary", 4000);
    // the case is its owner's fact: ask the owner, as the caller, before anything is locked or written
    const [found] = await ctx.peers.entities<Record<string, unknown>>(ctx.identity, kind.subgraph, kind.typename, [{ id: caseId }], factsSelection(kind));
    if (!found) throw notFound("input.caseId", kind.typename, caseId);
    const region = String(found.region);
    if (!covers(ctx.identity.region, region)) throw forbidden(`input.caseId: the case's region ${region} is outside your region ${ctx.identity.region}`, "input.caseId");
    const reportedAt = ctx.now();
    const facts = factsOf(kind, found);
    if (facts.date > todayIn(reportedAt)) throw badInput("input.caseId", "the case is dated in the future");
    const rules = await majorCaseRules(ctx);
    const grounds = groundsOf(rulesMet(rules, facts));
    for (const stated of input.grounds ?? []) {
      if (stated === MajorCaseRuleKind.FOREIGN_MULTI_PROVINCE) {
        if (!facts.foreignInvested) throw badInput("input.grounds", "FOREIGN_MULTI_PROVINCE: the case's right holder is not foreign-invested");
        if (!grounds.includes(stated)) grounds.push(stated);
      } else if (!grounds.includes(stated)) throw badInput("input.grounds", `${stated}: the case does not meet this criterion in force on ${facts.date}`);
    }
    const withMultiProvince = grounds.includes(MajorCaseRuleKind.FOREIGN_MULTI_PROVINCE) ? { ...facts, provinces: Number.MAX_SAFE_INTEGER } : facts;
    const reportDueAt = reportDue(facts.date, reportWithinDays(rules, withMultiProvince));
    const officeRegion = provinceOf(region);
    return ctx.em.transactional(async (em) => {
      if (await em.findOne(MajorCaseReport, { caseType: input.caseType, caseId }, { fields: ["id"] }))
        throw badInput("input.caseId", "this case was already reported");
      const step = report(reportedAt, officeRegion);
      const row = em.create(MajorCaseReport, {
        id: newId(), caseType: input.caseType, caseId, agency: kind.agency, region, officeRegion, summary, grounds, reportedAt, reportDueAt,
        reportedLate: isOverdue(reportDueAt, reportedAt), reportedBy: ctx.identity.sub,
        ...step.changes,
      });
      recordEvent(em, ctx, row, step.kind, reportedAt, summary);
      return row;
    });
  }

  @Mutation(() => MajorCaseReport, { description: "Pass a major-case report up to the national office (the provincial office it was reported to)" })
  async forwardMajorCase(@Arg("input", () => ForwardMajorCaseInput) input: ForwardMajorCaseInput, @Ctx() ctx: Context) {
    assertOffice(ctx, "input.reportId");
    const note = input.note?.trim() || null;
    return ctx.em.transactional(async (em) => {
      const row = await lockReport(ctx, em, input.reportId);
      if (ctx.identity.region !== row.officeRegion)
        throw forbidden(`only the office of ${row.officeRegion}, which received the report, passes it up; you act for ${ctx.identity.region}`, "input.reportId");
      const at = ctx.now();
      const step = forward(row, at);
      em.assign(row, step.changes);
      recordEvent(em, ctx, row, step.kind, at, note);
      return row;
    });
  }

  @FieldResolver(() => MajorCase, { nullable: true, description: "The case reported, resolved with its owner" })
  case(@Root() r: MajorCaseReport) {
    return caseRef(r.caseType, r.caseId);
  }

  @FieldResolver(() => ID, { description: "Id of the case in its owner's subgraph" })
  caseId(@Root() r: MajorCaseReport) {
    return r.caseId;
  }

  @FieldResolver(() => Boolean, { description: "The pending step is past its deadline: the provincial office has not passed it up in time" })
  overdue(@Root() r: MajorCaseReport, @Ctx() ctx: Context) {
    return r.status === MajorCaseReportStatus.REPORTED && isOverdue(r.forwardDueAt, ctx.now());
  }

  @FieldResolver(() => [Supervision], { description: "Every supervision of the case, oldest first, each with its progress reports" })
  supervisions(@Root() r: MajorCaseReport, @Ctx() ctx: Context) {
    return many(ctx, Supervision, "report", { openedAt: "asc" }).load(r.id);
  }

  @FieldResolver(() => Boolean, { description: "A supervision is open" })
  async underSupervision(@Root() r: MajorCaseReport, @Ctx() ctx: Context) {
    return (await many(ctx, Supervision, "report", { openedAt: "asc" }).load(r.id)).some((s) => s.status === SupervisionStatus.OPEN);
  }

  @FieldResolver(() => [MajorCaseEvent], { description: "The full history of the report and its supervisions" })
  events(@Root() r: MajorCaseReport, @Ctx() ctx: Context) {
    return many(ctx, MajorCaseEvent, "report", { at: "asc" }).load(r.id);
  }
}
