import { Agency, assertNewCaseNumber, badInput, checkAdminCase, checkAdminCaseCorrection, notFound, requireNonNegativeAmount, type Context, type EntityManager } from "@ipr/shared";
import { Enterprise } from "./entities/enterprise";
import { SaicCase, SaicCaseCategory, type TrademarkViolation } from "./entities/saic-case";
import { Trademark } from "./entities/trademark";
import type { CreateSaicCaseInput } from "./schema/inputs";

/** The checks of a market-regulation case, shared by createSaicCase and correctSaicCase (which runs them on the case as corrected). */
export const MAX_DESCRIPTION = 4000;

/** The facts of a market-regulation case beyond the common ones, checked against its category. */
export function checkSaicFacts(input: SaicFacts) {
  const trademark = input.category === SaicCaseCategory.TRADEMARK;
  if (trademark && !input.trademarkViolation) throw badInput("input.trademarkViolation", "is required for a TRADEMARK case");
  if (!trademark && input.trademarkViolation) throw badInput("input.trademarkViolation", "applies to TRADEMARK cases only");
  if (!trademark && input.trademarkRegistrationNumber) throw badInput("input.trademarkRegistrationNumber", "applies to TRADEMARK cases only");
  if (trademark && input.rightHolderLoss) throw badInput("input.rightHolderLoss", "applies to TRADE_SECRET cases only");
  // the kit's common checks leave the description unbounded; a case file's summary fits in this
  if (input.description && [...input.description].length > MAX_DESCRIPTION)
    throw badInput("input.description", `must be at most ${MAX_DESCRIPTION} characters`);
  if (input.illegalGains) requireNonNegativeAmount(input.illegalGains, "input.illegalGains");
  if (input.rightHolderLoss) requireNonNegativeAmount(input.rightHolderLoss, "input.rightHolderLoss");
  return {
    category: input.category,
    trademarkViolation: input.trademarkViolation ?? null,
    trademarkRegistrationNumber: input.trademarkRegistrationNumber ?? null,
    online: input.online ?? false,
    illegalGains: input.illegalGains ?? null,
    rightHolderLoss: input.rightHolderLoss ?? null,
  };
}

/** The facts checkSaicFacts reads, as a create input or a stored case overlaid with a correction gives them. */
type SaicFacts = Pick<CreateSaicCaseInput, "category" | "description" | "illegalGains" | "rightHolderLoss" | "online"> & {
  trademarkViolation?: TrademarkViolation | null;
  trademarkRegistrationNumber?: string | null;
};

/** SAIC keeps the register, so unlike other agencies it can insist the right holder (and the mark) is on it. */
export async function checkAgainstRegister(em: EntityManager, input: Pick<CreateSaicCaseInput, "rightHolderCreditCode" | "foreignInvested" | "trademarkRegistrationNumber">) {
  const holder = await em.findOne(Enterprise, { creditCode: input.rightHolderCreditCode });
  if (!holder) throw notFound("input.rightHolderCreditCode", "registered enterprise", input.rightHolderCreditCode);
  if (holder.foreignInvested !== input.foreignInvested)
    throw badInput("input.foreignInvested", `the register says ${holder.name} is ${holder.foreignInvested ? "" : "not "}foreign-invested`);
  if (input.trademarkRegistrationNumber) {
    const mark = await em.findOne(Trademark, { registrationNumber: input.trademarkRegistrationNumber });
    if (!mark) throw notFound("input.trademarkRegistrationNumber", "registered trademark", input.trademarkRegistrationNumber);
    if (mark.holderCreditCode !== holder.creditCode) throw badInput("input.trademarkRegistrationNumber", "the mark belongs to another holder");
  }
}

/** Every creation check, on a case as corrected: the columns correctSaicCase writes. */
export async function checkCorrectedSaicCase(ctx: Context, corrected: CreateSaicCaseInput, row: SaicCase) {
  const common = await checkAdminCaseCorrection(ctx, Agency.SAIC, SaicCase, corrected, row, "openedOn");
  const own = checkSaicFacts(corrected);
  await checkAgainstRegister(ctx.em, corrected);
  return { ...common, ...own };
}

/** createSaicCase's work inside its transaction: every creation check, then the case (the bulk import runs it per row). */
export async function createSaicCase(ctx: Context, em: EntityManager, input: CreateSaicCaseInput): Promise<SaicCase> {
  const common = checkAdminCase(ctx, Agency.SAIC, input, ["openedOn", input.openedOn]);
  const own = checkSaicFacts(input);
  await checkAgainstRegister(em, input);
  await assertNewCaseNumber({ em }, SaicCase, common.caseNumber);
  return em.create(SaicCase, { ...common, ...own });
}
