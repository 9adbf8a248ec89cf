import { Migration } from "@mikro-orm/migrations";
import { changeTrackingSql } from "@ipr/shared";

/** BI feeds' incremental refresh: `updated_at` on the records the feeds list, stamped by a trigger on every insert and update. */
export class Migration0006Feeds extends Migration {
  override async up(): Promise<void> {
    for (const sql of changeTrackingSql("linkage", "referral")) this.addSql(sql);
  }
}
