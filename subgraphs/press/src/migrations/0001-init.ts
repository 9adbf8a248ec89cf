import { Migration } from "@mikro-orm/migrations";

/** Generated with `npm run migration:sql -- subgraphs/press` on an empty schema, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "press"."copyright_case" ("id" uuid not null, "case_number" varchar(100) not null, "region" varchar(6) not null, "right_holder_credit_code" varchar(18) not null, "infringer_credit_code" varchar(18) null, "foreign_invested" boolean not null, "amount_involved" numeric(18,2) not null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null, "description" text null, "created_at" timestamptz not null, "opened_on" date not null, "work_type" text check ("work_type" in ('FILM', 'MUSIC', 'SOFTWARE', 'ANIMATION', 'TEXTBOOK', 'OTHER')) not null, "online" boolean not null, "platform_type" text check ("platform_type" in ('E_COMMERCE', 'APP_STORE', 'WEBSITE', 'SOCIAL_MEDIA')) null, "copies" int null, "illegal_gains" numeric(18,2) null, "registration_number" varchar(60) null, constraint "copyright_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "press"."copyright_case" add constraint "copyright_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "copyright_case_region_index" on "press"."copyright_case" ("region");`);
    this.addSql(`create index "copyright_case_right_holder_credit_code_index" on "press"."copyright_case" ("right_holder_credit_code");`);
    this.addSql(`create index "copyright_case_infringer_credit_code_index" on "press"."copyright_case" ("infringer_credit_code");`);
    this.addSql(`create index "copyright_case_opened_on_index" on "press"."copyright_case" ("opened_on");`);
    this.addSql(`create index "copyright_case_registration_number_index" on "press"."copyright_case" ("registration_number");`);
    this.addSql(`create table "press"."copyright_work" ("registration_number" varchar(60) not null, "title" varchar(200) not null, "work_type" text check ("work_type" in ('FILM', 'MUSIC', 'SOFTWARE', 'ANIMATION', 'TEXTBOOK', 'OTHER')) not null, "owner_credit_code" varchar(18) not null, "owner_name" varchar(200) not null, "foreign_invested" boolean not null, "registered_on" date not null, "created_at" timestamptz not null, constraint "copyright_work_pkey" primary key ("registration_number"));`);
    this.addSql(`create index "copyright_work_work_type_index" on "press"."copyright_work" ("work_type");`);
    this.addSql(`create index "copyright_work_owner_credit_code_index" on "press"."copyright_work" ("owner_credit_code");`);
    this.addSql(`create index "copyright_work_registered_on_index" on "press"."copyright_work" ("registered_on");`);
    this.addSql(`create table "press"."software_legalisation_check" ("id" uuid not null, "region" varchar(6) not null, "checked_on" date not null, "organisation_name" varchar(200) not null, "organisation_type" text check ("organisation_type" in ('GOVERNMENT_AGENCY', 'STATE_OWNED_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'FINANCIAL_INSTITUTION')) not null, "computers_checked" int not null, "unlicensed_copies_found" int not null, "rectified_on" date null, "created_at" timestamptz not null, constraint "software_legalisation_check_pkey" primary key ("id"));`);
    this.addSql(`create index "software_legalisation_check_region_index" on "press"."software_legalisation_check" ("region");`);
    this.addSql(`create index "software_legalisation_check_checked_on_index" on "press"."software_legalisation_check" ("checked_on");`);
  }
}
