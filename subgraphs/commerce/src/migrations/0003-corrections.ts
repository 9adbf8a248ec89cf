import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Withdrawal (撤销) of complaints and outreach events: the kit's Withdrawable columns. Their versions live in the kit's record_version table. */
export class Migration0003Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("commerce", "complaint"));
    this.addSql(withdrawableColumnsSql("commerce", "outreach_event"));
  }
}
