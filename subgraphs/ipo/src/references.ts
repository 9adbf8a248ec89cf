import type { Context, ReferenceResolvers } from "@ipr/shared";
import { findPatent, findPatentCase } from "./lookups";

/** How other subgraphs' references to IPO entities are resolved: batched, one statement per request. */
export const references: ReferenceResolvers = {
  Patent: (ref, ctx: Context) => findPatent(ctx, String(ref.patentNumber)),
  PatentCase: (ref, ctx: Context) => findPatentCase(ctx, String(ref.id)),
};
