import { LockMode } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  requireId, scopedList, Agency, Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, many, newId, notFound,
  paginate, requireText, todayIn, visible, type Context,
} from "@ipr/shared";
import { FilingSupervision, FilingSupervisionStatus as Status } from "../entities/filing-supervision";
import { FilingSupervisionEvent } from "../entities/filing-supervision-event";
import { CriminalCase, Referral } from "../entities/foreign";
import {
  CloseFilingSupervisionInput, FilingSupervisionFilter, OpenFilingSupervisionInput, OrderFilingInput, RecordPoliceExplanationInput,
  RecordSupervisedFilingInput,
} from "../schema/supervision-inputs";
import { isOverdue } from "../deadlines";
import { findFilingSupervision } from "../lookups";
import { policeCase } from "../police";
import { checkSupervisedFiling, filedCase, referralFilings } from "../linkage";
import * as workflow from "../workflow";
import { checkSupervisable, overdueWhere, type Step } from "../workflow";

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

/**
 * One step of a supervision in one transaction: the row is locked (two officers acting at once must
 * not both succeed), must be visible to the caller and writable by it; the workflow's pure
 * `transition` checks the state and answers the change, and the step's event is appended. Another
 * subgraph is never called while the row is locked: ask before.
 */
async function step(ctx: Context, supervisionId: string, transition: (s: FilingSupervision) => Step) {
  const id = requireId(supervisionId, "input.supervisionId", "FilingSupervision");
  return ctx.em.transactional(async (em) => {
    const supervision = visible(ctx, await em.findOne(FilingSupervision, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
    if (!supervision) throw notFound("input.supervisionId", "FilingSupervision", id);
    assertCanWrite(ctx, Agency.PROCURATORATE, supervision.region, "input.supervisionId");
    const { changes, kind, at, note } = transition(supervision);
    em.assign(supervision, changes);
    em.create(FilingSupervisionEvent, { id: newId(), supervision, kind, at, agency: ctx.identity.agency, actor: ctx.identity.sub, note });
    return supervision;
  });
}

/** The supervision as the caller sees it, unlocked: what the referral's owner is asked about. Unknown ones are left to `step`. */
async function peek(ctx: Context, supervisionId: string) {
  const id = requireId(supervisionId, "input.supervisionId", "FilingSupervision");
  return visible(ctx, await ctx.em.findOne(FilingSupervision, { id }));
}

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
    checkSupervisable(referral);
    const opening = workflow.open(ctx.now(), reason);
    return ctx.em.transactional(async (em) => {
      if (await em.findOne(FilingSupervision, { referralId, status: { $ne: Status.CLOSED } }))
        throw badInput("input.referralId", "the referral is already under filing supervision");
      const supervision = em.create(FilingSupervision, { id: newId(), referralId, region, reason, openedOn: todayIn(opening.at), ...opening.changes });
      em.create(FilingSupervisionEvent, {
        id: newId(), supervision, kind: opening.kind, at: opening.at, agency: ctx.identity.agency, actor: ctx.identity.sub, note: opening.note,
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
    return step(ctx, input.supervisionId, (s) => workflow.receiveExplanation(s, explanation, receivedAt));
  }

  @Mutation(() => FilingSupervision, {
    description: "Order the police to file (通知立案) once their explanation is in, or once it is overdue; they have 15 days",
  })
  async orderFiling(@Arg("input", () => OrderFilingInput) input: OrderFilingInput, @Ctx() ctx: Context) {
    const note = input.note == null ? null : requireText(input.note, "input.note", 2000);
    return step(ctx, input.supervisionId, (s) => workflow.orderFiling(s, ctx.now(), note));
  }

  @Mutation(() => FilingSupervision, {
    description:
      "Record that supervision ended in filing, once the police have decided the referral FILED on the linkage platform (decideReferral): the criminal case is the referral's",
  })
  async recordSupervisedFiling(@Arg("input", () => RecordSupervisedFilingInput) input: RecordSupervisedFilingInput, @Ctx() ctx: Context) {
    // other agencies' facts are asked for before the supervision is locked: a slow peer must not hold the row
    const named = input.criminalCaseId ? (await policeCase(ctx, input.criminalCaseId, "input.criminalCaseId")).id : null;
    const seen = await peek(ctx, input.supervisionId);
    if (seen) checkSupervisedFiling(await referralFilings(ctx).load(seen.referralId), named);
    return step(ctx, input.supervisionId, (s) => workflow.recordFiling(s, ctx.now()));
  }

  @Mutation(() => FilingSupervision, { description: "End a filing supervision, e.g. when the police's reasons were accepted or the case was filed" })
  async closeFilingSupervision(@Arg("input", () => CloseFilingSupervisionInput) input: CloseFilingSupervisionInput, @Ctx() ctx: Context) {
    const reason = requireText(input.reason, "input.reason", 2000);
    return step(ctx, input.supervisionId, (s) => workflow.close(s, reason, ctx.now()));
  }

  @FieldResolver(() => Referral, { nullable: true, description: "The referral supervised (linkage)" })
  referral(@Root() s: FilingSupervision) {
    return { id: s.referralId };
  }

  @FieldResolver(() => CriminalCase, {
    nullable: true,
    description: "The criminal case the police filed for the supervised referral, read from linkage (the referral's criminalCase)",
    deprecationReason: "The filing is the referral's (linkage): read referral { criminalCase }",
  })
  async criminalCase(@Root() s: FilingSupervision, @Ctx() ctx: Context) {
    const id = filedCase(await referralFilings(ctx).load(s.referralId));
    return id ? { id } : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "Deadline of the step the police owe: explanationDueAt or filingDueAt; null when none is pending" })
  dueAt(@Root() s: FilingSupervision) {
    return workflow.dueAt(s);
  }

  @FieldResolver(() => Boolean, { description: "The police's pending step is past its deadline" })
  overdue(@Root() s: FilingSupervision, @Ctx() ctx: Context) {
    return isOverdue(workflow.dueAt(s), ctx.now());
  }

  @FieldResolver(() => [FilingSupervisionEvent], { description: "The steps taken, oldest first" })
  async events(@Root() s: FilingSupervision, @Ctx() ctx: Context) {
    const events = await many(ctx, FilingSupervisionEvent, "supervision", { at: "asc", id: "asc" }).load(s.id);
    return [...events].sort((a, b) => workflow.STEP_ORDER.indexOf(a.kind) - workflow.STEP_ORDER.indexOf(b.kind));
  }
}
