import type { AgencyManifest } from "@ipr/shared";

/** The admin-to-criminal linkage platform (两法衔接): run for all agencies, it answers for none. */
export const manifest: AgencyManifest = {
  name: "linkage",
  port: 4002,
  description: "The admin-to-criminal linkage platform: referrals, clues, evidence transfers, assistance requests",
  probe: "referral",
  datasets: [{ name: "referrals", list: "referrals", description: "Referrals of admin cases to the police, one row each" }],
  seed: [
    ["Referral", "referrals"], ["ReferralEvent", "events"], ["Clue", "clues"],
    ["EvidenceTransfer", "evidenceTransfers"], ["EvidenceItem", "evidenceItems"],
  ],
};
