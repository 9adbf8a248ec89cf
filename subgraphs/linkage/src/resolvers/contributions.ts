import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { canRead, many, one, type Context } from "@ipr/shared";
import { Referral } from "../entities/referral";
import { CASE_STUBS, CriminalCase, type CaseStub } from "../entities/foreign";
import { SOURCE_TYPES, type EnforcementCaseType } from "../sources";

/** `<SourceCase>.referrals` for one source type: one statement per request whatever the number of cases. */
function referralsOf(type: EnforcementCaseType) {
  @Resolver(() => CASE_STUBS[type])
  class SourceReferrals {
    @FieldResolver(() => [Referral], { description: "Referrals of this case to the police (linkage)" })
    referrals(@Root() c: CaseStub, @Ctx() ctx: Context) {
      return many(ctx, Referral, "sourceId", { sentAt: "asc" })
        .load(c.id)
        .then((rows) => rows.filter((r) => r.sourceType === type && canRead(ctx.identity, r.region)));
    }
  }
  return SourceReferrals;
}

export const SOURCE_REFERRALS = SOURCE_TYPES.map(referralsOf);

@Resolver(() => CriminalCase)
export class CriminalCaseReferral {
  @FieldResolver(() => Referral, { nullable: true, description: "The administrative referral this case was filed for (linkage)" })
  async referral(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    const referral = await one(ctx, Referral, "criminalCaseId").load(c.id);
    return referral && canRead(ctx.identity, referral.region) ? referral : null;
  }
}
