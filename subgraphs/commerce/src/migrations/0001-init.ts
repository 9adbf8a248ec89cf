import { Migration } from "@mikro-orm/migrations";

/** The commerce schema as the scaffold wrote it (`npm run migration:sql -- commerce` prints what a change needs). */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "commerce";`);
    this.addSql(`create table "commerce"."complaint" ("id" uuid not null, "document_number" varchar(100) not null, "region" varchar(6) not null, "recorded_on" date not null, "subject" varchar(200) not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`alter table "commerce"."complaint" add constraint "complaint_document_number_unique" unique ("document_number");`);
    this.addSql(`create index "complaint_region_index" on "commerce"."complaint" ("region");`);
    this.addSql(`create index "complaint_recorded_on_index" on "commerce"."complaint" ("recorded_on");`);
  }
}
