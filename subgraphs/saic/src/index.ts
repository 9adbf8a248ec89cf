import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { Enterprise } from "./entities/enterprise";
import { SaicCase } from "./entities/saic-case";
import { EnterpriseResolver } from "./resolvers/enterprise";
import { SaicCaseResolver } from "./resolvers/saic-case";
import { EnterpriseCorrections, SaicCaseCorrections, SaicCaseImports, TrademarkCorrections } from "./resolvers/corrections";
import { TrademarkResolver } from "./resolvers/trademark";
import { Trademark } from "./entities/trademark";
import { references } from "./references";
import { migrations } from "./migrations";
import { MonthlyReport } from "./entities/foreign";
import "./policy"; // declares the field rules the kit applies to this schema

/** Market regulation (SAIC): the enterprise register, trade-secret and trademark cases. */
export const saic = defineSubgraph({
  name: "saic",
  resolvers: [MonthlyReportRow, EnterpriseResolver, SaicCaseResolver, SaicCaseCorrections, SaicCaseImports, TrademarkResolver, TrademarkCorrections, EnterpriseCorrections],
  orphanedTypes: [MonthlyReport],
  references,
  entities: [Enterprise, SaicCase, Trademark],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { Enterprise, SaicCase, Trademark };
export { SaicCaseCategory, TrademarkViolation } from "./entities/saic-case";

if (require.main === module) runSubgraph(saic);
