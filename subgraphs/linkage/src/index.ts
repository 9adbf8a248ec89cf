import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { Referral } from "./entities/referral";
import { ReferralEvent } from "./entities/referral-event";
import { ReferralResolver } from "./resolvers/referral";
import { CriminalCaseReferral, SOURCE_CONTRIBUTIONS } from "./resolvers/contributions";
import { CriminalThreshold } from "./entities/criminal-threshold";
import { CriminalThresholdResolver } from "./resolvers/criminal-threshold";
import { UnreferredResolver } from "./resolvers/unreferred";
import { ReportConsistency } from "./resolvers/report-consistency";
import { references } from "./references";
import { Clue } from "./entities/clue";
import { EvidenceItem, EvidenceTransfer } from "./entities/evidence-transfer";
import { AssistanceRequest } from "./entities/assistance-request";
import { ClueResolver } from "./resolvers/clue";
import { EvidenceTransferResolver } from "./resolvers/evidence";
import { AssistanceRequestResolver } from "./resolvers/assistance";
import { LinkageInbox } from "./resolvers/inbox";
import { migrations } from "./migrations";
import { LinkageDependents } from "./resolvers/dependents";
import { AssistanceRequestCorrections, ClueCorrections, EvidenceTransferCorrections, ReferralCorrections, ReferralDecisionCorrections } from "./resolvers/corrections";
import { MonthlyReport, Inbox } from "./entities/foreign";

/**
 * The admin-to-criminal linkage platform (两法衔接): referrals from administrative agencies to the
 * police with their statutory deadlines, and the exchanges between agencies: clues, evidence
 * transfers, assistance requests.
 */
export const linkage = defineSubgraph({
  name: "linkage",
  resolvers: [ReferralResolver, ClueResolver, EvidenceTransferResolver, AssistanceRequestResolver, CriminalCaseReferral, CriminalThresholdResolver, UnreferredResolver, ReportConsistency, LinkageInbox, LinkageDependents,
    ReferralCorrections, ReferralDecisionCorrections, ClueCorrections, AssistanceRequestCorrections, EvidenceTransferCorrections, ...SOURCE_CONTRIBUTIONS],
  orphanedTypes: [MonthlyReport, Inbox],
  references,
  entities: [Referral, ReferralEvent, Clue, EvidenceTransfer, EvidenceItem, AssistanceRequest, CriminalThreshold],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { Referral, ReferralEvent, Clue, EvidenceTransfer, EvidenceItem, AssistanceRequest };
export { ReferralStatus } from "./entities/referral";
export { EnforcementCaseType } from "./sources";
export * from "./deadlines";

if (require.main === module) runSubgraph(linkage);
