import { REGION, type WithdrawalsDataset } from "../model";

/**
 * Withdrawn records leave every list, so an incremental consumer learns of a withdrawal here: with
 * `?updatedSince=` (its last run), the records withdrawn since, to delete by `dataset` and key.
 */
export const withdrawals: WithdrawalsDataset = {
  kind: "withdrawals",
  name: "withdrawals",
  description: "Records withdrawn (撤销), one row each: with ?updatedSince=, what an incremental consumer deletes (a withdrawn criminal case takes its suspects' rows along)",
  columns: [
    { name: "dataset", type: "string", path: "=dataset", description: "The dataset the record was a row of (suspects follow criminal-cases)" },
    { name: "source_type", type: "string", path: "=sourceType", description: "For admin-cases: the kind of case; null otherwise" },
    { name: "id", type: "string", path: "id", description: "The record's id (the dataset's id column; suspects: criminal_case_id)" },
    REGION,
    { name: "withdrawn_at", type: "timestamp", path: "withdrawnAt", description: "When it was withdrawn, UTC" },
  ],
};
