import type { AgencyManifest } from "@ipr/shared";

/** The national office: reporting units, campaigns, the monthly table and its typical cases. */
export const manifest: AgencyManifest = {
  name: "office",
  port: 4001,
  agency: "OFFICE",
  department: "打击侵权假冒工作领导小组办公室",
  description: "The national office: reporting units, campaigns, monthly statistics, typical cases, major-case reports and their supervision",
  probe: "typicalCase",
  seed: [
    ["TypicalCase", "typicalCases"],
    ["MajorCaseReport", "majorCaseReports"],
    ["Supervision", "supervisions"],
    ["SupervisionProgress", "supervisionProgress"],
    ["MajorCaseEvent", "majorCaseEvents"],
  ],
};
