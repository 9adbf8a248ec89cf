import { MANIFESTS, REFERABLE_CASES } from "@ipr/shared";
import { CAMPAIGN, FOREIGN_INVESTED, REGION, type ListDataset } from "../model";

/**
 * Every admin case type the agencies' manifests declare for the `admin-cases` feed (their
 * `datasets`), each with its own date field from the registry: never a list typed out here.
 */
const sources = MANIFESTS.flatMap((m) => m.datasets ?? [])
  .filter((d) => d.name === "admin-cases")
  .map((d) => {
    const source = REFERABLE_CASES.find((r) => r.caseType === d.sourceType && r.list === d.list);
    if (!source) throw new Error(`admin-cases: ${d.list} is not a referable case of the registry`);
    return { list: d.list, filter: `${source.typename}Filter`, fields: { date: source.dateField }, constants: { sourceType: source.caseType } };
  });

export const adminCases: ListDataset = {
  kind: "list",
  name: "admin-cases",
  description: "Administrative cases of every agency (SAIC, patent, copyright, plant-variety cases, customs detentions, postal interceptions), one row each",
  sources,
  withdrawable: true,
  key: ["source_type", "id"],
  columns: [
    { name: "source_type", type: "string", path: "=sourceType", description: "Which kind of case (EnforcementCaseType, e.g. SAIC_CASE)" },
    { name: "id", type: "string", path: "id", description: "The case's id (unique within its source_type)" },
    { name: "case_number", type: "string", path: "caseNumber", description: "The agency's own document number" },
    REGION,
    { name: "opened_on", type: "date", path: "$date", description: "The case's date: opened (立案), seized (customs) or intercepted (postal)" },
    { name: "amount_involved", type: "decimal", path: "amountInvolved", description: "Amount involved (涉案金额), yuan" },
    FOREIGN_INVESTED,
    { name: "right_holder_credit_code", type: "string", path: "rightHolderCreditCode", description: "Unified social credit code of the right holder" },
    CAMPAIGN,
    { name: "exceeds_criminal_threshold", type: "boolean", path: "exceedsCriminalThreshold", description: "Reaches a criminal-prosecution threshold in force on its date; null when none applies" },
    { name: "referral_status", type: "string", path: "referrals.status", description: "Status of its latest referral to the police (ReferralStatus); null when never referred" },
  ],
};
