import { Agency, CampaignCode, badInput, checkAdminCaseCorrection, notFound, requireNotBefore, type AdminCaseColumns, type Context, type EntityManager } from "@ipr/shared";
import { Patent } from "./entities/patent";
import { PatentCase, PatentCaseCategory } from "./entities/patent-case";
import { requirePatentNumber } from "./patent-number";
import type { CreatePatentCaseInput } from "./schema/inputs";

/** The campaigns a patent case can belong to: the action plan itself and IPO's own "Thunder" (雷霆). */
const IPO_CAMPAIGNS: readonly CampaignCode[] = [CampaignCode.FOREIGN_INVESTED_IP_2017, CampaignCode.THUNDER];

/**
 * A patent case's own facts, checked against the register: shared by createPatentCase and
 * correctPatentCase (on the case as corrected). `common` is the checked common part.
 */
export async function checkPatentFacts(ctx: Context, em: EntityManager, input: CreatePatentCaseInput, common: Omit<AdminCaseColumns<"openedOn">, "id">) {
  if (input.campaign && !IPO_CAMPAIGNS.includes(input.campaign))
    throw badInput("input.campaign", `${input.campaign} is not a campaign of the patent administration (${IPO_CAMPAIGNS.join(", ")})`);
  // passing off often cites a patent that does not exist, so there the number is only checked for form
  const cited = input.patentNumber?.trim() ? requirePatentNumber(input.patentNumber, "input.patentNumber", ctx.now()) : null;
  const infringement = input.category === PatentCaseCategory.INFRINGEMENT;
  if (infringement && !cited) throw badInput("input.patentNumber", "is required for an infringement case");
  if (infringement && cited) {
    const patent = await em.findOne(Patent, { patentNumber: cited.patentNumber });
    if (!patent) throw notFound("input.patentNumber", "registered patent", cited.patentNumber);
    // a patent can be infringed only once granted, and not by its own patentee
    requireNotBefore(input.openedOn, "input.openedOn", patent.grantedOn, `the grant of ${patent.patentNumber}`);
    if (common.infringerCreditCode === patent.holderCreditCode)
      throw badInput("input.infringerCreditCode", `is the patentee of ${patent.patentNumber}`);
    if (input.rightHolderCreditCode === patent.holderCreditCode && input.foreignInvested !== patent.foreignInvested)
      throw badInput("input.foreignInvested", `the register says ${patent.holderName} is ${patent.foreignInvested ? "" : "not "}foreign-invested`);
  }
  return { category: input.category, source: input.source, keyField: input.keyField ?? null, patentNumber: cited?.patentNumber ?? null };
}

/** Every creation check on a patent case as corrected: the columns correctPatentCase writes. */
export async function checkCorrectedPatentCase(ctx: Context, corrected: CreatePatentCaseInput, row: PatentCase) {
  const common = await checkAdminCaseCorrection(ctx, Agency.IPO, PatentCase, corrected, row, "openedOn");
  return { ...common, ...(await checkPatentFacts(ctx, ctx.em, corrected, common)) };
}
