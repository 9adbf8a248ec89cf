import { LockMode } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, covers, forbidden, lookup, many, newId, one, paginate, scopedList, requireId, requireText, todayIn, type Context, type EntityManager } from "@ipr/shared";
import { MajorCaseReport } from "../entities/major-case-report";
import { Supervision, SupervisionProgress, SupervisionStatus } from "../entities/supervision";
import { assertHandlingAgency, assertOffice, assertSupervisingOffice, visibleOrNotFound } from "../major-cases/access";
import { close, openSupervision, progressOverdue, reportProgress, supervisionOverdue } from "../major-cases/workflow";
import { CloseSupervisionInput, OpenSupervisionInput, ReportSupervisionProgressInput, SupervisionFilter } from "../schema/major-case-inputs";
import { lockReport, recordEvent } from "./major-case-report";

@ObjectType()
class SupervisionConnection extends Connection(Supervision) {}

async function lockSupervision(ctx: Context, em: EntityManager, id: string) {
  const row = await em.findOne(Supervision, { id: requireId(id, "input.supervisionId", "Supervision") }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ["report"] });
  return visibleOrNotFound(ctx, row, "input.supervisionId", "Supervision", id);
}

@Resolver(() => Supervision)
export class SupervisionResolver {
  @Query(() => Supervision, { nullable: true })
  supervision(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, Supervision, id);
  }

  @Query(() => SupervisionConnection, { description: "Supervisions of major cases in your region, newest first: `overdue` and `progressOverdue` list what is late" })
  supervisions(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => SupervisionFilter, { nullable: true }) filter: SupervisionFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const now = ctx.now();
    const today = todayIn(now);
    const open = SupervisionStatus.OPEN;
    const and: object[] = [];
    if (f.overdue === true) and.push({ status: open, dueOn: { $lt: today } });
    if (f.overdue === false) and.push({ $or: [{ status: SupervisionStatus.CLOSED }, { dueOn: { $gte: today } }] });
    if (f.progressOverdue === true) and.push({ status: open, nextProgressDueAt: { $lt: now } });
    if (f.progressOverdue === false) and.push({ $or: [{ nextProgressDueAt: null }, { nextProgressDueAt: { $gte: now } }] });
    return paginate(ctx.em, Supervision, scopedList(ctx, f, { equal: ["status"], where: and.length ? { $and: and } : {} }), page, "openedAt");
  }

  @Mutation(() => Supervision, { description: "Open supervision (督办) of a reported major case (the national office, or a provincial office inside its province)" })
  async openSupervision(@Arg("input", () => OpenSupervisionInput) input: OpenSupervisionInput, @Ctx() ctx: Context) {
    assertSupervisingOffice(ctx, "input.reportId");
    const instructions = requireText(input.instructions, "input.instructions", 4000);
    return ctx.em.transactional(async (em) => {
      const report = await lockReport(ctx, em, input.reportId);
      const at = ctx.now();
      const open = await em.count(Supervision, { report, status: SupervisionStatus.OPEN });
      const step = openSupervision(open, at, input.dueOn);
      const s = em.create(Supervision, { id: newId(), report, region: report.region, officeRegion: ctx.identity.region, instructions, ...step.changes });
      recordEvent(em, ctx, report, step.kind, at, instructions, s.id);
      return s;
    });
  }

  @Mutation(() => Supervision, { description: "A progress report on a supervised case, by the agency handling it (at least every 30 days)" })
  async reportSupervisionProgress(@Arg("input", () => ReportSupervisionProgressInput) input: ReportSupervisionProgressInput, @Ctx() ctx: Context) {
    const progress = requireText(input.progress, "input.progress", 4000);
    return ctx.em.transactional(async (em) => {
      const s = await lockSupervision(ctx, em, input.supervisionId);
      assertHandlingAgency(ctx, s.report, "input.supervisionId");
      const at = ctx.now();
      const step = reportProgress(s, at);
      em.create(SupervisionProgress, { id: newId(), supervision: s, reportedAt: at, agency: ctx.identity.agency, actor: ctx.identity.sub, progress, late: step.late });
      em.assign(s, step.changes);
      recordEvent(em, ctx, s.report, step.kind, at, progress, s.id);
      return s;
    });
  }

  @Mutation(() => Supervision, { description: "Close a supervision with its result (the office that opened it, or the national office)" })
  async closeSupervision(@Arg("input", () => CloseSupervisionInput) input: CloseSupervisionInput, @Ctx() ctx: Context) {
    assertOffice(ctx, "input.supervisionId");
    const result = requireText(input.result, "input.result", 4000);
    return ctx.em.transactional(async (em) => {
      const s = await lockSupervision(ctx, em, input.supervisionId);
      if (!covers(ctx.identity.region, s.officeRegion))
        throw forbidden(`only the office of ${s.officeRegion}, which opened it, or the national office closes it; you act for ${ctx.identity.region}`, "input.supervisionId");
      const at = ctx.now();
      const step = close(s, at, input.outcome, result);
      em.assign(s, step.changes);
      recordEvent(em, ctx, s.report, step.kind, at, `${input.outcome}: ${result}`, s.id);
      return s;
    });
  }

  @FieldResolver(() => MajorCaseReport)
  report(@Root() s: Supervision, @Ctx() ctx: Context) {
    return one(ctx, MajorCaseReport).load(typeof s.report === "string" ? s.report : s.report.id);
  }

  @FieldResolver(() => Boolean, { description: "Open past its due date" })
  overdue(@Root() s: Supervision, @Ctx() ctx: Context) {
    return supervisionOverdue(s, ctx.now());
  }

  @FieldResolver(() => Boolean, { description: "Open, and the handling agency's progress report is past due" })
  progressOverdue(@Root() s: Supervision, @Ctx() ctx: Context) {
    return progressOverdue(s, ctx.now());
  }

  @FieldResolver(() => [SupervisionProgress], { description: "The handling agency's progress reports, oldest first" })
  progressReports(@Root() s: Supervision, @Ctx() ctx: Context) {
    return many(ctx, SupervisionProgress, "supervision", { reportedAt: "asc" }).load(s.id);
  }
}
