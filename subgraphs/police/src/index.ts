import "reflect-metadata";
import { PoliceDependents } from "./resolvers/dependents";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { CriminalCaseImports } from "./resolvers/imports";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { CriminalCase } from "./entities/criminal-case";
import { Enterprise, MonthlyReport } from "./entities/foreign";
import { Person } from "./entities/person";
import { CriminalCaseResolver } from "./resolvers/criminal-case";
import { CaseClusterResolver, CriminalCaseClustersResolver } from "./resolvers/case-cluster";
import { CaseCluster, CaseClusterMember } from "./entities/case-cluster";
import { EnterpriseResolver } from "./resolvers/enterprise";
import { PersonResolver } from "./resolvers/person";
import { CaseClusterCorrections, CriminalCaseCorrections } from "./resolvers/criminal-case-corrections";
import { references } from "./references";
import { migrations } from "./migrations";
import "./policy"; // declares the field rules the kit applies to this schema

/** Public security (公安): criminal cases of IP crimes and their suspects. */
export const police = defineSubgraph({
  name: "police", // port 4009 from the kit's SERVICE_MAP
  resolvers: [PoliceDependents, MonthlyReportRow, CriminalCaseImports, CriminalCaseResolver, CaseClusterResolver, CriminalCaseClustersResolver, PersonResolver, EnterpriseResolver,
    CriminalCaseCorrections, CaseClusterCorrections],
  // the Enterprise stub is reached only through `_entities`, never from a root field
  orphanedTypes: [MonthlyReport, Enterprise],
  references,
  entities: [CriminalCase, Person, CaseCluster, CaseClusterMember],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { CriminalCase, Person, CaseCluster };
export { CriminalOffence } from "./entities/criminal-case";

if (require.main === module) runSubgraph(police);
