import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Connection, ConnectionArgs, assertRegion, badInput, covers, forbidden, many, newId, notFound, paginate, scopedList,
  requireCreditCode, requireId, requirePastDate, requireText, type Context, type EntityManager,
} from "@ipr/shared";
import { Complaint } from "../entities/complaint";
import { ComplaintEvent, ComplaintEventKind } from "../entities/complaint-event";
import { CASE_KINDS, EnforcementCase } from "../entities/cases";
import { complaintFor, complaintScope, findComplaint } from "../complaints";
import { checkComplaint } from "../complaint-checks";
import { answer, assertMayDecide, decide, overdue, overdueWhere, pendingDueAt, route, type ResultingCase } from "../workflow";
import { AnswerComplaintInput, ComplaintFilter, DecideComplaintInput, FileComplaintInput, RouteComplaintInput } from "../schema/inputs";

@ObjectType()
class ComplaintConnection extends Connection(Complaint) {}

function recordEvent(em: EntityManager, ctx: Context, complaint: Complaint, step: { kind: ComplaintEventKind }, at: Date, extra: Partial<ComplaintEvent> = {}) {
  em.create(ComplaintEvent, {
    id: newId(), complaint, kind: step.kind, at, agency: ctx.identity.agency, region: ctx.identity.region, actor: ctx.identity.sub, note: null, ...extra,
  });
}

/**
 * The admin case named on acceptance, asked of its owner before any lock is taken: it is the
 * deciding agency's own kind of case, it exists and the decider sees it, and it was not opened
 * before the complaint was received.
 */
async function checkResultingCase(ctx: Context, input: DecideComplaintInput, receivedOn: string): Promise<ResultingCase> {
  if (!input.resultingCaseType) throw badInput("input.resultingCaseType", "is required when accepting");
  if (!input.resultingCaseId) throw badInput("input.resultingCaseId", "is required when accepting");
  const kind = CASE_KINDS[input.resultingCaseType];
  if (kind.agency !== ctx.identity.agency)
    throw badInput("input.resultingCaseType", `a ${kind.typename} is ${kind.agency}'s case; name a case your agency (${ctx.identity.agency}) opened`);
  const id = requireId(input.resultingCaseId, "input.resultingCaseId", kind.typename);
  const [found] = await ctx.peers.entities<Record<string, string>>(ctx.identity, kind.subgraph, kind.typename, [{ id }], `id ${kind.dateField}`);
  if (!found) throw notFound("input.resultingCaseId", kind.typename, id);
  if (found[kind.dateField] < receivedOn)
    throw badInput("input.resultingCaseId", `the case is dated ${found[kind.dateField]}, before the complaint was received (${receivedOn})`);
  return { type: input.resultingCaseType, id };
}

/**
 * Complaints of foreign-invested enterprises: recorded by any member agency that received one,
 * routed to the agency responsible, decided and answered by it. One transaction per step; other
 * agencies' facts are asked before the row is locked.
 */
@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => Complaint, { nullable: true, description: "One complaint, if it was recorded in or routed to your region" })
  complaint(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findComplaint(ctx, id);
  }

  @Query(() => ComplaintConnection, { description: "Complaints recorded in or routed to your region, newest receipt first" })
  complaints(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    if (f.region) assertRegion(f.region, "filter.region", { allowNational: true });
    // both ends read a complaint, so its region scope is the list's own condition (complaintScope)
    const where = scopedList(ctx, f, {
      region: false,
      dates: "receivedOn",
      equal: ["handlingAgency", "filedByAgency", "status", "channel", "rightType"],
      where: { $and: [complaintScope(ctx, f.region), f.overdue == null ? {} : overdueWhere(ctx.now(), f.overdue)] },
    });
    return paginate(ctx.em, Complaint, where, page, "receivedOn");
  }

  @Mutation(() => Complaint, { description: "Record a complaint your agency received, inside your region (any member agency)" })
  async fileComplaint(@Arg("input", () => FileComplaintInput) input: FileComplaintInput, @Ctx() ctx: Context) {
    const columns = checkComplaint(ctx, input);
    const now = ctx.now();
    return ctx.em.transactional(async (em) => {
      const complaint = em.create(Complaint, {
        id: newId(), ...columns, filedByAgency: ctx.identity.agency, filedBy: ctx.identity.sub, filedAt: now,
        handlingAgency: ctx.identity.agency, handlingRegion: columns.region,
      });
      recordEvent(em, ctx, complaint, { kind: ComplaintEventKind.FILED }, now);
      return complaint;
    });
  }

  @Mutation(() => Complaint, {
    description: "Send a complaint to the agency and region responsible (the recording agency, COMMERCE or the office, covering the region it was recorded in; the target inside the router's region)",
  })
  async routeComplaint(@Arg("input", () => RouteComplaintInput) input: RouteComplaintInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    const reason = input.reason?.trim() || null;
    return ctx.em.transactional(async (em) => {
      const complaint = await complaintFor(ctx, input.complaintId, em, true);
      const at = ctx.now();
      const step = route(complaint, ctx.identity, input.agency, region, at);
      em.assign(complaint, step.changes);
      recordEvent(em, ctx, complaint, step, at, { toAgency: input.agency, toRegion: region, note: reason });
      return complaint;
    });
  }

  @Mutation(() => Complaint, { description: "Accept (naming the admin case opened) or decline (with a reason) a complaint routed to your agency and region" })
  async decideComplaint(@Arg("input", () => DecideComplaintInput) input: DecideComplaintInput, @Ctx() ctx: Context) {
    let reason = input.reason?.trim() || null;
    if (!input.accept) {
      reason = requireText(input.reason ?? "", "input.reason", 2000);
      if (input.resultingCaseType || input.resultingCaseId)
        throw badInput(input.resultingCaseType ? "input.resultingCaseType" : "input.resultingCaseId", "must be empty when declining");
    }
    // the checks with the case's owner come first, with no lock held: a slow peer must not hold the row
    const seen = await complaintFor(ctx, input.complaintId);
    assertMayDecide(seen, ctx.identity);
    const resulting = input.accept ? await checkResultingCase(ctx, input, seen.receivedOn) : null;
    return ctx.em.transactional(async (em) => {
      // then lock, and decide on the locked row (someone may have decided or re-routed meanwhile)
      const complaint = await complaintFor(ctx, input.complaintId, em, true);
      const at = ctx.now();
      const step = decide(complaint, ctx.identity, input.accept, at, reason, resulting);
      em.assign(complaint, step.changes);
      recordEvent(em, ctx, complaint, step, at, { note: reason });
      return complaint;
    });
  }

  @Mutation(() => Complaint, { description: "Record the answer given to the complainant (the handling agency, once it accepted or declined)" })
  async answerComplaint(@Arg("input", () => AnswerComplaintInput) input: AnswerComplaintInput, @Ctx() ctx: Context) {
    const text = requireText(input.answer, "input.answer", 4000);
    requirePastDate(input.answeredOn, "input.answeredOn", ctx.now());
    return ctx.em.transactional(async (em) => {
      const complaint = await complaintFor(ctx, input.complaintId, em, true);
      const at = ctx.now();
      const step = answer(complaint, ctx.identity, text, input.answeredOn);
      em.assign(complaint, step.changes);
      recordEvent(em, ctx, complaint, step, at, { note: text });
      return complaint;
    });
  }

  @FieldResolver(() => String, { nullable: true, description: "The complainant's contact person (personal data): masked (张*) except for COMMERCE and the handling agency" })
  contactName(@Root() c: Complaint) {
    return c.contactName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The contact person's phone (personal data): masked (138******78) except for COMMERCE and the handling agency" })
  contactPhone(@Root() c: Complaint) {
    return c.contactPhone ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "When the step now pending is due: the decision while RECEIVED or ROUTED, the answer while ACCEPTED or DECLINED; null once ANSWERED" })
  pendingDueAt(@Root() c: Complaint) {
    return pendingDueAt(c);
  }

  @FieldResolver(() => Boolean, { description: "The pending step (decision or answer) is past its deadline" })
  overdue(@Root() c: Complaint, @Ctx() ctx: Context) {
    return overdue(c, ctx.now());
  }

  @FieldResolver(() => EnforcementCase, { nullable: true, description: "The admin case the handling agency opened on accepting it (resolved by its owner)" })
  resultingCase(@Root() c: Complaint) {
    return c.resultingCaseType && c.resultingCaseId ? { __typename: CASE_KINDS[c.resultingCaseType].typename, id: c.resultingCaseId } : null;
  }

  @FieldResolver(() => [ComplaintEvent], { description: "Every step, oldest first: who, when, what and why" })
  events(@Root() c: Complaint, @Ctx() ctx: Context) {
    return many(ctx, ComplaintEvent, "complaint", { at: "asc" }).load(c.id);
  }
}
