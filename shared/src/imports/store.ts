import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { newId } from "../ids";

/** Where a bulk import stands (import_batch.status). */
export enum ImportStatus {
  /** Rows are being staged, chunk by chunk */
  STAGING = "STAGING",
  /** Every staged row is being checked and written in one transaction */
  WRITING = "WRITING",
  /** Finished: `written` says whether the rows were kept (no bad row, not a dry run) */
  DONE = "DONE",
  /** Stopped by a fault (not by a bad row); nothing was written */
  FAILED = "FAILED",
}

export const IMPORT_BATCH_TABLE = "ipr_import_batch";
export const IMPORT_ROW_TABLE = "ipr_import_row";

/** One row's refusal, kept with the batch: the spreadsheet row, the input field, the code and the message. */
export interface StoredRowError {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

/** A bulk import of one record type by one caller: its staged rows, then its outcome (kit migration 0006). */
@Entity({ tableName: IMPORT_BATCH_TABLE })
export class ImportBatchRow {
  @PrimaryKey({ type: "uuid" }) id: string = newId();
  /** The importable type, e.g. SaicCases */
  @Property({ type: "text" }) type!: string;
  @Property({ type: "text" }) agency!: string;
  /** The token's `sub`: only this caller reads or commits the batch */
  @Property({ type: "text" }) sub!: string;
  @Enum({ items: () => ImportStatus }) status: ImportStatus & Opt = ImportStatus.STAGING;
  @Property({ type: "boolean" }) dryRun: boolean & Opt = false;
  @Property({ type: "boolean" }) written: boolean & Opt = false;
  @Property({ type: "integer" }) rowsStaged: number & Opt = 0;
  @Property({ type: "integer" }) rowsDone: number & Opt = 0;
  @Property({ type: "integer" }) created: number & Opt = 0;
  @Property({ type: "integer" }) unchanged: number & Opt = 0;
  @Property({ type: "json" }) errors: StoredRowError[] & Opt = [];
  @Property({ type: "text", nullable: true }) failure?: string | null;
  @Property({ type: "datetime" }) createdAt: Date & Opt = new Date();
  /** Heartbeat while WRITING: a batch whose writer stopped beating was interrupted (its transaction rolled back) */
  @Property({ type: "datetime" }) updatedAt: Date & Opt = new Date();
}

/** One staged row: its spreadsheet row number and the create input as given (already through the input guard). */
@Entity({ tableName: IMPORT_ROW_TABLE })
export class ImportRowRow {
  @PrimaryKey({ type: "uuid" }) batchId!: string;
  @PrimaryKey({ type: "integer" }) rowNumber!: number;
  @Property({ type: "json" }) input!: Record<string, unknown>;
}

export const importTablesSql = (schema: string) => [
  `create table "${schema}"."${IMPORT_BATCH_TABLE}" ("id" uuid not null, "type" text not null, "agency" text not null, "sub" text not null, ` +
    `"status" text not null check ("status" in ('STAGING', 'WRITING', 'DONE', 'FAILED')), "dry_run" boolean not null default false, ` +
    `"written" boolean not null default false, "rows_staged" int not null default 0, "rows_done" int not null default 0, ` +
    `"created" int not null default 0, "unchanged" int not null default 0, "errors" jsonb not null default '[]', "failure" text null, ` +
    `"created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "${IMPORT_BATCH_TABLE}_pkey" primary key ("id"));`,
  `create index "${IMPORT_BATCH_TABLE}_created_at_index" on "${schema}"."${IMPORT_BATCH_TABLE}" ("created_at");`,
  `create table "${schema}"."${IMPORT_ROW_TABLE}" ("batch_id" uuid not null references "${schema}"."${IMPORT_BATCH_TABLE}" ("id") on delete cascade, ` +
    `"row_number" int not null, "input" jsonb not null, constraint "${IMPORT_ROW_TABLE}_pkey" primary key ("batch_id", "row_number"));`,
];
