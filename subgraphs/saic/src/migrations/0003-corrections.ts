import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Withdrawal (撤销) of a case: the kit's Withdrawable columns. Its versions live in the kit's record_version table. */
export class Migration0003Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("saic", "saic_case"));
  }
}
