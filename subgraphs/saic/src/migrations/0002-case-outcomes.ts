import { Migration } from "@mikro-orm/migrations";

/**
 * The outcome of an administrative case (结案): the kit's AdminCase outcome columns, empty while a
 * case is open. Generated with `npm run migration:sql -- saic`.
 */
export class Migration0002CaseOutcomes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "saic"."saic_case" add column "closed_on" date null, add column "outcome" text check ("outcome" in ('PENALISED', 'REFERRED_TO_POLICE', 'NOT_PENALISED', 'TRANSFERRED')) null, add column "penalty_decision_number" varchar(100) null, add column "fine" numeric(18,2) null, add column "confiscated_gains" numeric(18,2) null, add column "goods_confiscated" text null, add column "goods_destroyed" text null, add column "outcome_reason" text null;`);
    this.addSql(`create index "saic_case_closed_on_index" on "saic"."saic_case" ("closed_on");`);
  }
}
