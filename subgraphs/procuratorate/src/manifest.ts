import type { AgencyManifest } from "@ipr/shared";

/** The procuratorate (检察): arrest approval, prosecution, supervision of filing, official misconduct. */
export const manifest: AgencyManifest = {
  name: "procuratorate",
  port: 4010,
  agency: "PROCURATORATE",
  department: "检察机关",
  description: "The procuratorate: arrest reviews, prosecutions, filing supervision, misconduct cases",
  probe: "prosecution",
  reportLines: [
    {
      line: "procuratorate", type: "ProcuratorateTally", description: "检察机关 as submitted: arrests approved and prosecutions", section: "paper", department: "检察机关",
      measures: [
        { measure: "arrestApprovedCases", kind: "count", description: "批捕案件数" },
        { measure: "arrestApprovedPersons", kind: "count", description: "批捕犯罪嫌疑人数" },
        { measure: "prosecutedCases", kind: "count", description: "起诉案件数" },
        { measure: "prosecutedPersons", kind: "count", description: "起诉犯罪嫌疑人数" },
      ],
      rows: [
        { item: "批捕案件数", count: "arrestApprovedCases" },
        { item: "批捕犯罪嫌疑人数", count: "arrestApprovedPersons" },
        { item: "起诉案件数", count: "prosecutedCases" },
        { item: "起诉犯罪嫌疑人数", count: "prosecutedPersons" },
      ],
    },
  ],
  typicalCaseRecords: [
    {
      caseType: "PROSECUTION", typename: "Prosecution", list: "prosecutions", dateField: "decidedOn",
      facts: { foreignInvested: "foreignInvested" }, figures: { campaign: "campaign", outcome: "decision" },
    },
  ],
  datasets: [
    { name: "arrest-reviews", list: "arrestReviews", description: "Arrest reviews, one row each" },
    { name: "prosecutions", list: "prosecutions", description: "Reviews for prosecution, one row each" },
  ],
  seed: [
    ["ArrestReview", "arrestReviews"], ["ArrestReviewPerson", "arrestReviewPersons"],
    ["Prosecution", "prosecutions"], ["ProsecutionDefendant", "prosecutionDefendants"],
    ["FilingSupervision", "filingSupervisions"], ["FilingSupervisionEvent", "filingSupervisionEvents"],
    ["MisconductCase", "misconductCases"],
  ],
};
