import { CAMPAIGN, CREATED_AT, FOREIGN_INVESTED, REGION, UPDATED_AT, declared, type ListDataset } from "../model";

/** The procuratorate's decisions on a criminal case share their shape: arrest reviews and reviews for prosecution. */
export function procuratorialDecision(name: string, filter: string, decisions: string): ListDataset {
  const spec = declared(name);
  return {
    kind: "list",
    name: spec.name,
    description: spec.description,
    sources: [{ list: spec.list, filter }],
    withdrawable: true,
    key: ["id"],
    columns: [
      { name: "id", type: "string", path: "id", description: "The decision's id" },
      { name: "criminal_case_id", type: "string", path: "criminalCase.id", description: "The criminal case" },
      { name: "decision", type: "string", path: "decision", description: decisions },
      { name: "decided_on", type: "date", path: "decidedOn", description: "Date decided" },
      REGION,
      FOREIGN_INVESTED,
      CAMPAIGN,
      CREATED_AT,
      UPDATED_AT,
    ],
  };
}
