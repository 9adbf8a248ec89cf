import { Migration } from "@mikro-orm/migrations";

/** Generated from the entities with `npm run migration:sql`, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "customs"."customs_joint_operation" ("id" uuid not null, "name" varchar(200) not null, "partners" text[] not null, "started_on" date not null, "ended_on" date null, "created_at" timestamptz not null, constraint "customs_joint_operation_pkey" primary key ("id"));`);
    this.addSql(`create index "customs_joint_operation_started_on_index" on "customs"."customs_joint_operation" ("started_on");`);

    this.addSql(`create table "customs"."customs_recordation" ("id" uuid not null, "recordation_number" varchar(20) not null, "right_type" text check ("right_type" in ('TRADEMARK', 'PATENT', 'COPYRIGHT')) not null, "right_number" varchar(50) not null, "holder_credit_code" varchar(18) not null, "holder_name" varchar(200) not null, "foreign_invested" boolean not null, "recorded_on" date not null, "valid_until" date not null, "last_renewed_on" date null, "created_at" timestamptz not null, constraint "customs_recordation_pkey" primary key ("id"));`);
    this.addSql(`alter table "customs"."customs_recordation" add constraint "customs_recordation_recordation_number_unique" unique ("recordation_number");`);
    this.addSql(`create index "customs_recordation_holder_credit_code_index" on "customs"."customs_recordation" ("holder_credit_code");`);
    this.addSql(`create index "customs_recordation_recorded_on_index" on "customs"."customs_recordation" ("recorded_on");`);
    this.addSql(`create index "customs_recordation_valid_until_index" on "customs"."customs_recordation" ("valid_until");`);
    // the loaders of Trademark/Patent/CopyrightWork.customsRecordations and customsSeizures look rights up by both
    this.addSql(`create index "customs_recordation_right_type_right_number_index" on "customs"."customs_recordation" ("right_type", "right_number");`);

    this.addSql(`create table "customs"."customs_seizure" ("id" uuid not null, "case_number" varchar(100) not null, "region" varchar(6) not null, "right_holder_credit_code" varchar(18) not null, "infringer_credit_code" varchar(18) null, "foreign_invested" boolean not null, "amount_involved" numeric(18,2) not null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null, "description" text null, "created_at" timestamptz not null, "seized_on" date not null, "direction" text check ("direction" in ('IMPORT', 'EXPORT')) not null, "port" varchar(100) not null, "goods" text not null, "quantity" int not null, "declared_value" numeric(18,2) not null, "basis" text check ("basis" in ('EX_OFFICIO', 'ON_APPLICATION')) not null, "recordation_id" uuid null, "joint_operation_id" uuid null, constraint "customs_seizure_pkey" primary key ("id"));`);
    this.addSql(`alter table "customs"."customs_seizure" add constraint "customs_seizure_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "customs_seizure_region_index" on "customs"."customs_seizure" ("region");`);
    this.addSql(`create index "customs_seizure_right_holder_credit_code_index" on "customs"."customs_seizure" ("right_holder_credit_code");`);
    this.addSql(`create index "customs_seizure_infringer_credit_code_index" on "customs"."customs_seizure" ("infringer_credit_code");`);
    this.addSql(`create index "customs_seizure_seized_on_index" on "customs"."customs_seizure" ("seized_on");`);
    this.addSql(`create index "customs_seizure_recordation_id_index" on "customs"."customs_seizure" ("recordation_id");`);
    this.addSql(`create index "customs_seizure_joint_operation_id_index" on "customs"."customs_seizure" ("joint_operation_id");`);
    this.addSql(`alter table "customs"."customs_seizure" add constraint "customs_seizure_recordation_id_foreign" foreign key ("recordation_id") references "customs"."customs_recordation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customs"."customs_seizure" add constraint "customs_seizure_joint_operation_id_foreign" foreign key ("joint_operation_id") references "customs"."customs_joint_operation" ("id") on update cascade on delete set null;`);
  }
}
