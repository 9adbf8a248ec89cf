import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { canRead, many, one, type Context } from "@ipr/shared";
import { Referral } from "../entities/referral";
import { CASE_STUBS, CriminalCase, THRESHOLD_FACTS, type CaseStub } from "../entities/foreign";
import { ThresholdMeasure, ThresholdOffence } from "../entities/criminal-threshold";
import { SOURCE_TYPES, SOURCES, type EnforcementCaseType } from "../sources";
import { exceeds, thresholdRules, type CaseMeasures } from "../thresholds";

/**
 * Which offence an admin case is measured against, and with which of its facts: the first threshold
 * rule of its manifest whose `when` holds. Null when none applies (e.g. patent infringement, a civil matter).
 */
export function thresholdFacts(type: EnforcementCaseType, c: CaseStub): [ThresholdOffence, CaseMeasures] | null {
  const source = SOURCES[type];
  const rule = source.thresholds.find((r) => Object.entries(r.when ?? {}).every(([fact, value]) => c[fact] === value));
  if (!rule?.offence) return null;
  const measures = Object.entries(rule.measures ?? {}).map(([measure, fact]) => [measure, c[fact]]);
  return [rule.offence as ThresholdOffence, { date: String(c[source.dateField]), ...Object.fromEntries(measures) }];
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
