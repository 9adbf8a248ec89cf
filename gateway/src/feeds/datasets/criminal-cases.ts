import { UPDATED_AT, declared, type ListDataset } from "../model";

const spec = declared("criminal-cases");

export const criminalCases: ListDataset = {
  kind: "list",
  name: spec.name,
  description: spec.description,
  sources: [{ list: spec.list, filter: "CriminalCaseFilter", dates: ["filedFrom", "filedTo"] }],
  withdrawable: true,
  key: ["id"],
  columns: [
    { name: "id", type: "string", path: "id", description: "The case's id" },
    { name: "filing_number", type: "string", path: "filingNumber", description: "Filing number (立案编号)" },
    { name: "offence", type: "string", path: "offence", description: "Offence (CriminalOffence)" },
    { name: "region", type: "string", path: "region", description: "6-digit GB/T 2260 region code" },
    { name: "filed_on", type: "date", path: "filedOn", description: "Date filed (立案)" },
    { name: "amount_involved", type: "decimal", path: "amountInvolved", description: "Amount involved (涉案金额), yuan" },
    { name: "right_holder_credit_code", type: "string", path: "rightHolderCreditCode", description: "Unified social credit code of the right holder" },
    { name: "foreign_invested", type: "boolean", path: "foreignInvested", description: "The right holder is a foreign-invested enterprise" },
    { name: "campaign", type: "string", path: "campaign", description: "Campaign (CampaignCode), if any" },
    { name: "referral_id", type: "string", path: "referral.id", description: "The referral the case was filed on, if any" },
    { name: "created_at", type: "timestamp", path: "createdAt", description: "When it was recorded, UTC" },
    UPDATED_AT,
  ],
};
