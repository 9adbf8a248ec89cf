import { Migration } from "@mikro-orm/migrations";

/** Generated from the entities (the schema generator's create SQL), then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "police"."criminal_case" ("id" uuid not null, "filing_number" varchar(100) not null, "offence" text check ("offence" in ('COUNTERFEITING_TRADEMARK', 'SELLING_COUNTERFEIT_TRADEMARK_GOODS', 'ILLEGAL_TRADEMARK_LABELS', 'PATENT_PASSING_OFF', 'COPYRIGHT_INFRINGEMENT', 'SELLING_INFRINGING_COPIES', 'TRADE_SECRET_INFRINGEMENT', 'COUNTERFEIT_GOODS')) not null, "region" varchar(6) not null, "filed_on" date not null, "amount_involved" numeric(18,2) not null, "right_holder_credit_code" varchar(18) not null, "foreign_invested" boolean not null, "created_at" timestamptz not null, constraint "criminal_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "police"."criminal_case" add constraint "criminal_case_filing_number_unique" unique ("filing_number");`);
    this.addSql(`create index "criminal_case_region_index" on "police"."criminal_case" ("region");`);
    this.addSql(`create index "criminal_case_filed_on_index" on "police"."criminal_case" ("filed_on");`);
    this.addSql(`create index "criminal_case_right_holder_credit_code_index" on "police"."criminal_case" ("right_holder_credit_code");`);
    this.addSql(`create table "police"."person" ("id" uuid not null, "criminal_case_id" uuid not null, "region" varchar(6) not null, "position" smallint not null, "name" varchar(100) not null, "id_number" varchar(18) null, "nationality" varchar(2) not null default 'CN', "caught_on" date null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_region_index" on "police"."person" ("region");`);
    this.addSql(`create index "person_caught_on_index" on "police"."person" ("caught_on");`);
    // also the index the suspects loader uses (criminal_case_id leads); NULL id numbers never collide
    this.addSql(`alter table "police"."person" add constraint "person_criminal_case_id_id_number_unique" unique ("criminal_case_id", "id_number");`);
    this.addSql(`alter table "police"."person" add constraint "person_criminal_case_id_foreign" foreign key ("criminal_case_id") references "police"."criminal_case" ("id") on update cascade;`);
  }
}
