import type { Context, ReferenceResolvers } from "@ipr/shared";
import { findPlantVariety, findPlantVarietyCase } from "./lookups";

/** How other subgraphs' references to agriculture's entities are resolved: batched, one statement per request. */
export const references: ReferenceResolvers = {
  PlantVariety: (ref, ctx: Context) => findPlantVariety(ctx, String(ref.rightNumber)),
  PlantVarietyCase: (ref, ctx: Context) => findPlantVarietyCase(ctx, String(ref.id)),
};
