import { Migration } from "@mikro-orm/migrations";

/** Generated from the entities with `npm run migration:sql`, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "procuratorate"."arrest_review" ("id" uuid not null, "criminal_case_id" uuid not null, "decided_on" date not null, "region" varchar(6) not null, "foreign_invested" boolean not null, "created_at" timestamptz not null, "decision" text check ("decision" in ('APPROVED', 'DISAPPROVED')) not null, constraint "arrest_review_pkey" primary key ("id"));`);
    this.addSql(`create index "arrest_review_criminal_case_id_index" on "procuratorate"."arrest_review" ("criminal_case_id");`);
    this.addSql(`create index "arrest_review_decided_on_index" on "procuratorate"."arrest_review" ("decided_on");`);
    this.addSql(`create index "arrest_review_region_index" on "procuratorate"."arrest_review" ("region");`);
    this.addSql(`create index "arrest_review_decision_index" on "procuratorate"."arrest_review" ("decision");`);
    // the unique index (arrest_review_id leads) also serves the persons loader; person_id is indexed for per-person counts
    this.addSql(`create table "procuratorate"."arrest_review_person" ("id" uuid not null, "arrest_review_id" uuid not null, "person_id" uuid not null, "position" smallint not null, constraint "arrest_review_person_pkey" primary key ("id"));`);
    this.addSql(`create index "arrest_review_person_person_id_index" on "procuratorate"."arrest_review_person" ("person_id");`);
    this.addSql(`alter table "procuratorate"."arrest_review_person" add constraint "arrest_review_person_arrest_review_id_person_id_unique" unique ("arrest_review_id", "person_id");`);
    this.addSql(`create table "procuratorate"."filing_supervision" ("id" uuid not null, "referral_id" uuid not null, "region" varchar(6) not null, "reason" text not null, "opened_on" date not null, "explanation_required_at" timestamptz not null, "explanation_due_at" timestamptz not null, "explanation_received_at" timestamptz null, "explanation" text null, "filing_ordered_at" timestamptz null, "filing_due_at" timestamptz null, "filed_at" timestamptz null, "criminal_case_id" uuid null, "closed_at" timestamptz null, "closing_reason" text null, "status" text check ("status" in ('EXPLANATION_REQUIRED', 'EXPLAINED', 'FILING_ORDERED', 'FILED', 'CLOSED')) not null, constraint "filing_supervision_pkey" primary key ("id"));`);
    this.addSql(`create index "filing_supervision_referral_id_index" on "procuratorate"."filing_supervision" ("referral_id");`);
    this.addSql(`create index "filing_supervision_region_index" on "procuratorate"."filing_supervision" ("region");`);
    this.addSql(`create index "filing_supervision_opened_on_index" on "procuratorate"."filing_supervision" ("opened_on");`);
    this.addSql(`create index "filing_supervision_explanation_due_at_index" on "procuratorate"."filing_supervision" ("explanation_due_at");`);
    this.addSql(`create index "filing_supervision_filing_due_at_index" on "procuratorate"."filing_supervision" ("filing_due_at");`);
    this.addSql(`create index "filing_supervision_criminal_case_id_index" on "procuratorate"."filing_supervision" ("criminal_case_id");`);
    this.addSql(`create index "filing_supervision_status_index" on "procuratorate"."filing_supervision" ("status");`);
    this.addSql(`create table "procuratorate"."filing_supervision_event" ("id" uuid not null, "supervision_id" uuid not null, "kind" text check ("kind" in ('EXPLANATION_REQUIRED', 'EXPLANATION_RECEIVED', 'FILING_ORDERED', 'FILED', 'CLOSED')) not null, "at" timestamptz not null, "agency" text check ("agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "actor" varchar(200) not null, "note" text null, constraint "filing_supervision_event_pkey" primary key ("id"));`);
    this.addSql(`create index "filing_supervision_event_supervision_id_index" on "procuratorate"."filing_supervision_event" ("supervision_id");`);
    this.addSql(`create table "procuratorate"."misconduct_case" ("id" uuid not null, "case_number" varchar(100) not null, "region" varchar(6) not null, "filed_on" date not null, "offence" text check ("offence" in ('DERELICTION_OF_DUTY', 'ABUSE_OF_POWER', 'BENDING_THE_LAW', 'BRIBERY', 'CONNIVING_AT_COUNTERFEITING', 'SHIELDING_CRIMINALS')) not null, "official_name" varchar(100) not null, "official_position" text not null, "official_agency" text check ("official_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) null, "related_criminal_case_id" uuid null, "description" text null, "created_at" timestamptz not null, constraint "misconduct_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "procuratorate"."misconduct_case" add constraint "misconduct_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "misconduct_case_region_index" on "procuratorate"."misconduct_case" ("region");`);
    this.addSql(`create index "misconduct_case_filed_on_index" on "procuratorate"."misconduct_case" ("filed_on");`);
    this.addSql(`create index "misconduct_case_offence_index" on "procuratorate"."misconduct_case" ("offence");`);
    this.addSql(`create index "misconduct_case_related_criminal_case_id_index" on "procuratorate"."misconduct_case" ("related_criminal_case_id");`);
    this.addSql(`create table "procuratorate"."prosecution" ("id" uuid not null, "criminal_case_id" uuid not null, "decided_on" date not null, "region" varchar(6) not null, "foreign_invested" boolean not null, "created_at" timestamptz not null, "decision" text check ("decision" in ('PROSECUTED', 'NOT_PROSECUTED')) not null, "charges" text null, constraint "prosecution_pkey" primary key ("id"));`);
    this.addSql(`create index "prosecution_criminal_case_id_index" on "procuratorate"."prosecution" ("criminal_case_id");`);
    this.addSql(`create index "prosecution_decided_on_index" on "procuratorate"."prosecution" ("decided_on");`);
    this.addSql(`create index "prosecution_region_index" on "procuratorate"."prosecution" ("region");`);
    this.addSql(`create index "prosecution_decision_index" on "procuratorate"."prosecution" ("decision");`);
    // likewise: the unique index serves the defendants loader
    this.addSql(`create table "procuratorate"."prosecution_defendant" ("id" uuid not null, "prosecution_id" uuid not null, "person_id" uuid not null, "position" smallint not null, constraint "prosecution_defendant_pkey" primary key ("id"));`);
    this.addSql(`create index "prosecution_defendant_person_id_index" on "procuratorate"."prosecution_defendant" ("person_id");`);
    this.addSql(`alter table "procuratorate"."prosecution_defendant" add constraint "prosecution_defendant_prosecution_id_person_id_unique" unique ("prosecution_id", "person_id");`);
    this.addSql(`alter table "procuratorate"."arrest_review_person" add constraint "arrest_review_person_arrest_review_id_foreign" foreign key ("arrest_review_id") references "procuratorate"."arrest_review" ("id") on update cascade;`);
    this.addSql(`alter table "procuratorate"."filing_supervision_event" add constraint "filing_supervision_event_supervision_id_foreign" foreign key ("supervision_id") references "procuratorate"."filing_supervision" ("id") on update cascade;`);
    this.addSql(`alter table "procuratorate"."prosecution_defendant" add constraint "prosecution_defendant_prosecution_id_foreign" foreign key ("prosecution_id") references "procuratorate"."prosecution" ("id") on update cascade;`);
  }
}
