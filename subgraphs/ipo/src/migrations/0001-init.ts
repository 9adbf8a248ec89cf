import { Migration } from "@mikro-orm/migrations";

/** Generated from the entities with `npm run migration:sql`, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ipo"."patent" ("patent_number" varchar(16) not null, "kind" text check ("kind" in ('INVENTION', 'UTILITY_MODEL', 'DESIGN')) not null, "title" varchar(500) not null, "holder_credit_code" varchar(18) not null, "holder_name" varchar(200) not null, "foreign_invested" boolean not null, "granted_on" date not null, "registered_at" timestamptz not null, constraint "patent_pkey" primary key ("patent_number"));`);
    this.addSql(`create index "patent_kind_index" on "ipo"."patent" ("kind");`);
    this.addSql(`create index "patent_holder_credit_code_index" on "ipo"."patent" ("holder_credit_code");`);
    this.addSql(`create index "patent_foreign_invested_index" on "ipo"."patent" ("foreign_invested");`);
    this.addSql(`create index "patent_granted_on_index" on "ipo"."patent" ("granted_on");`);
    this.addSql(`create table "ipo"."patent_case" ("id" uuid not null, "case_number" varchar(100) not null, "region" varchar(6) not null, "right_holder_credit_code" varchar(18) not null, "infringer_credit_code" varchar(18) null, "foreign_invested" boolean not null, "amount_involved" numeric(18,2) not null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null, "description" text null, "created_at" timestamptz not null, "opened_on" date not null, "category" text check ("category" in ('INFRINGEMENT', 'PASSING_OFF')) not null, "source" text check ("source" in ('COMPLAINT_12330', 'EXHIBITION', 'EX_OFFICIO', 'IMPORT_EXPORT', 'OTHER_REPORT')) not null, "key_field" text check ("key_field" in ('E_COMMERCE', 'FOOD_DRUG', 'ENVIRONMENT', 'SAFETY', 'HIGH_TECH')) null, "patent_number" varchar(16) null, constraint "patent_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "ipo"."patent_case" add constraint "patent_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "patent_case_region_index" on "ipo"."patent_case" ("region");`);
    this.addSql(`create index "patent_case_right_holder_credit_code_index" on "ipo"."patent_case" ("right_holder_credit_code");`);
    this.addSql(`create index "patent_case_infringer_credit_code_index" on "ipo"."patent_case" ("infringer_credit_code");`);
    this.addSql(`create index "patent_case_opened_on_index" on "ipo"."patent_case" ("opened_on");`);
    this.addSql(`create index "patent_case_patent_number_index" on "ipo"."patent_case" ("patent_number");`);
  }
}
