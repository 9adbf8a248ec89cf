import { registerEnumType } from "type-graphql";

/**
 * Enforcement campaigns a case can be part of. Owned by the national office (which keeps their
 * phases); the codes live in the kit so every agency's enum is identical in the composed schema.
 */
export enum CampaignCode {
  FOREIGN_INVESTED_IP_2017 = "FOREIGN_INVESTED_IP_2017",
  THUNDER = "THUNDER",
  SWORD_NET_2017 = "SWORD_NET_2017",
  GREEN_SHIELD = "GREEN_SHIELD",
  LONGTENG = "LONGTENG",
  SEED_ENFORCEMENT = "SEED_ENFORCEMENT",
  CLUSTER_CAMPAIGN = "CLUSTER_CAMPAIGN",
}
// the 中文 terms are the office's own campaign names (its campaigns migration)
registerEnumType(CampaignCode, {
  name: "CampaignCode",
  description: "An enforcement campaign (its phases are the office's)",
  valuesConfig: {
    FOREIGN_INVESTED_IP_2017: { description: "The action plan itself: protecting foreign-invested enterprises' IP, Sep-Dec 2017 (外商投资企业知识产权保护行动)" },
    THUNDER: { description: "IPO's patent enforcement \"Thunder\" campaign (专利执法维权“雷霆”专项行动)" },
    SWORD_NET_2017: { description: "Copyright: \"Sword Net 2017\" against online piracy (打击网络侵权盗版“剑网2017”专项行动)" },
    GREEN_SHIELD: { description: "Postal: \"Green Shield\" parcel-channel security (寄递渠道安全监管“绿盾”工程)" },
    LONGTENG: { description: "Customs: \"Longteng\" IP protection operation (中国海关知识产权保护“龙腾行动”)" },
    SEED_ENFORCEMENT: { description: "Agriculture and forestry: counterfeit seeds and seedlings (打击制售侵权假冒种子种苗专项行动)" },
    CLUSTER_CAMPAIGN: { description: "Police cluster campaigns (打击侵权假冒犯罪集群战役)" },
  },
});
