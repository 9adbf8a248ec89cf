import { Migration } from "@mikro-orm/migrations";

/** A declined referral filed on the procuratorate's order gets its own event kind. Generated with `npm run migration:sql -- linkage`. */
export class Migration0003FiledUnderSupervision extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "linkage"."referral_event" drop constraint if exists "referral_event_kind_check";`);
    this.addSql(`alter table "linkage"."referral_event" add constraint "referral_event_kind_check" check("kind" in ('SENT', 'FILED', 'DECLINED', 'RECONSIDERATION_REQUESTED', 'RECONSIDERATION_DECLINED', 'FILED_UNDER_SUPERVISION'));`);
  }
}
