import { Migration } from "@mikro-orm/migrations";

/**
 * Submitted monthly tables: one row per version (1 = the submission, then amendments), each with a
 * snapshot of every agency's lines and the typical cases sent with it. Generated with
 * `npm run migration:sql -- subgraphs/office` after 0002, then reviewed. The unique key also serves
 * the per-request lookup of every report's versions (region, period, scope).
 */
export class Migration0003Submissions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "office"."monthly_report_submission" ("id" uuid not null, "region" varchar(6) not null, "period" varchar(7) not null, "scope" text check ("scope" in ('FOREIGN_INVESTED', 'ALL')) not null, "version" smallint not null, "submitted_at" timestamptz not null, "submitted_by" varchar(200) not null, "reason" text null, "figures" jsonb not null, "typical_case_ids" jsonb not null, constraint "monthly_report_submission_pkey" primary key ("id"));`);
    this.addSql(`alter table "office"."monthly_report_submission" add constraint "monthly_report_submission_region_period_scope_version_unique" unique ("region", "period", "scope", "version");`);
  }
}
