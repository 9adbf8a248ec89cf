import { Migration } from "@mikro-orm/migrations";

/**
 * Entries that cannot be stored as delivered are kept, not refused: `escaped` marks an entry whose
 * strings were escaped (NUL, unpaired surrogates), `quarantined` one recorded in the salvaged form
 * with its delivery in `raw`. Their outcome and duration may be unknown. Generated with
 * `npm run migration:sql -- office` after 0004.
 */
export class Migration0005AuditQuarantine extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office"."audit_entry" add column "escaped" boolean not null default false, add column "quarantined" boolean not null default false, add column "quarantine_reason" varchar(500) null, add column "raw" text null;`);
    this.addSql(`alter table "office"."audit_entry" alter column "outcome" drop not null;`);
    this.addSql(`alter table "office"."audit_entry" alter column "duration_ms" drop not null;`);
  }
}
