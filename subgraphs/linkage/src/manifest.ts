import type { AgencyManifest } from "@ipr/shared";

/** The admin-to-criminal linkage platform (两法衔接): run for all agencies, it answers for none. */
export const manifest: AgencyManifest = {
  name: "linkage",
  port: 4002,
  description: "The admin-to-criminal linkage platform: referrals, clues, evidence transfers, assistance requests",
  probe: "referral",
  // a referral relies on the case it refers, whatever agency's
  dependsOn: ["referableCases"],
  datasets: [{ name: "referrals", list: "referrals", description: "Referrals of admin cases to the police, one row each" }],
  inbox: [
    { field: "referralsToDecide", description: "Referrals the police of the region must decide: file or decline within 3 days of receipt (linkage)" },
    { field: "reconsiderationsToAnswer", description: "Declined referrals sent back for reconsideration, which the police answer within 3 days (linkage)" },
    { field: "assistanceRequestsToAnswer", description: "Assistance requests (案件协查) sent to the agency and region, open, by the requester's answer date (linkage)" },
    { field: "cluesToAnswer", description: "Clues (线索通报) sent to the agency and region and not yet answered, within 7 days of receipt (linkage)" },
    { field: "evidenceToReceive", description: "Evidence transfers (证据移转) sent to the agency and region and not yet received, within 3 days (linkage)" },
  ],
  seed: [
    ["Referral", "referrals"], ["ReferralEvent", "events"], ["Clue", "clues"],
    ["EvidenceTransfer", "evidenceTransfers"], ["EvidenceItem", "evidenceItems"],
  ],
};
