import { Migration } from "@mikro-orm/migrations";

/**
 * The campaign's deliverables besides the monthly table (行动方案 二): which phase asks for which, and
 * one table of versions per deliverable (1 = the submission, then amendments), each unique per unit
 * (and month) and version, which also serves the per-request lookup of every unit's versions.
 */
const VERSION_COLUMNS = `"id" uuid not null, "region" varchar(6) not null, "version" smallint not null, "submitted_at" timestamptz not null, "submitted_by" varchar(200) not null, "reason" text null`;

export class Migration0008Deliverables extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office"."campaign_phase" add column "deliverable" text check ("deliverable" in ('IMPLEMENTATION_PLAN', 'WORK_PROGRESS', 'SPECIAL_WORK_REPORT')) null;`);
    // 实施方案 by the end of mobilisation, 工作推进情况 monthly in the action phase, 专项工作报告 by the end of the summary
    for (const [phase, deliverable] of [["FOREIGN_INVESTED_IP_2017-1", "IMPLEMENTATION_PLAN"], ["FOREIGN_INVESTED_IP_2017-2", "WORK_PROGRESS"], ["FOREIGN_INVESTED_IP_2017-3", "SPECIAL_WORK_REPORT"]])
      this.addSql(`update "office"."campaign_phase" set "deliverable" = '${deliverable}' where "id" = '${phase}';`);

    this.addSql(`create table "office"."implementation_plan_version" (${VERSION_COLUMNS}, "measures" jsonb not null, "responsible_agencies" jsonb not null, "contacts" jsonb not null, constraint "implementation_plan_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "office"."implementation_plan_version" add constraint "implementation_plan_version_region_version_unique" unique ("region", "version");`);

    this.addSql(`create table "office"."work_progress_version" (${VERSION_COLUMNS}, "period" varchar(7) not null, "narrative" text not null, constraint "work_progress_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "office"."work_progress_version" add constraint "work_progress_version_region_period_version_unique" unique ("region", "period", "version");`);

    this.addSql(`create table "office"."special_work_report_version" (${VERSION_COLUMNS}, "narrative" text not null, "months" jsonb not null, "typical_case_ids" jsonb not null, constraint "special_work_report_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "office"."special_work_report_version" add constraint "special_work_report_version_region_version_unique" unique ("region", "version");`);
  }
}
