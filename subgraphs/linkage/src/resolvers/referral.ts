import { LockMode } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  scopedList, Agency, Connection, ConnectionArgs, assertCanWrite, canRead, assertRegion, badInput, lookup, requireId, many,
  newId, notFound, paginate, requireText, todayIn, type Context, type EntityManager,
} from "@ipr/shared";
import { Referral } from "../entities/referral";
import { ReferralEvent, ReferralEventKind } from "../entities/referral-event";
import { CriminalCase, EnforcementCase } from "../entities/foreign";
import { isOverdue } from "../deadlines";
import { SOURCES } from "../sources";
import { decide, firstDecisionDue, mayFileUnderSupervision, reconsiderationWindowEnd, requestReconsideration } from "../workflow";
import { DecideReferralInput, ReferralDecision, ReferralFilter, RequestReconsiderationInput, SendReferralInput } from "../schema/inputs";

@ObjectType()
class ReferralConnection extends Connection(Referral) {}

/** The referral, locked for the step being recorded: two officers acting at once must not both succeed. */
async function lockReferral(ctx: Context, em: EntityManager, id: string) {
  const referral = await em.findOne(Referral, { id: requireId(id, "input.referralId", "referral") }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!referral || !canRead(ctx.identity, referral.region)) throw notFound("input.referralId", "referral", id);
  return referral;
}

/**
 * The referral as it stands now, unlocked: what the checks with other agencies are based on. Read in
 * a fork of its own, so the locked read that follows loads the row afresh.
 */
async function visibleReferral(ctx: Context, id: string) {
  const referral = await ctx.em.fork().findOne(Referral, { id: requireId(id, "input.referralId", "referral") });
  if (!referral || !canRead(ctx.identity, referral.region)) throw notFound("input.referralId", "referral", id);
  return referral;
}

/** The police's criminal case exists, visible to the caller, and was filed no earlier than the referral was sent. */
export async function checkCriminalCase(ctx: Context, criminalCaseId: string, referral: Referral) {
  const [filed] = await ctx.peers.entities<{ filedOn: string }>(ctx.identity, "police", "CriminalCase", [{ id: criminalCaseId }], "id filedOn");
  if (!filed) throw notFound("input.criminalCaseId", "CriminalCase", criminalCaseId);
  if (filed.filedOn < todayIn(referral.sentAt)) throw badInput("input.criminalCaseId", `the case was filed on ${filed.filedOn}, before the referral was sent`);
}

/** Whether the procuratorate has ordered the police to file this referral (or recorded that they did). */
async function filingOrdered(ctx: Context, referralId: string): Promise<boolean> {
  const [facts] = await ctx.peers.entities<{ filingSupervisions: Array<{ status: string }> }>(
    ctx.identity, "procuratorate", "Referral", [{ id: referralId }], "filingSupervisions { status }");
  return !!facts?.filingSupervisions.some((s) => s.status === "FILING_ORDERED" || s.status === "FILED");
}

function recordEvent(em: EntityManager, ctx: Context, referral: Referral, kind: ReferralEventKind, at: Date, note: string | null = null) {
  em.create(ReferralEvent, { id: newId(), referral, kind, at, agency: ctx.identity.agency, actor: ctx.identity.sub, note });
}

/** `from` / `to` are days in China Standard Time (the agencies' calendar); `sentAt` is an instant. */
function sentOnDays(from?: string | null, to?: string | null) {
  if (from && to && from > to) throw badInput("filter.to", `${to} is before filter.from ${from}`);
  const day = (d: string, plus = 0) => new Date(Date.parse(`${d}T00:00:00+08:00`) + plus * 86_400_000);
  if (!from && !to) return {};
  return { sentAt: { ...(from ? { $gte: day(from) } : {}), ...(to ? { $lt: day(to, 1) } : {}) } };
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => Referral, { nullable: true })
  referral(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, Referral, id);
  }

  @Query(() => ReferralConnection, { description: "Referrals in your region, newest first" })
  referrals(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const now = ctx.now();
    const where = scopedList(ctx, f, {
      equal: ["sourceType", "status"],
      where: {
        ...sentOnDays(f.from, f.to),
        ...(f.overdue === true ? { decisionDueAt: { $lt: now } } : {}),
        ...(f.overdue === false ? { $or: [{ decisionDueAt: null }, { decisionDueAt: { $gte: now } }] } : {}),
      },
    });
    return paginate(ctx.em, Referral, where, page, "sentAt");
  }

  @Mutation(() => Referral, { description: "Refer an administrative case to the police (by the agency that owns the case)" })
  async sendReferral(@Arg("input", () => SendReferralInput) input: SendReferralInput, @Ctx() ctx: Context) {
    const source = SOURCES[input.sourceType];
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, source.agency, region);
    const reason = requireText(input.reason, "input.reason", 2000);
    const sourceId = requireId(input.sourceId, "input.sourceId", source.typename);
    // the source is another agency's fact: ask its owner whether it exists and the sender may see it
    const [found] = await ctx.peers.entities<Record<string, string>>(ctx.identity, source.subgraph, source.typename, [{ id: sourceId }], `id region ${source.dateField}`);
    if (!found) throw notFound("input.sourceId", source.typename, sourceId);
    const sentAt = ctx.now();
    if (found[source.dateField] > todayIn(sentAt)) throw badInput("input.sourceId", "the case is dated in the future");
    return ctx.em.transactional(async (em) => {
      const referral = em.create(Referral, {
        id: newId(), sourceType: input.sourceType, sourceId, fromAgency: source.agency, region, reason, sentAt, decisionDueAt: firstDecisionDue(sentAt),
      });
      recordEvent(em, ctx, referral, ReferralEventKind.SENT, sentAt);
      return referral;
    });
  }

  @Mutation(() => Referral, { description: "The police's decision on a referral or on its reconsideration: FILED with the criminal case, or DECLINED with a reason" })
  async decideReferral(@Arg("input", () => DecideReferralInput) input: DecideReferralInput, @Ctx() ctx: Context) {
    let criminalCaseId: string | null = null;
    let reason: string | null = input.reason?.trim() || null;
    if (input.decision === ReferralDecision.FILED) {
      if (!input.criminalCaseId) throw badInput("input.criminalCaseId", "is required when the decision is FILED");
      criminalCaseId = requireId(input.criminalCaseId, "input.criminalCaseId", "CriminalCase");
    } else {
      if (input.criminalCaseId) throw badInput("input.criminalCaseId", "must be empty when the referral is DECLINED");
      reason = requireText(input.reason ?? "", "input.reason", 2000);
    }
    // other agencies' facts are asked first, with no lock held: a slow peer must not hold the row
    const seen = await visibleReferral(ctx, input.referralId);
    assertCanWrite(ctx, Agency.POLICE, seen.region, "input.referralId");
    if (criminalCaseId) await checkCriminalCase(ctx, criminalCaseId, seen);
    // a declined referral can still be filed when the procuratorate has ordered it (its fact: ask it)
    const ordered = mayFileUnderSupervision(seen, input.decision) ? await filingOrdered(ctx, seen.id) : false;
    return ctx.em.transactional(async (em) => {
      // then lock and re-check what must be atomic: the step is decided on the locked row
      const referral = await lockReferral(ctx, em, input.referralId);
      const at = ctx.now();
      const step = decide(referral, input.decision, at, reason, criminalCaseId, mayFileUnderSupervision(referral, input.decision) && ordered);
      if (criminalCaseId && (await em.findOne(Referral, { criminalCaseId })))
        throw badInput("input.criminalCaseId", "that criminal case already answers another referral");
      em.assign(referral, step.changes);
      recordEvent(em, ctx, referral, step.kind, at, reason);
      return referral;
    });
  }

  @Mutation(() => Referral, { description: "Send a declined referral back to the police for reconsideration (the referring agency, within 3 days)" })
  async requestReconsideration(@Arg("input", () => RequestReconsiderationInput) input: RequestReconsiderationInput, @Ctx() ctx: Context) {
    const reason = requireText(input.reason, "input.reason", 2000);
    return ctx.em.transactional(async (em) => {
      const referral = await lockReferral(ctx, em, input.referralId);
      assertCanWrite(ctx, referral.fromAgency, referral.region, "input.referralId");
      const at = ctx.now();
      const step = requestReconsideration(referral, at, reason);
      em.assign(referral, step.changes);
      recordEvent(em, ctx, referral, step.kind, at, reason);
      return referral;
    });
  }

  @FieldResolver(() => EnforcementCase, { nullable: true, description: "The administrative case referred" })
  source(@Root() referral: Referral) {
    return { __typename: SOURCES[referral.sourceType].typename, id: referral.sourceId };
  }

  @FieldResolver(() => Boolean, { description: "The police's pending step is past its statutory deadline" })
  overdue(@Root() referral: Referral, @Ctx() ctx: Context) {
    return isOverdue(referral.decisionDueAt, ctx.now());
  }

  @FieldResolver(() => Date, { nullable: true, description: "Until when a declined referral may be sent back for reconsideration" })
  reconsiderationWindowEndsAt(@Root() referral: Referral) {
    return reconsiderationWindowEnd(referral);
  }

  @FieldResolver(() => CriminalCase, { nullable: true, description: "The criminal case the police filed for it" })
  criminalCase(@Root() referral: Referral) {
    return referral.criminalCaseId ? { id: referral.criminalCaseId } : null;
  }

  @FieldResolver(() => [ReferralEvent])
  events(@Root() referral: Referral, @Ctx() ctx: Context) {
    return many(ctx, ReferralEvent, "referral", { at: "asc" }).load(referral.id);
  }
}
