import { Migration } from "@mikro-orm/migrations";
import { agencyReferenceSql } from "@ipr/shared";

/** Complaints with routing, deadlines and history, and outreach events. Generated with `npm run migration:sql -- commerce`. */
export class Migration0002ComplaintsOutreach extends Migration {
  override async up(): Promise<void> {
    // the agency columns reference the kit's `agency` table (the kit's own migration, which also creates it, runs after the agency's)
    for (const sql of agencyReferenceSql("commerce")) this.addSql(sql);
    // the scaffold's generic records: nothing referred to them
    this.addSql(`drop table if exists "commerce"."complaint" cascade;`);
    this.addSql(`create table "commerce"."complaint" ("id" uuid not null, "complainant_credit_code" varchar(18) not null, "contact_name" varchar(100) null, "contact_phone" varchar(30) null, "channel" text check ("channel" in ('COMMERCE_CENTRE', 'HOTLINE_12315', 'HOTLINE_12330', 'ONLINE', 'LETTER', 'OTHER')) not null, "right_type" text check ("right_type" in ('TRADEMARK', 'PATENT', 'COPYRIGHT', 'TRADE_SECRET', 'PLANT_VARIETY', 'OTHER')) not null, "subject" varchar(200) not null, "description" text not null, "region" varchar(6) not null, "received_on" date not null, "filed_by_agency" text not null, "filed_by" varchar(200) not null, "filed_at" timestamptz not null, "status" text check ("status" in ('RECEIVED', 'ROUTED', 'ACCEPTED', 'DECLINED', 'ANSWERED')) not null default 'RECEIVED', "handling_agency" text not null, "handling_region" varchar(6) not null, "routed_at" timestamptz null, "decision_due_at" timestamptz not null, "decision_due_basis" text check ("decision_due_basis" in ('OFFICIAL_CALENDAR', 'WEEKDAYS_ONLY')) not null, "answer_due_at" timestamptz not null, "decided_at" timestamptz null, "decision_reason" text null, "resulting_case_type" text null, "resulting_case_id" uuid null, "answer" text null, "answered_on" date null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_complainant_credit_code_index" on "commerce"."complaint" ("complainant_credit_code");`);
    this.addSql(`create index "complaint_region_index" on "commerce"."complaint" ("region");`);
    this.addSql(`create index "complaint_received_on_index" on "commerce"."complaint" ("received_on");`);
    this.addSql(`create index "complaint_status_index" on "commerce"."complaint" ("status");`);
    this.addSql(`create index "complaint_handling_agency_index" on "commerce"."complaint" ("handling_agency");`);
    this.addSql(`create index "complaint_handling_region_index" on "commerce"."complaint" ("handling_region");`);
    this.addSql(`create index "complaint_decision_due_at_index" on "commerce"."complaint" ("decision_due_at");`);
    this.addSql(`create index "complaint_answer_due_at_index" on "commerce"."complaint" ("answer_due_at");`);
    this.addSql(`create index "complaint_resulting_case_id_index" on "commerce"."complaint" ("resulting_case_id");`);
    this.addSql(`create table "commerce"."complaint_event" ("id" uuid not null, "complaint_id" uuid not null, "kind" text check ("kind" in ('FILED', 'ROUTED', 'ACCEPTED', 'DECLINED', 'ANSWERED')) not null, "at" timestamptz not null, "agency" text not null, "region" varchar(6) not null, "actor" varchar(200) not null, "to_agency" text null, "to_region" varchar(6) null, "note" text null, constraint "complaint_event_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_event_complaint_id_index" on "commerce"."complaint_event" ("complaint_id");`);
    this.addSql(`create table "commerce"."outreach_event" ("id" uuid not null, "title" varchar(200) not null, "held_on" date not null, "region" varchar(6) not null, "audience_kind" text check ("audience_kind" in ('FOREIGN_CHAMBER', 'FOREIGN_GOVERNMENT', 'FOREIGN_ENTERPRISES', 'MIXED')) not null, "audience" varchar(200) not null, "attendees" int null, "organiser" text not null, "topics" text[] not null, "typical_cases" text[] not null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, constraint "outreach_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outreach_event_held_on_index" on "commerce"."outreach_event" ("held_on");`);
    this.addSql(`create index "outreach_event_region_index" on "commerce"."outreach_event" ("region");`);
    this.addSql(`create index "outreach_event_organiser_index" on "commerce"."outreach_event" ("organiser");`);
    this.addSql(`alter table "commerce"."complaint" add constraint "complaint_filed_by_agency_foreign" foreign key ("filed_by_agency") references "commerce"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "commerce"."complaint" add constraint "complaint_handling_agency_foreign" foreign key ("handling_agency") references "commerce"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "commerce"."complaint_event" add constraint "complaint_event_complaint_id_foreign" foreign key ("complaint_id") references "commerce"."complaint" ("id") on update cascade;`);
    this.addSql(`alter table "commerce"."complaint_event" add constraint "complaint_event_agency_foreign" foreign key ("agency") references "commerce"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "commerce"."complaint_event" add constraint "complaint_event_to_agency_foreign" foreign key ("to_agency") references "commerce"."agency" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "commerce"."outreach_event" add constraint "outreach_event_organiser_foreign" foreign key ("organiser") references "commerce"."agency" ("code") on update cascade;`);
  }
}
