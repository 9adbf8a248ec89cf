import { Migration } from "@mikro-orm/migrations";

/**
 * The gateway's audit trail. The table is generated with `npm run migration:sql -- office` after
 * 0003; the triggers are hand-written: the trail is append-only in the database too, so neither an
 * API bug nor a stray SQL session can rewrite history (UPDATE, DELETE and TRUNCATE raise 42501).
 */
export class Migration0004Audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "office"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "sub" varchar(200) not null, "agency" text check ("agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) null, "region" varchar(6) null, "operation_name" varchar(200) null, "operation_type" text check ("operation_type" in ('QUERY', 'MUTATION', 'SUBSCRIPTION')) null, "document_hash" varchar(64) null, "variables" jsonb null, "subgraphs" jsonb not null, "outcome" text check ("outcome" in ('SUCCESS', 'PARTIAL', 'ERROR', 'REFUSED')) not null, "error_codes" jsonb not null, "duration_ms" int not null, "client_address" varchar(64) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "office"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_sub_index" on "office"."audit_entry" ("sub");`);
    this.addSql(`create index "audit_entry_region_index" on "office"."audit_entry" ("region");`);
    this.addSql(`create function "office"."audit_entry_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'office.audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;`);
    this.addSql(`create trigger "audit_entry_no_update_or_delete" before update or delete on "office"."audit_entry" for each row execute function "office"."audit_entry_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "office"."audit_entry" for each statement execute function "office"."audit_entry_append_only"();`);
  }
}
