import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { ArrestReview } from "./entities/arrest-review";
import { ArrestReviewPerson } from "./entities/arrest-review-person";
import { FilingSupervision } from "./entities/filing-supervision";
import { FilingSupervisionEvent } from "./entities/filing-supervision-event";
import { MisconductCase } from "./entities/misconduct-case";
import { Prosecution } from "./entities/prosecution";
import { ProsecutionDefendant } from "./entities/prosecution-defendant";
import { ArrestReviewResolver } from "./resolvers/arrest-review";
import { CriminalCaseContributions } from "./resolvers/criminal-case";
import { FilingSupervisionResolver } from "./resolvers/filing-supervision";
import { MisconductCaseResolver } from "./resolvers/misconduct-case";
import { ProsecutionResolver } from "./resolvers/prosecution";
import { ReferralContributions } from "./resolvers/referral";
import { ReportConsistency } from "./resolvers/report-consistency";
import { ArrestReviewCorrections, ProsecutionCorrections } from "./resolvers/decision-corrections";
import { ProcuratorateDependents } from "./resolvers/dependents";
import { FilingSupervisionCorrections, MisconductCaseCorrections } from "./resolvers/supervision-corrections";
import { references } from "./references";
import { migrations } from "./migrations";
import { MonthlyReport } from "./entities/foreign";
import "./policy"; // declares the field rules the kit applies to this schema

/**
 * The people's procuratorates (检察院): arrest approval and prosecution of IP crimes, supervision of
 * the police's filing of referred cases, and duty crimes of officials behind infringement.
 */
export const procuratorate = defineSubgraph({
  name: "procuratorate", // port 4010 from the kit's SERVICE_MAP
  resolvers: [MonthlyReportRow, ReportConsistency, ArrestReviewResolver, ProsecutionResolver, FilingSupervisionResolver, MisconductCaseResolver, CriminalCaseContributions, ReferralContributions,
    ArrestReviewCorrections, ProsecutionCorrections, FilingSupervisionCorrections, MisconductCaseCorrections, ProcuratorateDependents],
  orphanedTypes: [MonthlyReport],
  references,
  entities: [ArrestReview, ArrestReviewPerson, Prosecution, ProsecutionDefendant, FilingSupervision, FilingSupervisionEvent, MisconductCase],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { ArrestReview, Prosecution, FilingSupervision, MisconductCase };
export { ArrestDecision } from "./entities/arrest-review";
export { ProsecutionDecision } from "./entities/prosecution";
export { FilingSupervisionStatus } from "./entities/filing-supervision";
export { FilingSupervisionEvent, FilingSupervisionEventKind } from "./entities/filing-supervision-event";
export { MisconductOffence } from "./entities/misconduct-case";
export * from "./deadlines";

if (require.main === module) runSubgraph(procuratorate);
