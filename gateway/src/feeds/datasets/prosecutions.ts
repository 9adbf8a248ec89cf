import { UPDATED_AT, declared, type ListDataset } from "../model";

const spec = declared("prosecutions");

export const prosecutions: ListDataset = {
  kind: "list",
  name: spec.name,
  description: spec.description,
  sources: [{ list: spec.list, filter: "ProsecutionFilter" }],
  withdrawable: true,
  key: ["id"],
  columns: [
    { name: "id", type: "string", path: "id", description: "The review's id" },
    { name: "criminal_case_id", type: "string", path: "criminalCase.id", description: "The criminal case" },
    { name: "decision", type: "string", path: "decision", description: "PROSECUTED or NOT_PROSECUTED" },
    { name: "decided_on", type: "date", path: "decidedOn", description: "Date decided" },
    { name: "region", type: "string", path: "region", description: "6-digit GB/T 2260 region code" },
    { name: "foreign_invested", type: "boolean", path: "foreignInvested", description: "The right holder is a foreign-invested enterprise" },
    { name: "campaign", type: "string", path: "campaign", description: "Campaign (CampaignCode), if any" },
    { name: "created_at", type: "timestamp", path: "createdAt", description: "When it was recorded, UTC" },
    UPDATED_AT,
  ],
};
