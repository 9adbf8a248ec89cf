import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { CustomsSeizureImports } from "./resolvers/imports";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { CustomsJointOperation } from "./entities/customs-joint-operation";
import { CustomsRecordation } from "./entities/customs-recordation";
import { CustomsSeizure } from "./entities/customs-seizure";
import { Enterprise, MonthlyReport } from "./entities/foreign";
import { CustomsJointOperationResolver } from "./resolvers/customs-joint-operation";
import { CustomsRecordationResolver } from "./resolvers/customs-recordation";
import { CustomsSeizureResolver } from "./resolvers/customs-seizure";
import { EnterpriseResolver } from "./resolvers/enterprise";
import { CopyrightWorkResolver, PatentResolver, TrademarkResolver } from "./resolvers/rights";
import { references } from "./references";
import { migrations } from "./migrations";
import { CustomsDependents } from "./resolvers/dependents";
import { CustomsJointOperationCorrections, CustomsRecordationCorrections, CustomsSeizureCorrections } from "./resolvers/corrections";

/** General Administration of Customs (海关): border IP enforcement, customs IP recordation, joint operations. */
export const customs = defineSubgraph({
  name: "customs", // port 4007 from the kit's SERVICE_MAP
  resolvers: [MonthlyReportRow, CustomsSeizureImports,
    CustomsSeizureResolver, CustomsSeizureCorrections, CustomsRecordationResolver, CustomsRecordationCorrections,
    CustomsJointOperationResolver, CustomsJointOperationCorrections,
    EnterpriseResolver, TrademarkResolver, PatentResolver, CopyrightWorkResolver, CustomsDependents,
  ],
  // the Enterprise stub is also reached through `_entities` with the fields customs contributes
  orphanedTypes: [MonthlyReport, Enterprise],
  references,
  entities: [CustomsSeizure, CustomsRecordation, CustomsJointOperation],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { CustomsSeizure, CustomsRecordation, CustomsJointOperation };
export { CustomsRightType } from "./entities/customs-recordation";
export { CustomsDirection, CustomsProtectionBasis } from "./entities/customs-seizure";

if (require.main === module) runSubgraph(customs);
