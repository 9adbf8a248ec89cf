import { Agency, fieldPolicy } from "@ipr/shared";
import { SaicCaseCategory, type SaicCase } from "./entities/saic-case";

/**
 * Who sees which market-regulation fields beyond the region rule (lookups and lists already keep
 * every caller to its own region). Everything not listed is shared with every agency; the enterprise
 * and trademark registers are public. The kit applies each rule on every path to
 * the field, so a case reached through another agency (a referral's source, `_entities`) gets the same rule.
 *
 * A trade-secret case's description tells the secret itself: only the agencies that investigate,
 * prosecute or try it read it. Others get null and a FORBIDDEN error naming the field (a masked
 * text would be no use). Trademark cases' descriptions are open.
 */
export const TRADE_SECRET_READERS: readonly Agency[] = [Agency.SAIC, Agency.POLICE, Agency.PROCURATORATE, Agency.COURTS];

export const POLICY = fieldPolicy({
  "SaicCase.description": { readers: TRADE_SECRET_READERS, when: (c: SaicCase) => c.category === SaicCaseCategory.TRADE_SECRET },
});
