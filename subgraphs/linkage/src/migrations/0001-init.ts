import { Migration } from "@mikro-orm/migrations";

/** Generated with `npm run migration:sql -- linkage` on an empty schema, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "linkage"."assistance_request" ("id" uuid not null, "from_agency" text check ("from_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "region" varchar(6) not null, "to_agency" text check ("to_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "to_region" varchar(6) not null, "sent_at" timestamptz not null, "sent_by" varchar(200) not null, "case_type" text check ("case_type" in ('SAIC_CASE', 'PATENT_CASE', 'COPYRIGHT_CASE', 'PLANT_VARIETY_CASE', 'CUSTOMS_SEIZURE', 'POSTAL_INTERCEPTION')) null, "case_id" uuid null, "subject" text not null, "due_on" date not null, "status" text check ("status" in ('OPEN', 'ANSWERED', 'DECLINED')) not null default 'OPEN', "answered_at" timestamptz null, "answer" text null, constraint "assistance_request_pkey" primary key ("id"));`);
    this.addSql(`create index "assistance_request_region_index" on "linkage"."assistance_request" ("region");`);
    this.addSql(`create index "assistance_request_to_agency_index" on "linkage"."assistance_request" ("to_agency");`);
    this.addSql(`create index "assistance_request_to_region_index" on "linkage"."assistance_request" ("to_region");`);
    this.addSql(`create index "assistance_request_sent_at_index" on "linkage"."assistance_request" ("sent_at");`);
    this.addSql(`create index "assistance_request_case_id_index" on "linkage"."assistance_request" ("case_id");`);
    this.addSql(`create index "assistance_request_status_index" on "linkage"."assistance_request" ("status");`);
    this.addSql(`create table "linkage"."clue" ("id" uuid not null, "from_agency" text check ("from_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "region" varchar(6) not null, "to_agency" text check ("to_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "to_region" varchar(6) not null, "sent_at" timestamptz not null, "sent_by" varchar(200) not null, "case_type" text check ("case_type" in ('SAIC_CASE', 'PATENT_CASE', 'COPYRIGHT_CASE', 'PLANT_VARIETY_CASE', 'CUSTOMS_SEIZURE', 'POSTAL_INTERCEPTION')) null, "case_id" uuid null, "summary" text not null, "status" text check ("status" in ('SENT', 'ACKNOWLEDGED', 'ACTED_ON', 'NO_ACTION')) not null default 'SENT', "answered_at" timestamptz null, "outcome" text null, constraint "clue_pkey" primary key ("id"));`);
    this.addSql(`create index "clue_region_index" on "linkage"."clue" ("region");`);
    this.addSql(`create index "clue_to_agency_index" on "linkage"."clue" ("to_agency");`);
    this.addSql(`create index "clue_to_region_index" on "linkage"."clue" ("to_region");`);
    this.addSql(`create index "clue_sent_at_index" on "linkage"."clue" ("sent_at");`);
    this.addSql(`create index "clue_case_id_index" on "linkage"."clue" ("case_id");`);
    this.addSql(`create index "clue_status_index" on "linkage"."clue" ("status");`);
    this.addSql(`create table "linkage"."evidence_transfer" ("id" uuid not null, "from_agency" text check ("from_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "region" varchar(6) not null, "to_agency" text check ("to_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "to_region" varchar(6) not null, "sent_at" timestamptz not null, "sent_by" varchar(200) not null, "case_type" text check ("case_type" in ('SAIC_CASE', 'PATENT_CASE', 'COPYRIGHT_CASE', 'PLANT_VARIETY_CASE', 'CUSTOMS_SEIZURE', 'POSTAL_INTERCEPTION')) null, "case_id" uuid null, "referral_id" uuid null, "status" text check ("status" in ('SENT', 'RECEIVED', 'INTEGRITY_MISMATCH')) not null default 'SENT', "received_at" timestamptz null, "received_by" varchar(200) null, constraint "evidence_transfer_pkey" primary key ("id"));`);
    this.addSql(`create index "evidence_transfer_region_index" on "linkage"."evidence_transfer" ("region");`);
    this.addSql(`create index "evidence_transfer_to_agency_index" on "linkage"."evidence_transfer" ("to_agency");`);
    this.addSql(`create index "evidence_transfer_to_region_index" on "linkage"."evidence_transfer" ("to_region");`);
    this.addSql(`create index "evidence_transfer_sent_at_index" on "linkage"."evidence_transfer" ("sent_at");`);
    this.addSql(`create index "evidence_transfer_case_id_index" on "linkage"."evidence_transfer" ("case_id");`);
    this.addSql(`create index "evidence_transfer_referral_id_index" on "linkage"."evidence_transfer" ("referral_id");`);
    this.addSql(`create table "linkage"."evidence_item" ("id" uuid not null, "transfer_id" uuid not null, "position" smallint not null, "kind" text check ("kind" in ('DOCUMENT', 'PHOTO', 'VIDEO', 'ELECTRONIC_DATA', 'PHYSICAL_SAMPLE')) not null, "description" text not null, "sha256" varchar(64) not null, "size_bytes" bigint null, "intact" boolean null, constraint "evidence_item_pkey" primary key ("id"));`);
    this.addSql(`create index "evidence_item_transfer_id_index" on "linkage"."evidence_item" ("transfer_id");`);
    this.addSql(`create table "linkage"."referral" ("id" uuid not null, "source_type" text check ("source_type" in ('SAIC_CASE', 'PATENT_CASE', 'COPYRIGHT_CASE', 'PLANT_VARIETY_CASE', 'CUSTOMS_SEIZURE', 'POSTAL_INTERCEPTION')) not null, "source_id" uuid not null, "from_agency" text check ("from_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "region" varchar(6) not null, "reason" text not null, "sent_at" timestamptz not null, "status" text check ("status" in ('SENT', 'FILED', 'DECLINED', 'RECONSIDERATION_REQUESTED', 'RECONSIDERATION_DECLINED')) not null default 'SENT', "decision_due_at" timestamptz null, "decided_at" timestamptz null, "decision_reason" text null, "reconsideration_requested_at" timestamptz null, "reconsideration_reason" text null, "criminal_case_id" uuid null, constraint "referral_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_source_id_index" on "linkage"."referral" ("source_id");`);
    this.addSql(`create index "referral_region_index" on "linkage"."referral" ("region");`);
    this.addSql(`create index "referral_sent_at_index" on "linkage"."referral" ("sent_at");`);
    this.addSql(`create index "referral_status_index" on "linkage"."referral" ("status");`);
    this.addSql(`create index "referral_decision_due_at_index" on "linkage"."referral" ("decision_due_at");`);
    this.addSql(`alter table "linkage"."referral" add constraint "referral_criminal_case_id_unique" unique ("criminal_case_id");`);
    this.addSql(`create table "linkage"."referral_event" ("id" uuid not null, "referral_id" uuid not null, "kind" text check ("kind" in ('SENT', 'FILED', 'DECLINED', 'RECONSIDERATION_REQUESTED', 'RECONSIDERATION_DECLINED')) not null, "at" timestamptz not null, "agency" text check ("agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "actor" varchar(200) not null, "note" text null, constraint "referral_event_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_event_referral_id_index" on "linkage"."referral_event" ("referral_id");`);
    this.addSql(`alter table "linkage"."evidence_item" add constraint "evidence_item_transfer_id_foreign" foreign key ("transfer_id") references "linkage"."evidence_transfer" ("id") on update cascade;`);
    this.addSql(`alter table "linkage"."referral_event" add constraint "referral_event_referral_id_foreign" foreign key ("referral_id") references "linkage"."referral" ("id") on update cascade;`);
  }
}
