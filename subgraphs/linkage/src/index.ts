import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { Referral } from "./entities/referral";
import { ReferralEvent } from "./entities/referral-event";
import { ReferralResolver } from "./resolvers/referral";
import { CriminalCaseReferral, SOURCE_REFERRALS } from "./resolvers/contributions";
import { references } from "./references";
import { migrations } from "./migrations";

/** The admin-to-criminal linkage platform: referrals from administrative agencies to the police. */
export const linkage = defineSubgraph({
  name: "linkage",
  resolvers: [ReferralResolver, CriminalCaseReferral, ...SOURCE_REFERRALS],
  references,
  entities: [Referral, ReferralEvent],
  migrations,
});

export { Referral, ReferralEvent };
export { ReferralStatus } from "./entities/referral";
export { EnforcementCaseType } from "./sources";
export * from "./deadlines";

if (require.main === module) runSubgraph(linkage);
