import "reflect-metadata";
import { IpoDependents } from "./resolvers/dependents";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { PatentCaseImports } from "./resolvers/imports";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { Enterprise, MonthlyReport } from "./entities/foreign";
import { Patent } from "./entities/patent";
import { PatentCase } from "./entities/patent-case";
import { EnterpriseResolver } from "./resolvers/enterprise";
import { PatentResolver } from "./resolvers/patent";
import { PatentCaseResolver } from "./resolvers/patent-case";
import { references } from "./references";
import { migrations } from "./migrations";
import { PatentCaseCorrections } from "./resolvers/patent-case-corrections";
import { PatentCorrections } from "./resolvers/patent-corrections";

/** The patent administration (CNIPA and local IP offices, 知识产权局): the patent register, infringement and passing-off cases. */
export const ipo = defineSubgraph({
  name: "ipo", // port 4004 from the kit's SERVICE_MAP
  resolvers: [IpoDependents, MonthlyReportRow, PatentResolver, PatentCaseResolver, EnterpriseResolver, PatentCaseCorrections, PatentCaseImports, PatentCorrections],
  // the Enterprise stub is reached only through `_entities`, never from a root field
  orphanedTypes: [MonthlyReport, Enterprise],
  references,
  entities: [Patent, PatentCase],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { Patent, PatentCase };
export { PatentCaseCategory, PatentCaseSource, PatentKeyField } from "./entities/patent-case";
export { PatentKind, makePatentNumber, parsePatentNumber, patentCheckChar } from "./patent-number";

if (require.main === module) runSubgraph(ipo);
