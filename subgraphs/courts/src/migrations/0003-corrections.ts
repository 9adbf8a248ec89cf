import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";
import { LIVE_JUDGMENT_INDEX } from "../entities/judgment";

/**
 * Withdrawal (撤销) of court cases and judgments: the kit's Withdrawable columns (their versions live in
 * the kit's record_version table). One judgment per case now means one live judgment: a withdrawn
 * judgment stays, and the judgment recorded again takes its place.
 */
export class Migration0003Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("courts", "court_case"));
    this.addSql(withdrawableColumnsSql("courts", "judgment"));
    this.addSql(`alter table "courts"."judgment" drop constraint "judgment_court_case_id_unique";`);
    this.addSql(LIVE_JUDGMENT_INDEX + ";");
  }
}
