import { Migration } from "@mikro-orm/migrations";

/** Generated with `npm run migration:sql -- saic` on an empty schema, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "saic"."enterprise" ("credit_code" varchar(18) not null, "name" varchar(200) not null, "foreign_invested" boolean not null, "investor_country" varchar(2) null, "region" varchar(6) not null, "registered_at" timestamptz not null, constraint "enterprise_pkey" primary key ("credit_code"));`);
    this.addSql(`create index "enterprise_foreign_invested_index" on "saic"."enterprise" ("foreign_invested");`);
    this.addSql(`create index "enterprise_region_index" on "saic"."enterprise" ("region");`);
    this.addSql(`create table "saic"."saic_case" ("id" uuid not null, "case_number" varchar(100) not null, "region" varchar(6) not null, "right_holder_credit_code" varchar(18) not null, "infringer_credit_code" varchar(18) null, "foreign_invested" boolean not null, "amount_involved" numeric(18,2) not null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null, "description" text null, "created_at" timestamptz not null, "category" text check ("category" in ('TRADE_SECRET', 'TRADEMARK')) not null, "opened_on" date not null, "trademark_violation" text check ("trademark_violation" in ('COUNTERFEITING', 'BRAND_IMITATION', 'MALICIOUS_SQUATTING', 'FALSE_ADVERTISING', 'OTHER')) null, "trademark_registration_number" varchar(12) null, "online" boolean not null default false, "illegal_gains" numeric(18,2) null, "right_holder_loss" numeric(18,2) null, constraint "saic_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "saic"."saic_case" add constraint "saic_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "saic_case_region_index" on "saic"."saic_case" ("region");`);
    this.addSql(`create index "saic_case_right_holder_credit_code_index" on "saic"."saic_case" ("right_holder_credit_code");`);
    this.addSql(`create index "saic_case_infringer_credit_code_index" on "saic"."saic_case" ("infringer_credit_code");`);
    this.addSql(`create index "saic_case_opened_on_index" on "saic"."saic_case" ("opened_on");`);
    this.addSql(`create index "saic_case_trademark_registration_number_index" on "saic"."saic_case" ("trademark_registration_number");`);
    this.addSql(`create table "saic"."trademark" ("registration_number" varchar(12) not null, "mark" varchar(200) not null, "nice_class" smallint not null, "holder_credit_code" varchar(18) not null, "well_known" boolean not null default false, "geographical_indication" boolean not null default false, "foreign_related" boolean not null default false, "registered_on" date not null, "valid_until" date not null, constraint "trademark_pkey" primary key ("registration_number"));`);
    this.addSql(`create index "trademark_holder_credit_code_index" on "saic"."trademark" ("holder_credit_code");`);
  }
}
