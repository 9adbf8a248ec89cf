import { Migration } from "@mikro-orm/migrations";

/** Generated with `npm run migration:sql -- linkage` on an empty schema, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "linkage"."referral" ("id" uuid not null, "source_type" text check ("source_type" in ('SAIC_CASE', 'PATENT_CASE', 'COPYRIGHT_CASE', 'PLANT_VARIETY_CASE', 'CUSTOMS_SEIZURE', 'POSTAL_INTERCEPTION')) not null, "source_id" uuid not null, "from_agency" text check ("from_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "region" varchar(6) not null, "reason" text not null, "sent_at" timestamptz not null, "status" text check ("status" in ('SENT', 'FILED', 'DECLINED', 'RECONSIDERATION_REQUESTED', 'RECONSIDERATION_DECLINED')) not null default 'SENT', "decision_due_at" timestamptz null, "decided_at" timestamptz null, "decision_reason" text null, "reconsideration_requested_at" timestamptz null, "reconsideration_reason" text null, "criminal_case_id" uuid null, constraint "referral_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_source_id_index" on "linkage"."referral" ("source_id");`);
    this.addSql(`create index "referral_region_index" on "linkage"."referral" ("region");`);
    this.addSql(`create index "referral_sent_at_index" on "linkage"."referral" ("sent_at");`);
    this.addSql(`create index "referral_status_index" on "linkage"."referral" ("status");`);
    this.addSql(`create index "referral_decision_due_at_index" on "linkage"."referral" ("decision_due_at");`);
    this.addSql(`alter table "linkage"."referral" add constraint "referral_criminal_case_id_unique" unique ("criminal_case_id");`);
    this.addSql(`create table "linkage"."referral_event" ("id" uuid not null, "referral_id" uuid not null, "kind" text check ("kind" in ('SENT', 'FILED', 'DECLINED', 'RECONSIDERATION_REQUESTED', 'RECONSIDERATION_DECLINED')) not null, "at" timestamptz not null, "agency" text check ("agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "actor" varchar(200) not null, "note" text null, constraint "referral_event_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_event_referral_id_index" on "linkage"."referral_event" ("referral_id");`);
    this.addSql(`alter table "linkage"."referral_event" add constraint "referral_event_referral_id_foreign" foreign key ("referral_id") references "linkage"."referral" ("id") on update cascade;`);
  }
}
