import { lookup, type Context, type ReferenceResolvers } from "@ipr/shared";
import { findComplaint } from "./complaints";
import { OutreachEvent } from "./entities/outreach-event";

/** How other subgraphs' references to commerce's entities are resolved: batched, region-scoped. */
export const references: ReferenceResolvers = {
  Complaint: (ref, ctx: Context) => findComplaint(ctx, String(ref.id)),
  OutreachEvent: (ref, ctx: Context) => lookup(ctx, OutreachEvent, String(ref.id)),
};
