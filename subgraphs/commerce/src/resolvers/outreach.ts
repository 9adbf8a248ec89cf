import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Connection, ConnectionArgs, lookup, newId, paginate, scopedList, type Context } from "@ipr/shared";
import { OutreachEvent } from "../entities/outreach-event";
import { OutreachEventFilter, RecordOutreachEventInput } from "../schema/inputs";
import { checkOutreachEvent } from "../outreach-checks";

@ObjectType()
class OutreachEventConnection extends Connection(OutreachEvent) {}

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
    const where = scopedList(ctx, filter, { region: "allowNational", dates: "heldOn", equal: ["organiser", "audienceKind"] });
    return paginate(ctx.em, OutreachEvent, where, page, "heldOn");
  }

  @Mutation(() => OutreachEvent, { description: "Record an outreach event your agency organised, inside your region (any member agency)" })
  async recordOutreachEvent(@Arg("input", () => RecordOutreachEventInput) input: RecordOutreachEventInput, @Ctx() ctx: Context) {
    const row = { id: newId(), ...checkOutreachEvent(ctx, input), organiser: ctx.identity.agency, recordedBy: ctx.identity.sub, recordedAt: ctx.now() };
    return ctx.em.transactional(async (em) => em.create(OutreachEvent, row));
  }
}
