import { Agency, importResolvers } from "@ipr/shared";
import { PlantVarietyCase } from "../entities/plant-variety-case";
import { CreatePlantVarietyCaseInput } from "../schema/inputs";
import { createPlantVarietyCase } from "./plant-variety-case";

/** stagePlantVarietyCasesImport, commitPlantVarietyCasesImport, plantVarietyCasesImport: the spreadsheet import behind /imports (the create mutation's own work per row, one transaction). */
export const PlantVarietyCaseImports = importResolvers({ name: "PlantVarietyCases", typename: "PlantVarietyCase", entity: PlantVarietyCase, owner: Agency.AGRICULTURE, input: CreatePlantVarietyCaseInput, key: "caseNumber", create: createPlantVarietyCase });
