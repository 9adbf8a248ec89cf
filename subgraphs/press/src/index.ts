import "reflect-metadata";
import { PressDependents } from "./resolvers/dependents";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { CopyrightCaseImports } from "./resolvers/imports";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { CopyrightCase } from "./entities/copyright-case";
import { CopyrightWork } from "./entities/copyright-work";
import { Enterprise, MonthlyReport } from "./entities/foreign";
import { SoftwareLegalisationCheck } from "./entities/software-legalisation-check";
import { CopyrightCaseResolver } from "./resolvers/copyright-case";
import { CopyrightWorkResolver } from "./resolvers/copyright-work";
import { EnterpriseResolver } from "./resolvers/enterprise";
import { SoftwareLegalisationCheckResolver } from "./resolvers/software-legalisation-check";
import { references } from "./references";
import { migrations } from "./migrations";
import { CopyrightCaseCorrections, CopyrightWorkCorrections, SoftwareLegalisationCheckCorrections } from "./resolvers/corrections";

/**
 * Press and publication / copyright (新闻出版广电总局、国家版权局), task (4): the copyright register,
 * copyright cases (online piracy, "Sword Net 2017") and software legalisation inspections.
 */
export const press = defineSubgraph({
  name: "press", // port 4005 from the kit's SERVICE_MAP
  resolvers: [PressDependents, MonthlyReportRow, CopyrightWorkResolver, CopyrightCaseResolver, SoftwareLegalisationCheckResolver, EnterpriseResolver, CopyrightCaseCorrections, SoftwareLegalisationCheckCorrections, CopyrightCaseImports, CopyrightWorkCorrections],
  // the Enterprise stub is reached only through `_entities` and stub-returning fields
  orphanedTypes: [MonthlyReport, Enterprise],
  references,
  entities: [CopyrightWork, CopyrightCase, SoftwareLegalisationCheck],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { CopyrightCase, CopyrightWork, SoftwareLegalisationCheck };
export { CopyrightWorkType } from "./entities/copyright-work";
export { CopyrightPlatformType } from "./entities/copyright-case";
export { SoftwareLegalisationOrgType } from "./entities/software-legalisation-check";

if (require.main === module) runSubgraph(press);
