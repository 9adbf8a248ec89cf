import "reflect-metadata";
import { defineSubgraph, runSubgraph } from "@ipr/shared";
import { Campaign, CampaignPhase } from "./entities/campaign";
import { TypicalCase } from "./entities/typical-case";
import { CampaignResolver } from "./resolvers/campaign";
import { ReportingUnitResolver } from "./resolvers/reporting-unit";
import { TypicalCaseResolver } from "./resolvers/typical-case";
import { MonthlyReportResolver } from "./resolvers/monthly-report";
import { MonthlyReportSubmissionResolver } from "./resolvers/monthly-report-submission";
import { MonthlyReportSubmission } from "./entities/monthly-report-submission";
import { AuditEntry } from "./entities/audit-entry";
import { AuditEntryResolver } from "./resolvers/audit-entry";
import { auditRoutes } from "./audit-ingest";
import { MajorCaseRule } from "./entities/major-case-rule";
import { MajorCaseReport } from "./entities/major-case-report";
import { MajorCaseEvent } from "./entities/major-case-event";
import { Supervision, SupervisionProgress } from "./entities/supervision";
import { MajorCaseRuleResolver } from "./resolvers/major-case-rule";
import { MajorCaseReportResolver } from "./resolvers/major-case-report";
import { OfficeDependents } from "./resolvers/dependents";
import { MajorCaseReportCorrections, SupervisionCorrections, TypicalCaseCorrections } from "./resolvers/corrections";
import { SupervisionResolver } from "./resolvers/supervision";
import { NotReportedResolver } from "./resolvers/not-reported";
import { MAJOR_CASE_CONTRIBUTIONS } from "./resolvers/major-case-contributions";
import { InboxResolver } from "./resolvers/inbox";
import { ImplementationPlanVersion } from "./entities/implementation-plan";
import { WorkProgressVersion } from "./entities/work-progress";
import { SpecialWorkReportVersion } from "./entities/special-work-report";
import { ImplementationPlanResolver } from "./resolvers/implementation-plan";
import { MonthlyReportWorkProgressResolver, WorkProgressResolver } from "./resolvers/work-progress";
import { SpecialWorkReportResolver, SpecialWorkReportVersionResolver } from "./resolvers/special-work-report";
import { DeliverablesResolver } from "./resolvers/deliverables";
import { references } from "./references";
import { migrations } from "./migrations";

/**
 * The national office (全国打击侵权假冒工作领导小组办公室): reporting units, campaigns, typical cases, the monthly table and its
 * submissions, major-case reports and their supervision, and the gateway's audit trail.
 */
export const office = defineSubgraph({
  name: "office",
  resolvers: [ReportingUnitResolver, CampaignResolver, TypicalCaseResolver, MonthlyReportResolver, MonthlyReportSubmissionResolver, AuditEntryResolver, InboxResolver,
    // major cases (重大案件报送) and their supervision (督办)
    MajorCaseRuleResolver, MajorCaseReportResolver, SupervisionResolver, NotReportedResolver, ...MAJOR_CASE_CONTRIBUTIONS,
    // the campaign's other deliverables: implementation plans, monthly narratives, the year-end report
    ImplementationPlanResolver, WorkProgressResolver, MonthlyReportWorkProgressResolver, SpecialWorkReportResolver, SpecialWorkReportVersionResolver, DeliverablesResolver,
    // the office's records other agencies' corrections must not break (corrections kit)
    OfficeDependents, TypicalCaseCorrections, MajorCaseReportCorrections, SupervisionCorrections],
  references,
  entities: [Campaign, CampaignPhase, TypicalCase, MonthlyReportSubmission, AuditEntry, MajorCaseRule, MajorCaseReport, MajorCaseEvent, Supervision, SupervisionProgress,
    ImplementationPlanVersion, WorkProgressVersion, SpecialWorkReportVersion],
  migrations,
  // POST /internal/audit: the gateway's signed delivery of the audit trail
  routes: auditRoutes,
  demo: () => (require("./demo") as typeof import("./demo")).demo,
});

export {
  Campaign, CampaignPhase, TypicalCase, MonthlyReportSubmission, AuditEntry, MajorCaseRule, MajorCaseReport, MajorCaseEvent, Supervision, SupervisionProgress,
  ImplementationPlanVersion, WorkProgressVersion, SpecialWorkReportVersion,
};

if (require.main === module) runSubgraph(office);
