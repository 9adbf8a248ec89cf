import { Agency, assertAgency, badInput, requireCreditCode, requirePastDate, requireText, type Context } from "@ipr/shared";
import type { RegisterCopyrightWorkInput } from "./schema/copyright-work";

/** Registration numbers are free text of the issuing office's format; only their length is fixed. */
export function requireRegistrationNumber(value: string, field: string): string {
  const number = value.trim();
  if (number.length < 4 || number.length > 60) throw badInput(field, "must be 4 to 60 characters");
  return number;
}

/** A work's register facts (PRESS only; the register is national), for its registration and its correction: the columns to write. */
export function checkCopyrightWork(ctx: Context, input: RegisterCopyrightWorkInput) {
  // the register is national: any copyright office may register, whatever its region
  assertAgency(ctx, Agency.PRESS);
  const registrationNumber = requireRegistrationNumber(input.registrationNumber, "input.registrationNumber");
  const title = requireText(input.title, "input.title");
  requireCreditCode(input.ownerCreditCode, "input.ownerCreditCode");
  const ownerName = requireText(input.ownerName, "input.ownerName");
  requirePastDate(input.registeredOn, "input.registeredOn", ctx.now());
  return {
    registrationNumber, title, workType: input.workType, ownerCreditCode: input.ownerCreditCode, ownerName,
    foreignInvested: input.foreignInvested, registeredOn: input.registeredOn,
  };
}
