import { Agency, correctionResolvers } from "@ipr/shared";
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
  dependents: ["linkage"],
});
