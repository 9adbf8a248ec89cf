import { Agency, correctionResolvers, type Context } from "@ipr/shared";
import { PlantVariety } from "../entities/plant-variety";
import { checkPlantVariety, parseRightNumber } from "../checks";
import { CorrectPlantVarietyInput } from "../schema/inputs";
import { PlantVarietyCase } from "../entities/plant-variety-case";
import { checkCorrectedPlantVarietyCase } from "../checks";
import { CorrectPlantVarietyCaseInput } from "../schema/inputs";

/**
 * correctPlantVarietyCase, withdrawPlantVarietyCase, PlantVarietyCase.history and plantVarietyCaseHistory: AGRICULTURE only, inside its region, every
 * creation check again on the plant-variety case as corrected, and linkage asked first (a referral relies on
 * some of its fields and forbids withdrawal). See docs/corrections.md.
 */
export const PlantVarietyCaseCorrections = correctionResolvers({
  typename: "PlantVarietyCase",
  entity: PlantVarietyCase,
  owner: Agency.AGRICULTURE,
  input: CorrectPlantVarietyCaseInput,
  check: (ctx, corrected, row) => checkCorrectedPlantVarietyCase(ctx, corrected as never, row),
});

/** AGRICULTURE's cases naming the variety: checked against its sector on the register. */
const casesNaming = async (ctx: Context, v: PlantVariety) =>
  (await ctx.em.find(PlantVarietyCase, { rightNumber: v.rightNumber }, { orderBy: { openedOn: "asc", id: "asc" } }))
    .map((c) => ({ type: "PlantVarietyCase", id: c.id, subgraph: "agriculture", region: c.region, relies: ["sector"] }));

/**
 * correctPlantVariety, withdrawPlantVariety, PlantVariety.history, plantVarietyHistory: AGRICULTURE
 * only (the register is national, named by its right number). Refused while its cases rely on it.
 */
export const PlantVarietyCorrections = correctionResolvers({
  typename: "PlantVariety",
  entity: PlantVariety,
  owner: Agency.AGRICULTURE,
  key: { field: "rightNumber", parse: parseRightNumber },
  region: () => null,
  input: CorrectPlantVarietyInput,
  check: (ctx, corrected) => checkPlantVariety(ctx, corrected as never),
  ownDependents: casesNaming,
});
