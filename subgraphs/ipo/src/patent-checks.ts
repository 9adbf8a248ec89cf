import { Agency, assertCanWrite, requireCreditCode, requireNotBefore, requirePastDate, requireText, type Context } from "@ipr/shared";
import { requirePatentNumber } from "./patent-number";
import type { RegisterPatentInput } from "./schema/inputs";

/** A patent's register facts (IPO only; the register is national), for its registration and its correction: the columns to write. */
export function checkPatent(ctx: Context, input: RegisterPatentInput) {
  // the register has no region: only the agency is checked, against the caller's own region
  assertCanWrite(ctx, Agency.IPO, ctx.identity.region);
  const { patentNumber, kind, year } = requirePatentNumber(input.patentNumber, "input.patentNumber", ctx.now());
  const title = requireText(input.title, "input.title", 500);
  requireCreditCode(input.holderCreditCode, "input.holderCreditCode");
  const holderName = requireText(input.holderName, "input.holderName");
  requirePastDate(input.grantedOn, "input.grantedOn", ctx.now());
  // a grant follows its application, whose year is part of the number
  requireNotBefore(input.grantedOn, "input.grantedOn", `${year}-01-01`, `the application year ${year}`);
  return { patentNumber, kind, title, holderCreditCode: input.holderCreditCode, holderName, foreignInvested: input.foreignInvested, grantedOn: input.grantedOn };
}
