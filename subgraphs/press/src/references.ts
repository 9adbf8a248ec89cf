import type { Context, ReferenceResolvers } from "@ipr/shared";
import { findCopyrightCase, findCopyrightWork, findSoftwareLegalisationCheck } from "./lookups";

/** How other subgraphs' references to press entities are resolved: batched, out-of-region cases and checks are null. */
export const references: ReferenceResolvers = {
  CopyrightWork: (ref, ctx: Context) => findCopyrightWork(ctx, String(ref.registrationNumber)),
  CopyrightCase: (ref, ctx: Context) => findCopyrightCase(ctx, String(ref.id)),
  SoftwareLegalisationCheck: (ref, ctx: Context) => findSoftwareLegalisationCheck(ctx, String(ref.id)),
};
