import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { canRead, many, one, type Context } from "@ipr/shared";
import { Referral } from "../entities/referral";
import { CASE_STUBS, CriminalCase, THRESHOLD_FACTS, type CaseStub } from "../entities/foreign";
import { ThresholdMeasure, ThresholdOffence } from "../entities/criminal-threshold";
import { SOURCE_TYPES, SOURCES, type EnforcementCaseType } from "../sources";
import { exceeds, thresholdRules, type CaseMeasures } from "../thresholds";

/**
 * Which offence an admin case is measured against, and with which of its facts. Patent
 * infringement and plant-variety cases are not crimes with a threshold here (null).
 * Customs and postal seizures are overwhelmingly counterfeit trademarks: their goods' amount is
 * measured as the business volume of selling counterfeit goods.
 */
export function thresholdFacts(type: EnforcementCaseType, c: CaseStub): [ThresholdOffence, CaseMeasures] | null {
  const date = String(c[SOURCES[type].dateField]);
  const volume = { date, [ThresholdMeasure.BUSINESS_VOLUME]: c.amountInvolved as string };
  switch (type) {
    case "SAIC_CASE":
      return c.category === "TRADE_SECRET"
        ? [ThresholdOffence.TRADE_SECRET_INFRINGEMENT, { date, [ThresholdMeasure.RIGHT_HOLDER_LOSS]: c.rightHolderLoss as string | null }]
        : [ThresholdOffence.TRADEMARK_COUNTERFEITING, { ...volume, [ThresholdMeasure.ILLEGAL_GAINS]: c.illegalGains as string | null }];
    case "PATENT_CASE":
      return c.category === "PASSING_OFF" ? [ThresholdOffence.PATENT_PASSING_OFF, volume] : null;
    case "COPYRIGHT_CASE":
      return [ThresholdOffence.COPYRIGHT_INFRINGEMENT, { ...volume, [ThresholdMeasure.ILLEGAL_GAINS]: c.illegalGains as string | null, [ThresholdMeasure.COPIES]: c.copies as number | null }];
    case "CUSTOMS_SEIZURE":
    case "POSTAL_INTERCEPTION":
      return [ThresholdOffence.TRADEMARK_COUNTERFEITING, volume];
    default:
      return null;
  }
}

/** `<SourceCase>.referrals` and `.exceedsCriminalThreshold` for one source type, batched per request. */
function contributionsTo(type: EnforcementCaseType) {
  const requires = THRESHOLD_FACTS[type].map(([name]) => name).join(" ");
  @Resolver(() => CASE_STUBS[type])
  class SourceContributions {
    @FieldResolver(() => [Referral], { nullable: true, description: "Referrals of this case to the police (linkage)" })
    referrals(@Root() c: CaseStub, @Ctx() ctx: Context) {
      return many(ctx, Referral, "sourceId", { sentAt: "asc" })
        .load(c.id)
        .then((rows) => rows.filter((r) => r.sourceType === type && canRead(ctx.identity, r.region)));
    }

    @Directive(`@requires(fields: "${requires}")`)
    @FieldResolver(() => Boolean, {
      nullable: true,
      description: "Reaches a criminal-prosecution threshold in force on the case's date (linkage); null when no threshold applies",
    })
    async exceedsCriminalThreshold(@Root() c: CaseStub, @Ctx() ctx: Context) {
      const facts = thresholdFacts(type, c);
      return facts ? exceeds(await thresholdRules(ctx), ...facts) : null;
    }
  }
  return SourceContributions;
}

export const SOURCE_CONTRIBUTIONS = SOURCE_TYPES.map(contributionsTo);

@Resolver(() => CriminalCase)
export class CriminalCaseReferral {
  @FieldResolver(() => Referral, { nullable: true, description: "The administrative referral this case was filed for (linkage)" })
  async referral(@Root() c: CriminalCase, @Ctx() ctx: Context) {
    const referral = await one(ctx, Referral, "criminalCaseId").load(c.id);
    return referral && canRead(ctx.identity, referral.region) ? referral : null;
  }
}
