import type { Context, ReferenceResolvers } from "@ipr/shared";
import { findCaseCluster, findCriminalCase, findPerson } from "./lookups";

/** How other subgraphs' references to police entities are resolved: batched, out-of-region ones are null. */
export const references: ReferenceResolvers = {
  CriminalCase: (ref, ctx: Context) => findCriminalCase(ctx, String(ref.id)),
  CaseCluster: (ref, ctx: Context) => findCaseCluster(ctx, String(ref.id)),
  Person: (ref, ctx: Context) => findPerson(ctx, String(ref.id)),
};
