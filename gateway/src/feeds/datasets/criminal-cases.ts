import { CAMPAIGN, CREATED_AT, FOREIGN_INVESTED, REGION, UPDATED_AT, declared, type ListDataset } from "../model";

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
    REGION,
    { name: "filed_on", type: "date", path: "filedOn", description: "Date filed (立案)" },
    { name: "amount_involved", type: "decimal", path: "amountInvolved", description: "Amount involved (涉案金额), yuan" },
    { name: "right_holder_credit_code", type: "string", path: "rightHolderCreditCode", description: "Unified social credit code of the right holder" },
    FOREIGN_INVESTED,
    CAMPAIGN,
    { name: "referral_id", type: "string", path: "referral.id", description: "The referral the case was filed on, if any" },
    CREATED_AT,
    UPDATED_AT,
  ],
};
