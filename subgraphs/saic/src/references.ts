import { lookup, one, type Context, type ReferenceResolvers } from "@ipr/shared";
import { Enterprise } from "./entities/enterprise";
import { SaicCase } from "./entities/saic-case";
import { Trademark } from "./entities/trademark";

/** How other subgraphs' references to SAIC entities are resolved: batched, one statement per request. */
export const references: ReferenceResolvers = {
  Enterprise: (ref, ctx: Context) => one(ctx, Enterprise, "creditCode").load(String(ref.creditCode)),
  Trademark: (ref, ctx: Context) => one(ctx, Trademark, "registrationNumber").load(String(ref.registrationNumber)),
  SaicCase: (ref, ctx: Context) => lookup(ctx, SaicCase, String(ref.id)),
};
