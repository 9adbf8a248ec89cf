import "reflect-metadata";
import { AgricultureDependents } from "./resolvers/dependents";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { PlantVarietyCaseImports } from "./resolvers/imports";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { Enterprise, MonthlyReport } from "./entities/foreign";
import { PlantVariety } from "./entities/plant-variety";
import { PlantVarietyCase } from "./entities/plant-variety-case";
import { EnterpriseResolver } from "./resolvers/enterprise";
import { PlantVarietyResolver } from "./resolvers/plant-variety";
import { PlantVarietyCaseResolver } from "./resolvers/plant-variety-case";
import { references } from "./references";
import { migrations } from "./migrations";
import { PlantVarietyCaseCorrections, PlantVarietyCorrections } from "./resolvers/plant-variety-case-corrections";

/** Agriculture and forestry (农业部, 国家林业局): the plant-variety register, variety-right and counterfeit-seed cases. */
export const agriculture = defineSubgraph({
  name: "agriculture", // port 4006 from the kit's SERVICE_MAP
  resolvers: [AgricultureDependents, MonthlyReportRow, PlantVarietyResolver, PlantVarietyCaseResolver, EnterpriseResolver, PlantVarietyCaseCorrections, PlantVarietyCaseImports, PlantVarietyCorrections],
  // the Enterprise stub is also reached through `_entities`, with the fields agriculture adds
  orphanedTypes: [MonthlyReport, Enterprise],
  references,
  entities: [PlantVariety, PlantVarietyCase],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { PlantVariety, PlantVarietyCase };
export { PlantVarietySector } from "./entities/plant-variety";
export { PlantVarietyCaseCategory } from "./entities/plant-variety-case";

if (require.main === module) runSubgraph(agriculture);
