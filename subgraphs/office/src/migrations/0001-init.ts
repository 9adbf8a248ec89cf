import { Migration } from "@mikro-orm/migrations";

/** Generated with `npm run migration:sql -- office` on an empty schema, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "office"."campaign" ("code" varchar(40) not null, "name" varchar(200) not null, "lead_agency" text check ("lead_agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "starts_on" date not null, "ends_on" date null, "document" varchar(200) null, constraint "campaign_pkey" primary key ("code"));`);
    this.addSql(`create table "office"."campaign_phase" ("id" varchar(60) not null, "campaign_code" varchar(40) not null, "position" smallint not null, "kind" text check ("kind" in ('MOBILISATION', 'ACTION', 'SUMMARY')) not null, "description" text not null, "starts_on" date null, "due_on" date not null, constraint "campaign_phase_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_phase_campaign_code_index" on "office"."campaign_phase" ("campaign_code");`);
    this.addSql(`create table "office"."typical_case" ("id" uuid not null, "region" varchar(6) not null, "period" varchar(7) not null, "agency" text check ("agency" in ('OFFICE', 'SAIC', 'IPO', 'PRESS', 'AGRICULTURE', 'CUSTOMS', 'POSTAL', 'POLICE', 'PROCURATORATE', 'COURTS')) not null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null, "title" varchar(200) not null, "summary" text not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "typical_case_pkey" primary key ("id"));`);
    this.addSql(`create index "typical_case_region_index" on "office"."typical_case" ("region");`);
    this.addSql(`create index "typical_case_period_index" on "office"."typical_case" ("period");`);
    this.addSql(`alter table "office"."campaign_phase" add constraint "campaign_phase_campaign_code_foreign" foreign key ("campaign_code") references "office"."campaign" ("code") on update cascade;`);
  }
}
