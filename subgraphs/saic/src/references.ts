import { lookup, one, type Context, type ReferenceResolvers } from "@ipr/shared";
import { Enterprise } from "./entities/enterprise";
import { SaicCase } from "./entities/saic-case";

/** How other subgraphs' references to SAIC entities are resolved: batched, one statement per request. */
export const references: ReferenceResolvers = {
  Enterprise: (ref, ctx: Context) => one(ctx, Enterprise, "creditCode").load(String(ref.creditCode)),
  SaicCase: (ref, ctx: Context) => lookup(ctx, SaicCase, String(ref.id)),
};
