import { lookup, one, type Context } from "@ipr/shared";
import { PlantVariety } from "./entities/plant-variety";
import { PlantVarietyCase } from "./entities/plant-variety-case";

/** The register is national: a variety is visible to every caller. Batched per request. */
export const findPlantVariety = (ctx: Context, rightNumber: string) => one(ctx, PlantVariety, "rightNumber").load(rightNumber);
/** Cases are regional: out-of-region, unknown and malformed ids all read as absent. */
export const findPlantVarietyCase = (ctx: Context, id: string) => lookup(ctx, PlantVarietyCase, id);
