import type { AgencyManifest } from "@ipr/shared";

/** The national office: reporting units, campaigns, the monthly table and its typical cases. */
export const manifest: AgencyManifest = {
  name: "office",
  port: 4001,
  agency: "OFFICE",
  department: "打击侵权假冒工作领导小组办公室",
  description: "The national office: reporting units, campaigns, monthly statistics, typical cases, major-case reports and their supervision",
  probe: "typicalCase",
  // a major-case report or typical case relies on the case it is about
  dependsOn: ["caseRecords"],
  inbox: [
    { field: "monthlyTablesDue", description: "Monthly tables of the reporting units in the region not yet submitted, due by the 15th of the following month, over the last 12 months (office; OFFICE inboxes only)" },
    { field: "majorCasesToForward", description: "Major-case reports the office of the region has still to pass up to the national office, within 3 days (office; OFFICE inboxes only)" },
    { field: "progressReportsDue", description: "Supervised major cases the agency handles: the next progress report, due 30 days after the last or after supervision opened (office)" },
  ],
  seed: [
    ["TypicalCase", "typicalCases"],
    ["MajorCaseReport", "majorCaseReports"],
    ["Supervision", "supervisions"],
    ["SupervisionProgress", "supervisionProgress"],
    ["MajorCaseEvent", "majorCaseEvents"],
    ["ImplementationPlanVersion", "implementationPlanVersions"],
    ["WorkProgressVersion", "workProgressVersions"],
    ["SpecialWorkReportVersion", "specialWorkReportVersions"],
  ],
};
