import type { AgencyManifest } from "@ipr/shared";

/** Public security (公安): criminal cases of IP crimes and their suspects. */
export const manifest: AgencyManifest = {
  name: "police",
  port: 4009,
  agency: "POLICE",
  department: "公安机关",
  description: "Public security: criminal cases and suspects",
  probe: "criminalCase",
  reportLines: [
    {
      line: "police", type: "PoliceTally", description: "公安机关 as submitted: criminal cases filed, suspects caught, amount involved", section: "paper", department: "公安机关",
      measures: [
        { measure: "casesFiled", kind: "count", description: "立案数" },
        { measure: "suspectsCaught", kind: "count", description: "抓获犯罪嫌疑人数" },
        { measure: "amountInvolved", kind: "amount", description: "涉案金额, yuan" },
      ],
      rows: [
        { item: "立案数", count: "casesFiled" },
        { item: "抓获犯罪嫌疑人数", count: "suspectsCaught" },
        { item: "涉案金额", amount: "amountInvolved" },
      ],
    },
  ],
  reportableCases: [
    {
      caseType: "CRIMINAL_CASE", typename: "CriminalCase", list: "criminalCases", dateField: "filedOn", range: ["filedFrom", "filedTo"],
      facts: { amount: "amountInvolved", rightHolder: "rightHolderCreditCode", foreignInvested: "foreignInvested" },
      figures: { number: "filingNumber", campaign: "campaign" },
    },
  ],
  datasets: [
    { name: "criminal-cases", list: "criminalCases", description: "Criminal cases filed, one row each" },
    { name: "suspects", list: "criminalCases", description: "Suspects of the criminal cases, masked as the caller must see them" },
  ],
  seed: [["CriminalCase", "criminalCases"], ["Person", "persons"], ["CaseCluster", "caseClusters"], ["CaseClusterMember", "caseClusterMembers"]],
};
