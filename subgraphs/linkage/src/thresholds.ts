import { toFen, type Context } from "@ipr/shared";
import { CriminalThreshold, ThresholdMeasure, ThresholdOffence } from "./entities/criminal-threshold";

/** The facts of a case that thresholds measure; amounts in yuan as Decimal strings. */
export interface CaseMeasures {
  date: string;
  [ThresholdMeasure.BUSINESS_VOLUME]?: string | null;
  [ThresholdMeasure.ILLEGAL_GAINS]?: string | null;
  [ThresholdMeasure.RIGHT_HOLDER_LOSS]?: string | null;
  [ThresholdMeasure.COPIES]?: number | null;
}

/** All rules, once per request: a handful of rows, one statement however many cases are judged. */
export const thresholdRules = (ctx: Context) =>
  ctx.loaders.get<"all", CriminalThreshold[]>("CriminalThreshold:all", async (keys) => {
    const rules = await ctx.em.find(CriminalThreshold, {}, { orderBy: { effectiveFrom: "asc" } });
    return keys.map(() => rules);
  }).load("all");

/**
 * Whether a case reaches the threshold of `offence` in force on its date: true when any measure of
 * a rule in force reaches its minimum; null when no rule of that offence was in force (no answer).
 */
export function exceeds(rules: CriminalThreshold[], offence: ThresholdOffence, facts: CaseMeasures): boolean | null {
  const inForce = rules.filter((r) => r.offence === offence && r.effectiveFrom <= facts.date && (!r.effectiveTo || facts.date <= r.effectiveTo));
  if (!inForce.length) return null;
  return inForce.some((rule) => {
    const value = facts[rule.measure];
    if (value === null || value === undefined) return false;
    return rule.measure === ThresholdMeasure.COPIES ? BigInt(value as number) * 100n >= toFen(rule.minimum) : toFen(String(value)) >= toFen(rule.minimum);
  });
}
