import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { canRead, many, one, type Context } from "@ipr/shared";
import { Referral } from "../entities/referral";
import { CriminalCase, SaicCase } from "../entities/foreign";
import { EnforcementCaseType } from "../sources";

/** Referrals of a source case, one statement per request whatever the number of cases. */
const referralsOf = (ctx: Context, type: EnforcementCaseType, id: string) =>
  many(ctx, Referral, "sourceId", { sentAt: "asc" })
    .load(id)
    .then((rows) => rows.filter((r) => r.sourceType === type && canRead(ctx.identity, r.region)));

@Resolver(() => SaicCase)
export class SaicCaseReferrals {
  @FieldResolver(() => [Referral], { description: "Referrals of this case to the police (linkage)" })
  referrals(@Root() c: SaicCase, @Ctx() ctx: Context) {
    return referralsOf(ctx, EnforcementCaseType.SAIC_CASE, c.id);
  }
}

@Resolver(() => CriminalCase)
export class CriminalCaseReferral {
  @FieldResolver(() => Referral, { nullable: true, description: "The administrative referral this case was filed for (linkage)" })
  async referral(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    const referral = await one(ctx, Referral, "criminalCaseId").load(c.id);
    return referral && canRead(ctx.identity, referral.region) ? referral : null;
  }
}
