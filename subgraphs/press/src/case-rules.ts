import { Agency, CampaignCode, badInput, checkAdminCaseCorrection, notFound, requireNonNegativeAmount, requireText, type Context, type EntityManager } from "@ipr/shared";
import { CopyrightCase } from "./entities/copyright-case";
import { CopyrightWork } from "./entities/copyright-work";
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

/** A registered work named by a case must be of the case's type, and its owner's foreign investment must agree. */
export async function checkAgainstRegister(
  em: EntityManager, facts: ReturnType<typeof checkCopyrightFacts>, common: { rightHolderCreditCode: string; foreignInvested: boolean },
) {
  if (facts.registrationNumber === null) return;
  const work = await em.findOne(CopyrightWork, { registrationNumber: facts.registrationNumber });
  if (!work) throw notFound("input.registrationNumber", "registered work", facts.registrationNumber);
  if (work.workType !== facts.workType) throw badInput("input.workType", `the register lists ${work.registrationNumber} as ${work.workType}`);
  // the register knows its owner: when the owner is the right holder, the two must agree
  if (work.ownerCreditCode === common.rightHolderCreditCode && work.foreignInvested !== common.foreignInvested)
    throw badInput("input.foreignInvested", `the register says ${work.ownerName} is ${work.foreignInvested ? "" : "not "}foreign-invested`);
}

/** Every creation check on a copyright case as corrected: the columns correctCopyrightCase writes. */
export async function checkCorrectedCopyrightCase(ctx: Context, corrected: CreateCopyrightCaseInput, row: CopyrightCase) {
  const common = await checkAdminCaseCorrection(ctx, Agency.PRESS, CopyrightCase, corrected, row, "openedOn");
  const facts = checkCopyrightFacts(corrected);
  await checkAgainstRegister(ctx.em, facts, common);
  return { ...common, ...facts };
}
