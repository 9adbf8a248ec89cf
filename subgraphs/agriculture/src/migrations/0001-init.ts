import { Migration } from "@mikro-orm/migrations";

/** Generated from the entities (the schema generator's create SQL), then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "agriculture"."plant_variety" ("right_number" varchar(30) not null, "denomination" varchar(100) not null, "species" varchar(50) not null, "sector" text check ("sector" in ('AGRICULTURE', 'FORESTRY')) not null, "holder_credit_code" varchar(18) not null, "holder_name" varchar(200) not null, "foreign_invested" boolean not null, "granted_on" date not null, constraint "plant_variety_pkey" primary key ("right_number"));`);
    this.addSql(`create index "plant_variety_species_index" on "agriculture"."plant_variety" ("species");`);
    this.addSql(`create index "plant_variety_sector_index" on "agriculture"."plant_variety" ("sector");`);
    this.addSql(`create index "plant_variety_holder_credit_code_index" on "agriculture"."plant_variety" ("holder_credit_code");`);
    this.addSql(`create index "plant_variety_granted_on_index" on "agriculture"."plant_variety" ("granted_on");`);
    this.addSql(`create table "agriculture"."plant_variety_case" ("id" uuid not null, "case_number" varchar(100) not null, "region" varchar(6) not null, "right_holder_credit_code" varchar(18) not null, "infringer_credit_code" varchar(18) null, "foreign_invested" boolean not null, "amount_involved" numeric(18,2) not null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null, "description" text null, "created_at" timestamptz not null, "opened_on" date not null, "sector" text check ("sector" in ('AGRICULTURE', 'FORESTRY')) not null, "category" text check ("category" in ('VARIETY_RIGHT_INFRINGEMENT', 'COUNTERFEIT_SEEDS', 'VARIETY_NAME_MISUSE')) not null, "right_number" varchar(30) null, "seed_quantity_kg" numeric(18,2) null, "seedling_count" int null, constraint "plant_variety_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "agriculture"."plant_variety_case" add constraint "plant_variety_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "plant_variety_case_region_index" on "agriculture"."plant_variety_case" ("region");`);
    this.addSql(`create index "plant_variety_case_right_holder_credit_code_index" on "agriculture"."plant_variety_case" ("right_holder_credit_code");`);
    this.addSql(`create index "plant_variety_case_infringer_credit_code_index" on "agriculture"."plant_variety_case" ("infringer_credit_code");`);
    this.addSql(`create index "plant_variety_case_opened_on_index" on "agriculture"."plant_variety_case" ("opened_on");`);
    this.addSql(`create index "plant_variety_case_sector_index" on "agriculture"."plant_variety_case" ("sector");`);
    this.addSql(`create index "plant_variety_case_category_index" on "agriculture"."plant_variety_case" ("category");`);
    this.addSql(`create index "plant_variety_case_right_number_index" on "agriculture"."plant_variety_case" ("right_number");`);
  }
}
