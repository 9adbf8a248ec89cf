import type { Context, ReferenceResolvers } from "@ipr/shared";
import { findCourierComplianceCheck, findPostalInterception } from "./lookups";

/** How other subgraphs' references to postal entities are resolved: batched, out-of-region ones are null. */
export const references: ReferenceResolvers = {
  PostalInterception: (ref, ctx: Context) => findPostalInterception(ctx, String(ref.id)),
  CourierComplianceCheck: (ref, ctx: Context) => findCourierComplianceCheck(ctx, String(ref.id)),
};
