import { Migration } from "@mikro-orm/migrations";
import { changeTrackingSql, parentChangeSql } from "@ipr/shared";

/** BI feeds' incremental refresh: `updated_at` on the records the feeds list, stamped by a trigger on every insert and update. */
export class Migration0005Feeds extends Migration {
  override async up(): Promise<void> {
    for (const sql of changeTrackingSql("courts", "court_case")) this.addSql(sql);
    // a judgment is part of its court case: recording or correcting one changes the case
    for (const sql of parentChangeSql("courts", "judgment", "court_case_id", "court_case")) this.addSql(sql);
  }
}
