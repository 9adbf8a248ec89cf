import type { AgencyManifest } from "@ipr/shared";

/** The people's courts (人民法院): civil, criminal and administrative IP trials and judgments. */
export const manifest: AgencyManifest = {
  name: "courts",
  port: 4011,
  agency: "COURTS",
  department: "人民法院",
  description: "The courts: IP cases filed, judgments and sentences",
  probe: "courtCase",
  reportLines: [
    {
      line: "courts", type: "CourtTally", description: "IP trials as submitted", section: "supplement", department: "人民法院",
      measures: [
        { measure: "casesFiled", kind: "count", description: "Cases filed, all kinds" },
        { measure: "criminalCasesFiled", kind: "count", description: "Of which criminal" },
        { measure: "judgments", kind: "count", description: "Judgments decided" },
        { measure: "defendantsSentenced", kind: "count", description: "Defendants sentenced in guilty judgments, distinct" },
      ],
      rows: [
        { item: "受理知识产权案件数", count: "casesFiled" },
        { item: "其中刑事案件数", count: "criminalCasesFiled" },
        { item: "审结（判决）案件数", count: "judgments" },
        { item: "判处罪犯人数", count: "defendantsSentenced" },
      ],
    },
  ],
  reportableCases: [
    { caseType: "COURT_CASE", typename: "CourtCase", list: "courtCases", dateField: "filedOn", facts: { rightHolder: "plaintiffCreditCode", foreignInvested: "foreignInvested" },
      figures: { number: "caseNumber", campaign: "campaign", outcome: "judgment.verdict" } },
  ],
  datasets: [{ name: "court-cases", list: "courtCases", description: "Court cases, one row each" }],
  // records naming an enterprise by credit code (SAIC asks before withdrawing one)
  enterpriseRecords: [{ typename: "CourtCase", field: "plaintiffCreditCode", holder: true }, { typename: "CourtCase", field: "defendantCreditCode" }],
  seed: [["CourtCase", "courtCases"], ["Judgment", "judgments"], ["Sentence", "sentences"]],
};
