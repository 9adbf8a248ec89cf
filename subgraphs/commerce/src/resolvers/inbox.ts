import { Ctx, Resolver, Root } from "type-graphql";
import { INBOX_LIMIT, inboxTitle, InboxSectionField, checkInbox, inboxItem, inboxSection, regionPrefixFilter, type Context, type InboxKey } from "@ipr/shared";
import { Inbox } from "../entities/foreign";
import { Complaint, ComplaintStatus } from "../entities/complaint";
import { manifest } from "../manifest";

/** Complaints handled by the inbox's agency inside its region, in the given states, by the deadline of the step pending. */
async function waiting(ctx: Context, key: InboxKey, statuses: ComplaintStatus[], due: "decisionDueAt" | "answerDueAt", kind: string) {
  checkInbox(ctx, key);
  const [rows, count] = await ctx.em.findAndCount(
    Complaint,
    { status: { $in: statuses }, handlingAgency: key.agency, ...regionPrefixFilter(key.region, "handlingRegion") },
    { orderBy: { [due]: "asc", id: "asc" }, limit: INBOX_LIMIT },
  );
  return inboxSection(
    rows.map((c) =>
      inboxItem(ctx, kind, {
        typename: "Complaint", id: c.id, region: c.handlingRegion, dueAt: c[due],
        counterpart: c.filedByAgency === key.agency ? null : c.filedByAgency, title: inboxTitle(c.subject),
      }),
    ),
    count,
  );
}

/** Commerce's sections of the inbox, from its own tables; declared in manifest.ts. */
@Resolver(() => Inbox)
export class CommerceInbox {
  @InboxSectionField(manifest, "complaintsToDecide")
  complaintsToDecide(@Root() key: InboxKey, @Ctx() ctx: Context) {
    // a complaint not yet routed waits on the agency that recorded it (it routes it, to itself if responsible)
    return waiting(ctx, key, [ComplaintStatus.RECEIVED, ComplaintStatus.ROUTED], "decisionDueAt", "complaintsToDecide");
  }

  @InboxSectionField(manifest, "complaintsToAnswer")
  complaintsToAnswer(@Root() key: InboxKey, @Ctx() ctx: Context) {
    return waiting(ctx, key, [ComplaintStatus.ACCEPTED, ComplaintStatus.DECLINED], "answerDueAt", "complaintsToAnswer");
  }
}
