import { REGION, UPDATED_AT, declared, type ListDataset } from "../model";

const spec = declared("complaints");

export const complaints: ListDataset = {
  kind: "list",
  name: spec.name,
  description: spec.description,
  sources: [{ list: spec.list, filter: "ComplaintFilter" }],
  withdrawable: true,
  key: ["id"],
  columns: [
    { name: "id", type: "string", path: "id", description: "The complaint's id" },
    { name: "complainant_credit_code", type: "string", path: "complainantCreditCode", description: "Credit code of the complaining enterprise" },
    { name: "channel", type: "string", path: "channel", description: "How it came in (ComplaintChannel)" },
    { name: "right_type", type: "string", path: "rightType", description: "Kind of IP (ComplaintRightType)" },
    REGION,
    { name: "received_on", type: "date", path: "receivedOn", description: "Date received" },
    { name: "filed_by_agency", type: "string", path: "filedByAgency", description: "Agency that recorded it" },
    { name: "status", type: "string", path: "status", description: "ComplaintStatus" },
    { name: "handling_agency", type: "string", path: "handlingAgency", description: "Agency handling it" },
    { name: "handling_region", type: "string", path: "handlingRegion", description: "Region of the handling agency" },
    { name: "decision_due_at", type: "timestamp", path: "decisionDueAt", description: "Decision deadline, UTC" },
    { name: "answer_due_at", type: "timestamp", path: "answerDueAt", description: "Answer deadline, UTC" },
    { name: "decided_at", type: "timestamp", path: "decidedAt", description: "When it was decided, UTC" },
    { name: "answered_on", type: "date", path: "answeredOn", description: "Date the complainant was answered" },
    { name: "overdue", type: "boolean", path: "overdue", description: "Its pending step is past its deadline (at the time of the export)" },
    UPDATED_AT,
  ],
};
