import { one, visible, type Context, type ReferenceResolvers } from "@ipr/shared";
import { Enterprise } from "./entities/enterprise";
import { SaicCase } from "./entities/saic-case";

/** How other subgraphs' references to SAIC entities are resolved: batched, one statement per request. */
export const references: ReferenceResolvers = {
  Enterprise: (ref, ctx: Context) => one(ctx, Enterprise, "creditCode").load(String(ref.creditCode)),
  SaicCase: async (ref, ctx: Context) => visible(ctx, await one(ctx, SaicCase).load(String(ref.id))),
};
