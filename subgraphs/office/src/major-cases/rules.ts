import { toFen, type Context } from "@ipr/shared";
import { MajorCaseRule, MajorCaseRuleKind } from "../entities/major-case-rule";
import { DEFAULT_REPORT_DAYS } from "./deadlines";

/** What the rules read of one case, as its owner states it (see the manifest's `MajorCaseFacts`). */
export interface MajorCaseFacts {
  /** The date it was opened or filed */
  date: string;
  amount?: string | null;
  foreignInvested?: boolean | null;
  campaign?: string | null;
  /** Distinct provinces where its right holder has foreign-invested cases, when known */
  provinces?: number;
}

export const inForce = (rule: MajorCaseRule, date: string) => rule.effectiveFrom <= date && (!rule.effectiveTo || date <= rule.effectiveTo);

function meets(rule: MajorCaseRule, c: MajorCaseFacts): boolean {
  switch (rule.kind) {
    case MajorCaseRuleKind.AMOUNT_INVOLVED:
      return c.amount != null && rule.minimum != null && toFen(String(c.amount)) >= toFen(rule.minimum);
    case MajorCaseRuleKind.FOREIGN_MULTI_PROVINCE:
      return !!c.foreignInvested && c.provinces != null && rule.minimum != null && c.provinces >= Number(rule.minimum);
    case MajorCaseRuleKind.CAMPAIGN:
      return !!c.campaign && c.campaign === rule.campaign;
  }
}

/** The rules in force on the case's date that it meets. */
export const rulesMet = (rules: MajorCaseRule[], c: MajorCaseFacts) => rules.filter((r) => inForce(r, c.date) && meets(r, c));

/** The kinds of rule met, each once, in the enum's order. */
export const groundsOf = (met: MajorCaseRule[]) => Object.values(MajorCaseRuleKind).filter((k) => met.some((r) => r.kind === k));

/**
 * Days to report the case: the shortest of the rules it meets, or of the rules in force on its date
 * when it meets none (an agency may report any case it judges major), else the default.
 */
export function reportWithinDays(rules: MajorCaseRule[], c: MajorCaseFacts): number {
  const met = rulesMet(rules, c);
  const pool = met.length ? met : rules.filter((r) => inForce(r, c.date));
  return pool.length ? Math.min(...pool.map((r) => r.reportWithinDays)) : DEFAULT_REPORT_DAYS;
}

/** The rules, read once per request. */
export function majorCaseRules(ctx: Context): Promise<MajorCaseRule[]> {
  return ctx.loaders.get<string, MajorCaseRule[]>("MajorCaseRule:all", async (keys) => {
    const rules = await ctx.em.find(MajorCaseRule, {}, { orderBy: { kind: "asc", effectiveFrom: "asc" } });
    return keys.map(() => rules);
  }).load("all");
}

/** The province (reporting unit) a region belongs to: its office receives the reports. */
export const provinceOf = (region: string) => (region === "000000" ? region : `${region.slice(0, 2)}0000`);
