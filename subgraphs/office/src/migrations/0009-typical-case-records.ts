import { Migration } from "@mikro-orm/migrations";

/**
 * A typical case refers to the record it is about (its type and id; the figures are read from the
 * record's owner) and gets a publication status with date and outlet. Rows reported before keep no
 * record (both columns null: their typed agency and campaign stand) and start UNPUBLISHED.
 * Generated with `npm run migration:sql -- office`.
 */
export class Migration0009TypicalCaseRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office"."typical_case" add column "record_type" text null, add column "record_id" uuid null, add column "publication_status" text check ("publication_status" in ('UNPUBLISHED', 'PUBLISHED')) not null default 'UNPUBLISHED', add column "published_on" date null, add column "outlet" varchar(200) null, add column "published_by" varchar(200) null;`);
    this.addSql(`create index "typical_case_record_type_record_id_index" on "office"."typical_case" ("record_type", "record_id");`);
  }
}
