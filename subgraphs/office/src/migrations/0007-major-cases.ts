import { Migration } from "@mikro-orm/migrations";

/**
 * Major-case reports (重大案件报送) and their supervision (督办), and the rules that make a case major,
 * as data with effective dates. Tables generated with `npm run migration:sql -- office`.
 */
const BASIS = "打击侵权假冒工作领导小组办公室 重大案件报送（外商投资企业知识产权保护专项行动）";

/** kind, minimum (yuan or provinces), campaign, days to report, from, to */
const RULES: Array<[string, string | null, string | null, number, string, string | null]> = [
  ["AMOUNT_INVOLVED", "1000000", null, 3, "2017-09-01", null],
  ["FOREIGN_MULTI_PROVINCE", "2", null, 3, "2017-09-01", null],
  ["CAMPAIGN", null, "CLUSTER_CAMPAIGN", 3, "2017-09-01", null],
];

export class Migration0007MajorCases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "office"."major_case_report" ("id" uuid not null, "case_type" text not null, "case_id" uuid not null, "agency" text not null, "region" varchar(6) not null, "office_region" varchar(6) not null, "summary" text not null, "grounds" jsonb not null, "reported_at" timestamptz not null, "report_due_at" timestamptz not null, "reported_late" boolean not null, "status" text check ("status" in ('REPORTED', 'FORWARDED')) not null default 'REPORTED', "forward_due_at" timestamptz null, "forwarded_at" timestamptz null, "reported_by" varchar(200) not null, constraint "major_case_report_pkey" primary key ("id"));`);
    this.addSql(`create index "major_case_report_case_id_index" on "office"."major_case_report" ("case_id");`);
    this.addSql(`create index "major_case_report_region_index" on "office"."major_case_report" ("region");`);
    this.addSql(`create index "major_case_report_status_index" on "office"."major_case_report" ("status");`);
    this.addSql(`create index "major_case_report_reported_at_index" on "office"."major_case_report" ("reported_at");`);
    this.addSql(`alter table "office"."major_case_report" add constraint "major_case_report_case_type_case_id_unique" unique ("case_type", "case_id");`);
    this.addSql(`create table "office"."major_case_event" ("id" uuid not null, "report_id" uuid not null, "supervision_id" uuid null, "kind" text check ("kind" in ('REPORTED', 'FORWARDED', 'SUPERVISION_OPENED', 'PROGRESS_REPORTED', 'SUPERVISION_CLOSED')) not null, "at" timestamptz not null, "agency" text not null, "actor_region" varchar(6) not null, "actor" varchar(200) not null, "note" text null, constraint "major_case_event_pkey" primary key ("id"));`);
    this.addSql(`create index "major_case_event_report_id_index" on "office"."major_case_event" ("report_id");`);
    this.addSql(`create table "office"."major_case_rule" ("id" varchar(60) not null, "kind" text check ("kind" in ('AMOUNT_INVOLVED', 'FOREIGN_MULTI_PROVINCE', 'CAMPAIGN')) not null, "minimum" numeric(18,2) null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null, "report_within_days" smallint not null, "effective_from" date not null, "effective_to" date null, "basis" varchar(200) not null, constraint "major_case_rule_pkey" primary key ("id"));`);
    this.addSql(`create table "office"."supervision" ("id" uuid not null, "report_id" uuid not null, "region" varchar(6) not null, "office_region" varchar(6) not null, "instructions" text not null, "due_on" date not null, "opened_at" timestamptz not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "next_progress_due_at" timestamptz null, "closed_at" timestamptz null, "outcome" text check ("outcome" in ('CONCLUDED', 'WITHDRAWN')) null, "result" text null, constraint "supervision_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_report_id_index" on "office"."supervision" ("report_id");`);
    this.addSql(`create index "supervision_region_index" on "office"."supervision" ("region");`);
    this.addSql(`create index "supervision_due_on_index" on "office"."supervision" ("due_on");`);
    this.addSql(`create index "supervision_opened_at_index" on "office"."supervision" ("opened_at");`);
    this.addSql(`create index "supervision_status_index" on "office"."supervision" ("status");`);
    this.addSql(`create index "supervision_next_progress_due_at_index" on "office"."supervision" ("next_progress_due_at");`);
    this.addSql(`create table "office"."supervision_progress" ("id" uuid not null, "supervision_id" uuid not null, "reported_at" timestamptz not null, "agency" text not null, "actor" varchar(200) not null, "progress" text not null, "late" boolean not null, constraint "supervision_progress_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_progress_supervision_id_index" on "office"."supervision_progress" ("supervision_id");`);
    this.addSql(`alter table "office"."major_case_report" add constraint "major_case_report_agency_foreign" foreign key ("agency") references "office"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "office"."major_case_event" add constraint "major_case_event_report_id_foreign" foreign key ("report_id") references "office"."major_case_report" ("id") on update cascade;`);
    this.addSql(`alter table "office"."major_case_event" add constraint "major_case_event_agency_foreign" foreign key ("agency") references "office"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "office"."supervision" add constraint "supervision_report_id_foreign" foreign key ("report_id") references "office"."major_case_report" ("id") on update cascade;`);
    this.addSql(`alter table "office"."supervision_progress" add constraint "supervision_progress_supervision_id_foreign" foreign key ("supervision_id") references "office"."supervision" ("id") on update cascade;`);
    this.addSql(`alter table "office"."supervision_progress" add constraint "supervision_progress_agency_foreign" foreign key ("agency") references "office"."agency" ("code") on update cascade;`);
    for (const [kind, minimum, campaign, days, from, to] of RULES)
      this.addSql(
        `insert into "office"."major_case_rule" ("id", "kind", "minimum", "campaign", "report_within_days", "effective_from", "effective_to", "basis") values ` +
          `('${kind}-${from}', '${kind}', ${minimum ?? "null"}, ${campaign ? `'${campaign}'` : "null"}, ${days}, '${from}', ${to ? `'${to}'` : "null"}, '${BASIS}');`,
      );
  }
}
