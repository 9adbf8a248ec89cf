import { CAMPAIGN, CREATED_AT, REGION, UPDATED_AT, declared, type ListDataset } from "../model";

const spec = declared("court-cases");

export const courtCases: ListDataset = {
  kind: "list",
  name: spec.name,
  description: spec.description,
  sources: [{ list: spec.list, filter: "CourtCaseFilter" }],
  withdrawable: true,
  key: ["id"],
  columns: [
    { name: "id", type: "string", path: "id", description: "The court case's id" },
    { name: "case_number", type: "string", path: "caseNumber", description: "The court's case number" },
    { name: "kind", type: "string", path: "kind", description: "CIVIL, CRIMINAL or ADMINISTRATIVE" },
    { name: "ip_type", type: "string", path: "ipType", description: "Kind of IP (CourtIpType)" },
    REGION,
    { name: "filed_on", type: "date", path: "filedOn", description: "Date filed (立案)" },
    { name: "foreign_invested", type: "boolean", path: "foreignInvested", description: "A party is a foreign-invested enterprise" },
    CAMPAIGN,
    { name: "plaintiff_credit_code", type: "string", path: "plaintiffCreditCode", description: "Plaintiff's credit code (civil, administrative)" },
    { name: "defendant_credit_code", type: "string", path: "defendantCreditCode", description: "Defendant's credit code, when an enterprise" },
    { name: "prosecution_id", type: "string", path: "prosecution.id", description: "The prosecution it tries (criminal)" },
    { name: "verdict", type: "string", path: "judgment.verdict", description: "Verdict of its judgment; null until judged" },
    { name: "judged_on", type: "date", path: "judgment.decidedOn", description: "Date of the judgment" },
    { name: "fine", type: "decimal", path: "judgment.fine", description: "Fine (罚金), yuan" },
    { name: "damages", type: "decimal", path: "judgment.damages", description: "Damages (赔偿), yuan" },
    CREATED_AT,
    { ...UPDATED_AT, description: "When the case or its judgment last changed, UTC: what ?updatedSince compares" },
  ],
};
