import type { Context, ReferenceResolvers } from "@ipr/shared";
import { findJointOperation, findRecordation, findSeizure } from "./lookups";

/**
 * How other subgraphs' references to customs entities are resolved: batched, one statement per type
 * per request. Detentions outside the caller's region are null; recordations and joint operations
 * are national. The stubs of other agencies (Enterprise, Trademark, …) resolve to their key as given.
 */
export const references: ReferenceResolvers = {
  CustomsSeizure: (ref, ctx: Context) => findSeizure(ctx, String(ref.id)),
  CustomsRecordation: (ref, ctx: Context) => findRecordation(ctx, String(ref.id)),
  CustomsJointOperation: (ref, ctx: Context) => findJointOperation(ctx, String(ref.id)),
};
