import { registerEnumType } from "type-graphql";

/**
 * Enforcement campaigns a case can be part of. Owned by the national office (which keeps their
 * phases); the codes live in the kit so every agency's enum is identical in the composed schema.
 */
export enum CampaignCode {
  /** The action plan itself: protecting foreign-invested enterprises' IP, Sep-Dec 2017. */
  FOREIGN_INVESTED_IP_2017 = "FOREIGN_INVESTED_IP_2017",
  /** IPO's patent enforcement "Thunder" (雷霆) campaign. */
  THUNDER = "THUNDER",
  /** Copyright: "Sword Net 2017" (剑网2017) against online piracy. */
  SWORD_NET_2017 = "SWORD_NET_2017",
  /** Postal: "Green Shield" (绿盾) parcel-channel security. */
  GREEN_SHIELD = "GREEN_SHIELD",
  /** Customs: "Longteng" (龙腾) IP protection operation. */
  LONGTENG = "LONGTENG",
  /** Agriculture and forestry: counterfeit seeds and seedlings. */
  SEED_ENFORCEMENT = "SEED_ENFORCEMENT",
  /** Police cluster campaigns (集群战役). */
  CLUSTER_CAMPAIGN = "CLUSTER_CAMPAIGN",
}
registerEnumType(CampaignCode, { name: "CampaignCode", description: "An enforcement campaign (its phases are the office's)" });
