import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  requireId, scopedList, Agency, Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, many, newId, notFound,
  paginate, requireText, todayIn, visible, type Context,
} from "@ipr/shared";
import { FilingSupervision, FilingSupervisionStatus as Status } from "../entities/filing-supervision";
import { FilingSupervisionEvent, FilingSupervisionEventKind as Kind } from "../entities/filing-supervision-event";
import { CriminalCase, Referral } from "../entities/foreign";
import {
  CloseFilingSupervisionInput, FilingSupervisionFilter, OpenFilingSupervisionInput, OrderFilingInput, RecordPoliceExplanationInput,
  RecordSupervisedFilingInput,
} from "../schema/supervision-inputs";
import { EXPLANATION_DAYS, FILING_DAYS, endOfDayAfter, isOverdue } from "../deadlines";
import { findFilingSupervision } from "../lookups";
import { policeCase } from "../police";

@ObjectType()
class FilingSupervisionConnection extends Connection(FilingSupervision) {}

/** What the procuratorate asks linkage about a referral before supervising it. */
interface LinkageReferral {
  id: string;
  /** SENT, FILED, DECLINED, RECONSIDERATION_REQUESTED, RECONSIDERATION_DECLINED (linkage's ReferralStatus) */
  status: string;
  overdue: boolean;
  region: string;
}

/** The police declined to file, at first or again on reconsideration: the procuratorate may step in. */
const DECLINED = ["DECLINED", "RECONSIDERATION_DECLINED"];

/** The deadline of the step the police still owe, if any. */
export function dueAt(s: FilingSupervision): Date | null {
  if (s.status === Status.EXPLANATION_REQUIRED) return s.explanationDueAt;
  if (s.status === Status.FILING_ORDERED) return s.filingDueAt ?? null;
  return null;
}

/** The workflow only moves forward and each step happens at most once, so this order is the order of events. */
const STEP_ORDER = [Kind.EXPLANATION_REQUIRED, Kind.EXPLANATION_RECEIVED, Kind.FILING_ORDERED, Kind.FILED, Kind.CLOSED];

/** `overdue` of the list filter in SQL: the pending step's stored deadline has passed. */
function overdueWhere(overdue: boolean | null | undefined, now: Date) {
  if (overdue == null) return {};
  const pending = [Status.EXPLANATION_REQUIRED, Status.FILING_ORDERED];
  if (overdue)
    return { $or: [{ status: Status.EXPLANATION_REQUIRED, explanationDueAt: { $lt: now } }, { status: Status.FILING_ORDERED, filingDueAt: { $lt: now } }] };
  return {
    $or: [
      { status: { $nin: pending } },
      { status: Status.EXPLANATION_REQUIRED, explanationDueAt: { $gte: now } },
      { status: Status.FILING_ORDERED, filingDueAt: { $gte: now } },
    ],
  };
}

/**
 * One step of a supervision in one transaction: the row is locked (two officers acting at once must
 * not both succeed), must be visible to the caller and writable by it; `act` checks the state and
 * changes it, and the step's event is appended. `act` never calls another subgraph: ask before.
 */
async function step(
  ctx: Context,
  supervisionId: string,
  act: (s: FilingSupervision, em: EntityManager) => Promise<{ kind: Kind; at: Date; note?: string | null }>,
) {
  const id = requireId(supervisionId, "input.supervisionId", "FilingSupervision");
  return ctx.em.transactional(async (em) => {
    const supervision = visible(ctx, await em.findOne(FilingSupervision, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
    if (!supervision) throw notFound("input.supervisionId", "FilingSupervision", id);
    assertCanWrite(ctx, Agency.PROCURATORATE, supervision.region, "input.supervisionId");
    const { kind, at, note } = await act(supervision, em);
    em.create(FilingSupervisionEvent, { id: newId(), supervision, kind, at, agency: ctx.identity.agency, actor: ctx.identity.sub, note: note ?? null });
    return supervision;
  });
}

const refuse = (s: FilingSupervision, what: string) => badInput("input.supervisionId", `${what} (status ${s.status})`);

@Resolver(() => FilingSupervision)
export class FilingSupervisionResolver {
  @Query(() => FilingSupervision, { nullable: true })
  filingSupervision(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return findFilingSupervision(ctx, id);
  }

  @Query(() => FilingSupervisionConnection, { description: "Filing supervisions in your region, latest opened first" })
  filingSupervisions(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => FilingSupervisionFilter, { nullable: true }) filter: FilingSupervisionFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const where = scopedList(ctx, f, { equal: ["status"], where: overdueWhere(f.overdue, ctx.now()) });
    return paginate(ctx.em, FilingSupervision, where, page, "explanationRequiredAt");
  }

  @Mutation(() => FilingSupervision, {
    description: "Require the police to explain why they did not file a referral they declined or left overdue (PROCURATORATE only); they have 7 days",
  })
  async openFilingSupervision(@Arg("input", () => OpenFilingSupervisionInput) input: OpenFilingSupervisionInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, Agency.PROCURATORATE, region);
    const reason = requireText(input.reason, "input.reason", 2000);
    const referralId = requireId(input.referralId, "input.referralId", "Referral");
    // the referral is linkage's fact: ask its owner, as the caller (null when unknown or outside the caller's region)
    const [referral] = await ctx.peers.entities<LinkageReferral>(ctx.identity, "linkage", "Referral", [{ id: referralId }], "id status overdue region");
    if (!referral) throw notFound("input.referralId", "Referral", referralId);
    if (!DECLINED.includes(referral.status) && !referral.overdue)
      throw badInput("input.referralId", `only a referral the police declined or left undecided past its deadline is supervised (status ${referral.status}, not overdue)`);
    const at = ctx.now();
    return ctx.em.transactional(async (em) => {
      if (await em.findOne(FilingSupervision, { referralId, status: { $ne: Status.CLOSED } }))
        throw badInput("input.referralId", "the referral is already under filing supervision");
      const supervision = em.create(FilingSupervision, {
        id: newId(), referralId, region, reason, openedOn: todayIn(at), status: Status.EXPLANATION_REQUIRED,
        explanationRequiredAt: at, explanationDueAt: endOfDayAfter(at, EXPLANATION_DAYS),
      });
      em.create(FilingSupervisionEvent, {
        id: newId(), supervision, kind: Kind.EXPLANATION_REQUIRED, at, agency: ctx.identity.agency, actor: ctx.identity.sub, note: reason,
      });
      return supervision;
    });
  }

  @Mutation(() => FilingSupervision, { description: "Record the police's explanation of why they did not file" })
  async recordPoliceExplanation(@Arg("input", () => RecordPoliceExplanationInput) input: RecordPoliceExplanationInput, @Ctx() ctx: Context) {
    const explanation = requireText(input.explanation, "input.explanation", 4000);
    const now = ctx.now();
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt.getTime() > now.getTime()) throw badInput("input.receivedAt", `${receivedAt.toISOString()} is in the future`);
    return step(ctx, input.supervisionId, async (s, em) => {
      if (s.status !== Status.EXPLANATION_REQUIRED) throw refuse(s, "no explanation is pending");
      if (receivedAt < s.explanationRequiredAt)
        throw badInput("input.receivedAt", `is before the explanation was required (${s.explanationRequiredAt.toISOString()})`);
      em.assign(s, { explanationReceivedAt: receivedAt, explanation, status: Status.EXPLAINED });
      return { kind: Kind.EXPLANATION_RECEIVED, at: receivedAt, note: explanation };
    });
  }

  @Mutation(() => FilingSupervision, {
    description: "Order the police to file (通知立案) once their explanation is in, or once it is overdue; they have 15 days",
  })
  async orderFiling(@Arg("input", () => OrderFilingInput) input: OrderFilingInput, @Ctx() ctx: Context) {
    const note = input.note == null ? null : requireText(input.note, "input.note", 2000);
    return step(ctx, input.supervisionId, async (s, em) => {
      const at = ctx.now();
      const explanationOverdue = s.status === Status.EXPLANATION_REQUIRED && isOverdue(s.explanationDueAt, at);
      if (s.status !== Status.EXPLAINED && !explanationOverdue)
        throw refuse(s, s.status === Status.EXPLANATION_REQUIRED
          ? `the police have until ${s.explanationDueAt.toISOString()} to explain`
          : "filing can be ordered only after the police's explanation or once it is overdue");
      em.assign(s, { filingOrderedAt: at, filingDueAt: endOfDayAfter(at, FILING_DAYS), status: Status.FILING_ORDERED });
      return { kind: Kind.FILING_ORDERED, at, note };
    });
  }

  @Mutation(() => FilingSupervision, { description: "Record that the police filed the criminal case under supervision" })
  async recordSupervisedFiling(@Arg("input", () => RecordSupervisedFilingInput) input: RecordSupervisedFilingInput, @Ctx() ctx: Context) {
    // the police's case is asked for before the supervision is locked: a slow peer must not hold the row
    const filed = await policeCase(ctx, input.criminalCaseId, "input.criminalCaseId");
    return step(ctx, input.supervisionId, async (s, em) => {
      if (![Status.EXPLANATION_REQUIRED, Status.EXPLAINED, Status.FILING_ORDERED].includes(s.status)) throw refuse(s, "supervision has ended");
      const at = ctx.now();
      em.assign(s, { filedAt: at, criminalCaseId: filed.id.toLowerCase(), status: Status.FILED });
      return { kind: Kind.FILED, at };
    });
  }

  @Mutation(() => FilingSupervision, { description: "End a filing supervision, e.g. when the police's reasons were accepted or the case was filed" })
  async closeFilingSupervision(@Arg("input", () => CloseFilingSupervisionInput) input: CloseFilingSupervisionInput, @Ctx() ctx: Context) {
    const reason = requireText(input.reason, "input.reason", 2000);
    return step(ctx, input.supervisionId, async (s, em) => {
      if (s.status === Status.CLOSED) throw refuse(s, "supervision is already closed");
      const at = ctx.now();
      em.assign(s, { closedAt: at, closingReason: reason, status: Status.CLOSED });
      return { kind: Kind.CLOSED, at, note: reason };
    });
  }

  @FieldResolver(() => Referral, { nullable: true, description: "The referral supervised (linkage)" })
  referral(@Root() s: FilingSupervision) {
    return { id: s.referralId };
  }

  @FieldResolver(() => CriminalCase, { nullable: true, description: "The criminal case the police filed under supervision" })
  criminalCase(@Root() s: FilingSupervision) {
    return s.criminalCaseId ? { id: s.criminalCaseId } : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "Deadline of the step the police owe: explanationDueAt or filingDueAt; null when none is pending" })
  dueAt(@Root() s: FilingSupervision) {
    return dueAt(s);
  }

  @FieldResolver(() => Boolean, { description: "The police's pending step is past its deadline" })
  overdue(@Root() s: FilingSupervision, @Ctx() ctx: Context) {
    return isOverdue(dueAt(s), ctx.now());
  }

  @FieldResolver(() => [FilingSupervisionEvent], { description: "The steps taken, oldest first" })
  async events(@Root() s: FilingSupervision, @Ctx() ctx: Context) {
    const events = await many(ctx, FilingSupervisionEvent, "supervision", { at: "asc", id: "asc" }).load(s.id);
    return [...events].sort((a, b) => STEP_ORDER.indexOf(a.kind) - STEP_ORDER.indexOf(b.kind));
  }
}
