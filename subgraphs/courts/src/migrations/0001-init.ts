import { Migration } from "@mikro-orm/migrations";

/** Generated from the entities with `npm run migration:sql`, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "courts"."court_case" ("id" uuid not null, "case_number" varchar(100) not null, "kind" text check ("kind" in ('CIVIL', 'CRIMINAL', 'ADMINISTRATIVE')) not null, "region" varchar(6) not null, "filed_on" date not null, "ip_type" text check ("ip_type" in ('TRADEMARK', 'PATENT', 'COPYRIGHT', 'TRADE_SECRET', 'PLANT_VARIETY', 'UNFAIR_COMPETITION', 'OTHER')) not null, "prosecution_id" uuid null, "plaintiff_credit_code" varchar(18) null, "defendant_credit_code" varchar(18) null, "foreign_invested" boolean not null, "created_at" timestamptz not null, constraint "court_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "courts"."court_case" add constraint "court_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "court_case_region_index" on "courts"."court_case" ("region");`);
    this.addSql(`create index "court_case_filed_on_index" on "courts"."court_case" ("filed_on");`);
    this.addSql(`create index "court_case_prosecution_id_index" on "courts"."court_case" ("prosecution_id");`);
    this.addSql(`create index "court_case_plaintiff_credit_code_index" on "courts"."court_case" ("plaintiff_credit_code");`);
    this.addSql(`create index "court_case_defendant_credit_code_index" on "courts"."court_case" ("defendant_credit_code");`);
    // one judgment per case: the unique index is also what the `CourtCase.judgment` loader reads through
    this.addSql(`create table "courts"."judgment" ("id" uuid not null, "court_case_id" uuid not null, "region" varchar(6) not null, "decided_on" date not null, "verdict" text check ("verdict" in ('GUILTY', 'NOT_GUILTY', 'SETTLED', 'FOR_PLAINTIFF', 'FOR_DEFENDANT')) not null, "fine" numeric(18,2) null, "damages" numeric(18,2) null, "created_at" timestamptz not null, constraint "judgment_pkey" primary key ("id"));`);
    this.addSql(`alter table "courts"."judgment" add constraint "judgment_court_case_id_unique" unique ("court_case_id");`);
    this.addSql(`create index "judgment_region_index" on "courts"."judgment" ("region");`);
    this.addSql(`create index "judgment_decided_on_index" on "courts"."judgment" ("decided_on");`);
    this.addSql(`create table "courts"."sentence" ("id" uuid not null, "judgment_id" uuid not null, "person_id" uuid not null, "region" varchar(6) not null, "position" smallint not null, "prison_months" smallint not null, "probation_months" smallint null, "fine" numeric(18,2) null, constraint "sentence_pkey" primary key ("id"));`);
    this.addSql(`create index "sentence_judgment_id_index" on "courts"."sentence" ("judgment_id");`);
    this.addSql(`create index "sentence_person_id_index" on "courts"."sentence" ("person_id");`);
    this.addSql(`alter table "courts"."judgment" add constraint "judgment_court_case_id_foreign" foreign key ("court_case_id") references "courts"."court_case" ("id") on update cascade;`);
    this.addSql(`alter table "courts"."sentence" add constraint "sentence_judgment_id_foreign" foreign key ("judgment_id") references "courts"."judgment" ("id") on update cascade;`);
  }
}
