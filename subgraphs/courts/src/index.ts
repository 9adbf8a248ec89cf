import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { MonthlyReportRow } from "./resolvers/monthly-report";
import { CourtCase } from "./entities/court-case";
import { Enterprise, MonthlyReport, Person, Prosecution } from "./entities/foreign";
import { Judgment } from "./entities/judgment";
import { Sentence } from "./entities/sentence";
import { CourtCaseResolver } from "./resolvers/court-case";
import { JudgmentResolver } from "./resolvers/judgment";
import { SentenceResolver } from "./resolvers/sentence";
import { EnterpriseCourtCases, PersonSentences, ProsecutionCourtCases } from "./resolvers/contributions";
import { ReportConsistency } from "./resolvers/report-consistency";
import { CourtCaseCorrections, JudgmentCorrections } from "./resolvers/court-corrections";
import { CourtsDependents } from "./resolvers/dependents";
import { references } from "./references";
import { migrations } from "./migrations";

/** The people's courts (人民法院): civil, criminal and administrative IP cases and their judgments. */
export const courts = defineSubgraph({
  name: "courts", // port 4011 from the kit's SERVICE_MAP
  resolvers: [MonthlyReportRow, ReportConsistency, CourtCaseResolver, JudgmentResolver, SentenceResolver, ProsecutionCourtCases, EnterpriseCourtCases, PersonSentences,
    CourtCaseCorrections, JudgmentCorrections, CourtsDependents],
  // the stubs are also reached through `_entities` alone, for the fields the courts contribute
  orphanedTypes: [MonthlyReport, Enterprise, Person, Prosecution],
  references,
  entities: [CourtCase, Judgment, Sentence],
  migrations,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export { CourtCase, Judgment, Sentence };
export { CourtCaseKind, CourtIpType } from "./entities/court-case";
export { Verdict } from "./entities/judgment";

if (require.main === module) runSubgraph(courts);
