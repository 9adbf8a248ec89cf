import { Agency, assertAgency, badInput, requireNotBefore, requirePastDate, requireText, type Context } from "@ipr/shared";
import type { RecordCustomsJointOperationInput } from "./schema/inputs";

function checkPartners(partners: string[]): string[] {
  if (partners.length === 0) throw badInput("input.partners", "a joint operation has at least one partner");
  const seen = new Map<string, number>();
  return partners.map((p, i) => {
    const partner = requireText(p, `input.partners[${i}]`, 200);
    const first = seen.get(partner.toLowerCase());
    if (first !== undefined) throw badInput(`input.partners[${i}]`, `is input.partners[${first}] again`);
    seen.set(partner.toLowerCase(), i);
    return partner;
  });
}

/** A joint operation (CUSTOMS only; national), for its record and its correction: the columns to write. */
export function checkJointOperationInput(ctx: Context, input: RecordCustomsJointOperationInput) {
  assertAgency(ctx, Agency.CUSTOMS);
  const name = requireText(input.name, "input.name", 200);
  const partners = checkPartners(input.partners);
  requirePastDate(input.startedOn, "input.startedOn", ctx.now());
  const endedOn = input.endedOn ?? null;
  if (endedOn) {
    requirePastDate(endedOn, "input.endedOn", ctx.now());
    requireNotBefore(endedOn, "input.endedOn", input.startedOn, "input.startedOn");
  }
  return { name, partners, startedOn: input.startedOn, endedOn };
}
