import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import {
  Connection, ConnectionArgs, assertRegion, badInput, covers, dateRange, forbidden, lookup, newId, paginate, regionScope, requirePastDate,
  requireText, type Context,
} from "@ipr/shared";
import { OutreachEvent } from "../entities/outreach-event";
import { OutreachEventFilter, RecordOutreachEventInput } from "../schema/inputs";

@ObjectType()
class OutreachEventConnection extends Connection(OutreachEvent) {}

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

/** Outreach to foreign chambers, governments and enterprises (task 11): any member agency records its own, inside its region. */
@Resolver(() => OutreachEvent)
export class OutreachEventResolver {
  @Query(() => OutreachEvent, { nullable: true, description: "One outreach event, if it is in your region" })
  outreachEvent(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return lookup(ctx, OutreachEvent, id);
  }

  @Query(() => OutreachEventConnection, { description: "Outreach events in your region, newest first" })
  outreachEvents(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => OutreachEventFilter, { nullable: true }) filter: OutreachEventFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    if (f.region) assertRegion(f.region, "filter.region", { allowNational: true });
    const where = {
      ...regionScope(ctx.identity, f.region),
      ...(f.organiser ? { organiser: f.organiser } : {}),
      ...(f.audienceKind ? { audienceKind: f.audienceKind } : {}),
      ...dateRange("heldOn", f.from, f.to),
    };
    return paginate(ctx.em, OutreachEvent, where, page, "heldOn");
  }

  @Mutation(() => OutreachEvent, { description: "Record an outreach event your agency organised, inside your region (any member agency)" })
  async recordOutreachEvent(@Arg("input", () => RecordOutreachEventInput) input: RecordOutreachEventInput, @Ctx() ctx: Context) {
    const region = assertRegion(input.region, "input.region");
    if (!covers(ctx.identity.region, region)) throw forbidden(`input.region ${region} is outside your region ${ctx.identity.region}`, "input.region");
    const now = ctx.now();
    requirePastDate(input.heldOn, "input.heldOn", now);
    const attendees = input.attendees ?? null;
    if (attendees !== null && (attendees < 1 || attendees > MAX_ATTENDEES)) throw badInput("input.attendees", `must be from 1 to ${MAX_ATTENDEES}`);
    const row = {
      id: newId(), title: requireText(input.title, "input.title"), heldOn: input.heldOn, region, audienceKind: input.audienceKind,
      audience: requireText(input.audience, "input.audience"), attendees, organiser: ctx.identity.agency,
      topics: requireItems(input.topics, "input.topics", 1), typicalCases: requireItems(input.typicalCases ?? [], "input.typicalCases", 0),
      recordedBy: ctx.identity.sub, recordedAt: now,
    };
    return ctx.em.transactional(async (em) => em.create(OutreachEvent, row));
  }
}
