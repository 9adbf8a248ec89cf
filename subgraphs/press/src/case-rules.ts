import { CampaignCode, badInput, requireNonNegativeAmount, requireText } from "@ipr/shared";
import type { CreateCopyrightCaseInput } from "./schema/copyright-case";

/** Campaigns a copyright case can belong to: the action plan itself and the copyright administration's own. */
export const COPYRIGHT_CAMPAIGNS: readonly CampaignCode[] = [CampaignCode.FOREIGN_INVESTED_IP_2017, CampaignCode.SWORD_NET_2017];

/** Checks the copyright-specific facts of a new case (those the input alone can tell), naming the field at fault. */
export function checkCopyrightFacts(input: CreateCopyrightCaseInput) {
  const platformType = input.platformType ?? null;
  if (input.online && platformType === null) throw badInput("input.platformType", "is required for an online piracy case");
  if (!input.online && platformType !== null) throw badInput("input.platformType", "must be null for an offline case");
  if (input.campaign && !COPYRIGHT_CAMPAIGNS.includes(input.campaign))
    throw badInput("input.campaign", `${input.campaign} is not a copyright campaign (${COPYRIGHT_CAMPAIGNS.join(", ")})`);
  // "Sword Net" (剑网) is the campaign against online piracy: offline cases are not part of it
  if (input.campaign === CampaignCode.SWORD_NET_2017 && !input.online)
    throw badInput("input.campaign", "SWORD_NET_2017 covers online piracy only; this case is offline");
  const copies = input.copies ?? null;
  if (copies !== null && copies < 0) throw badInput("input.copies", "must not be negative");
  const illegalGains = input.illegalGains ?? null;
  if (illegalGains !== null) requireNonNegativeAmount(illegalGains, "input.illegalGains");
  const registrationNumber = input.registrationNumber == null ? null : requireText(input.registrationNumber, "input.registrationNumber", 60);
  return { workType: input.workType, online: input.online, platformType, copies, illegalGains, registrationNumber };
}
