import type { Context, ReferenceResolvers } from "@ipr/shared";
import { findArrestReview, findFilingSupervision, findMisconductCase, findProsecution } from "./lookups";

/** How other subgraphs' references to procuratorate entities are resolved: batched, out-of-region ones are null. */
export const references: ReferenceResolvers = {
  ArrestReview: (ref, ctx: Context) => findArrestReview(ctx, String(ref.id)),
  Prosecution: (ref, ctx: Context) => findProsecution(ctx, String(ref.id)),
  FilingSupervision: (ref, ctx: Context) => findFilingSupervision(ctx, String(ref.id)),
  MisconductCase: (ref, ctx: Context) => findMisconductCase(ctx, String(ref.id)),
};
