import { REFERABLE_CASES } from "@ipr/shared";
import { REGION, UPDATED_AT, declared, type ListDataset } from "../model";

const spec = declared("referrals");

export const referrals: ListDataset = {
  kind: "list",
  name: spec.name,
  description: spec.description,
  // from / to: the day sent (China Standard Time)
  sources: [{ list: spec.list, filter: "ReferralFilter" }],
  withdrawable: true,
  key: ["id"],
  columns: [
    { name: "id", type: "string", path: "id", description: "The referral's id" },
    { name: "source_type", type: "string", path: "sourceType", description: "Kind of admin case referred (EnforcementCaseType)" },
    // the key of a union member comes with the reference linkage holds: no call to the owner
    { name: "source_id", type: "string", path: "source.id", select: `source { ${REFERABLE_CASES.map((c) => `... on ${c.typename} { id }`).join(" ")} }`, description: "The admin case referred (its id in admin-cases)" },
    { name: "from_agency", type: "string", path: "fromAgency", description: "Referring agency" },
    REGION,
    { name: "sent_at", type: "timestamp", path: "sentAt", description: "When it was sent, UTC" },
    { name: "status", type: "string", path: "status", description: "ReferralStatus" },
    { name: "decision_due_at", type: "timestamp", path: "decisionDueAt", description: "When the pending step must be answered, UTC; null when nothing is pending" },
    { name: "decided_at", type: "timestamp", path: "decidedAt", description: "When the police decided, UTC" },
    { name: "overdue", type: "boolean", path: "overdue", description: "The pending step is past its deadline (at the time of the export)" },
    { name: "criminal_case_id", type: "string", path: "criminalCase.id", description: "The criminal case filed on it, if any" },
    UPDATED_AT,
  ],
};
