import { LockMode } from "@mikro-orm/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import {
  Agency, Connection, ConnectionArgs, assertCanWrite, assertRegion, badInput, isUuid, lookup, many, newId, notFound, paginate,
  regionScope, requireText, visible, type Context,
} from "@ipr/shared";
import { Referral, ReferralStatus } from "../entities/referral";
import { ReferralEvent, ReferralEventKind } from "../entities/referral-event";
import { CriminalCase, EnforcementCase } from "../entities/foreign";
import { DECISION_DAYS, endOfDayAfter, isOverdue } from "../deadlines";
import { SOURCES } from "../sources";
import { DecideReferralInput, ReferralDecision, ReferralFilter, SendReferralInput } from "../schema/inputs";

@ObjectType()
class ReferralConnection extends Connection(Referral) {}

const requireUuid = (value: string, field: string, what: string) => {
  if (!isUuid(value)) throw notFound(field, what, value);
  return value.toLowerCase();
};

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
    if (f.region) assertRegion(f.region, "filter.region");
    const now = ctx.now();
    const where = {
      ...regionScope(ctx.identity, f.region),
      ...(f.status ? { status: f.status } : {}),
      ...(f.overdue === true ? { decisionDueAt: { $lt: now } } : {}),
      ...(f.overdue === false ? { $or: [{ decisionDueAt: null }, { decisionDueAt: { $gte: now } }] } : {}),
    };
    return paginate(ctx.em, Referral, where, page, "sentAt");
  }

  @Mutation(() => Referral, { description: "Refer an administrative case to the police (by the agency that owns the case)" })
  async sendReferral(@Arg("input", () => SendReferralInput) input: SendReferralInput, @Ctx() ctx: Context) {
    const source = SOURCES[input.sourceType];
    const region = assertRegion(input.region, "input.region");
    assertCanWrite(ctx, source.agency, region);
    const reason = requireText(input.reason, "input.reason", 2000);
    const sourceId = requireUuid(input.sourceId, "input.sourceId", source.typename);
    // the source is another agency's fact: ask its owner whether it exists and the sender may see it
    const [found] = await ctx.peers.entities<{ id: string; region: string }>(ctx.identity, source.subgraph, source.typename, [{ id: sourceId }], "id region");
    if (!found) throw notFound("input.sourceId", source.typename, sourceId);
    const sentAt = ctx.now();
    return ctx.em.transactional(async (em) => {
      const referral = em.create(Referral, {
        id: newId(), sourceType: input.sourceType, sourceId, fromAgency: source.agency, region, reason,
        sentAt, decisionDueAt: endOfDayAfter(sentAt, DECISION_DAYS),
      });
      em.create(ReferralEvent, { id: newId(), referral, kind: ReferralEventKind.SENT, at: sentAt, agency: ctx.identity.agency, actor: ctx.identity.sub });
      return referral;
    });
  }

  @Mutation(() => Referral, { description: "The police's decision on a referral: FILED with the criminal case, or DECLINED with a reason" })
  async decideReferral(@Arg("input", () => DecideReferralInput) input: DecideReferralInput, @Ctx() ctx: Context) {
    const referralId = requireUuid(input.referralId, "input.referralId", "referral");
    let criminalCaseId: string | null = null;
    let reason: string | null = input.reason?.trim() || null;
    if (input.decision === ReferralDecision.FILED) {
      if (!input.criminalCaseId) throw badInput("input.criminalCaseId", "is required when the decision is FILED");
      criminalCaseId = requireUuid(input.criminalCaseId, "input.criminalCaseId", "CriminalCase");
    } else {
      if (input.criminalCaseId) throw badInput("input.criminalCaseId", "must be empty when the referral is DECLINED");
      reason = requireText(input.reason ?? "", "input.reason", 2000);
    }
    return ctx.em.transactional(async (em) => {
      // locked: two officers deciding at once must not both succeed
      const referral = visible(ctx, await em.findOne(Referral, { id: referralId }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
      if (!referral) throw notFound("input.referralId", "referral", referralId);
      assertCanWrite(ctx, Agency.POLICE, referral.region, "input.referralId");
      if (referral.status !== ReferralStatus.SENT)
        throw badInput("input.referralId", `referral was already decided (${referral.status})`);
      if (criminalCaseId) {
        const [filed] = await ctx.peers.entities(ctx.identity, "police", "CriminalCase", [{ id: criminalCaseId }], "id");
        if (!filed) throw notFound("input.criminalCaseId", "CriminalCase", criminalCaseId);
        if (await em.findOne(Referral, { criminalCaseId }))
          throw badInput("input.criminalCaseId", "that criminal case already answers another referral");
      }
      const at = ctx.now();
      const filed = input.decision === ReferralDecision.FILED;
      em.assign(referral, {
        status: filed ? ReferralStatus.FILED : ReferralStatus.DECLINED,
        decidedAt: at, decisionReason: reason, criminalCaseId, decisionDueAt: null,
      });
      em.create(ReferralEvent, {
        id: newId(), referral, kind: filed ? ReferralEventKind.FILED : ReferralEventKind.DECLINED,
        at, agency: ctx.identity.agency, actor: ctx.identity.sub, note: reason,
      });
      return referral;
    });
  }

  @FieldResolver(() => EnforcementCase, { description: "The administrative case referred" })
  source(@Root() referral: Referral) {
    return { __typename: SOURCES[referral.sourceType].typename, id: referral.sourceId };
  }

  @FieldResolver(() => Boolean, { description: "A step is pending past its statutory deadline" })
  overdue(@Root() referral: Referral, @Ctx() ctx: Context) {
    return isOverdue(referral.decisionDueAt, ctx.now());
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
