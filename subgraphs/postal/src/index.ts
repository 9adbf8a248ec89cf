import "reflect-metadata";
import { PostalDependents } from "./resolvers/dependents";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { PostalInterceptionImports } from "./resolvers/imports";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { CourierComplianceCheck } from "./entities/courier-compliance-check";
import { Enterprise, MonthlyReport } from "./entities/foreign";
import { PostalInterception } from "./entities/postal-interception";
import { CourierComplianceCheckResolver } from "./resolvers/courier-compliance-check";
import { EnterpriseResolver } from "./resolvers/enterprise";
import { PostalInterceptionResolver } from "./resolvers/postal-interception";
import { references } from "./references";
import { migrations } from "./migrations";
import { CourierComplianceCheckCorrections, PostalInterceptionCorrections } from "./resolvers/corrections";

/** State Post Bureau (邮政): parcel-channel security under the Green Shield (绿盾) project, task (7). */
export const postal = defineSubgraph({
  name: "postal", // port 4008 from the kit's SERVICE_MAP
  resolvers: [PostalDependents, MonthlyReportRow, PostalInterceptionResolver, CourierComplianceCheckResolver, EnterpriseResolver, PostalInterceptionCorrections, CourierComplianceCheckCorrections, PostalInterceptionImports],
  orphanedTypes: [MonthlyReport, Enterprise],
  references,
  entities: [PostalInterception, CourierComplianceCheck],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { CourierComplianceCheck, PostalInterception };
export { PostalControl } from "./entities/postal-interception";

if (require.main === module) runSubgraph(postal);
