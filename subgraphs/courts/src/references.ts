import type { Context, ReferenceResolvers } from "@ipr/shared";
import { findCourtCase, findJudgment } from "./lookups";

/**
 * How other subgraphs' references to court entities are resolved: batched, out-of-region ones are null.
 * The stubs of other agencies (Prosecution, Enterprise, Person) need none: their key is all the courts hold.
 */
export const references: ReferenceResolvers = {
  CourtCase: (ref, ctx: Context) => findCourtCase(ctx, String(ref.id)),
  Judgment: (ref, ctx: Context) => findJudgment(ctx, String(ref.id)),
};
