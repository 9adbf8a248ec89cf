import { assertRegion, badInput, covers, forbidden, requirePastDate, requireText, type Context } from "@ipr/shared";
import type { RecordOutreachEventInput } from "./schema/inputs";

const MAX_ITEMS = 20;
const MAX_ATTENDEES = 100_000;

/** A list of one-line items: trimmed, none empty, no duplicates, at most 20. */
function requireItems(items: string[], field: string, min: 0 | 1): string[] {
  if (items.length < min || items.length > MAX_ITEMS) throw badInput(field, `must list ${min} to ${MAX_ITEMS} items`);
  const out = items.map((item, i) => requireText(item, `${field}[${i}]`, 200));
  const dup = out.findIndex((item, i) => out.indexOf(item) !== i);
  if (dup >= 0) throw badInput(`${field}[${dup}]`, "is listed twice");
  return out;
}

/** The checks of an outreach event, shared by recordOutreachEvent and correctOutreachEvent (on the event as corrected): its columns. */
export function checkOutreachEvent(ctx: Context, input: RecordOutreachEventInput) {
  const region = assertRegion(input.region, "input.region");
  if (!covers(ctx.identity.region, region)) throw forbidden(`input.region ${region} is outside your region ${ctx.identity.region}`, "input.region");
  requirePastDate(input.heldOn, "input.heldOn", ctx.now());
  const attendees = input.attendees ?? null;
  if (attendees !== null && (attendees < 1 || attendees > MAX_ATTENDEES)) throw badInput("input.attendees", `must be from 1 to ${MAX_ATTENDEES}`);
  return {
    title: requireText(input.title, "input.title"), heldOn: input.heldOn, region, audienceKind: input.audienceKind,
    audience: requireText(input.audience, "input.audience"), attendees,
    topics: requireItems(input.topics, "input.topics", 1), typicalCases: requireItems(input.typicalCases ?? [], "input.typicalCases", 0),
  };
}
