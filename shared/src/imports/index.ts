export { importResolvers, ImportBatch, ImportRowError, MAX_BATCH_ROWS, MAX_STAGE_ROWS } from "./resolvers";
export { importRow, type ImportableSpec, type RowOutcome } from "./rows";
export { ImportBatchRow, ImportRowRow, ImportStatus, importTablesSql, type StoredRowError } from "./store";
