import { lookup, type Context, type ReferenceResolvers } from "@ipr/shared";
import { Complaint } from "./entities/complaint";

/** How other subgraphs' references to commerce's entities are resolved: batched, region-scoped. */
export const references: ReferenceResolvers = {
  Complaint: (ref, ctx: Context) => lookup(ctx, Complaint, String(ref.id)),
};
