import { Agency, assertAgency, badInput, notFound, requireCreditCode, requirePastDate, requireText, type Context, type EntityManager } from "@ipr/shared";
import { Enterprise } from "./entities/enterprise";
import type { Trademark } from "./entities/trademark";
import type { RegisterTrademarkInput } from "./schema/inputs";

/** Registration numbers are digits (older marks up to 7, newer 8); stored without spaces. */
export const REGISTRATION_NUMBER = /^\d{5,9}$/;

/** The last day of a term of `years` starting on `from` (a mark registered 2010-03-07 runs to 2020-03-06). */
export function termEnd(from: string, years: number): string {
  const [y, m, d] = from.split("-").map(Number);
  const end = new Date(Date.UTC(y + years, m - 1, d));
  if (end.getUTCMonth() !== m - 1) end.setUTCDate(0); // 29 February into a common year
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** A registration number as stored (no spaces), or null when it is not one. */
export const parseRegistrationNumber = (value: string): string | null => {
  const number = value.replace(/\s/g, "");
  return REGISTRATION_NUMBER.test(number) ? number : null;
};

/** A mark's facts (SAIC only; the register is national), for its record and its correction: the columns to write, its number aside. */
export function checkTrademark(ctx: Context, input: Omit<RegisterTrademarkInput, "registrationNumber">) {
  assertAgency(ctx, Agency.SAIC);
  const mark = requireText(input.mark, "input.mark");
  if (!Number.isInteger(input.niceClass) || input.niceClass < 1 || input.niceClass > 45) throw badInput("input.niceClass", "must be a Nice class from 1 to 45");
  requireCreditCode(input.holderCreditCode, "input.holderCreditCode");
  requirePastDate(input.registeredOn, "input.registeredOn", ctx.now());
  return {
    mark, niceClass: input.niceClass, holderCreditCode: input.holderCreditCode, wellKnown: input.wellKnown ?? false,
    geographicalIndication: input.geographicalIndication ?? false, registeredOn: input.registeredOn, validUntil: termEnd(input.registeredOn, 10),
  };
}

/** The holder must be on the register; whether it is foreign-invested makes the mark foreign-related. */
export async function registeredHolder(em: EntityManager, creditCode: string): Promise<Enterprise> {
  const holder = await em.findOne(Enterprise, { creditCode });
  if (!holder) throw notFound("input.holderCreditCode", "registered enterprise", creditCode);
  return holder;
}

/** Every creation check on a mark as corrected: the columns correctTrademark writes. */
export async function checkCorrectedTrademark(ctx: Context, corrected: RegisterTrademarkInput, _row: Trademark) {
  const fields = checkTrademark(ctx, corrected);
  const holder = await registeredHolder(ctx.em, fields.holderCreditCode);
  return { ...fields, foreignRelated: holder.foreignInvested };
}
