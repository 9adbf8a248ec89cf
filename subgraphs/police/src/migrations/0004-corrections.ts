import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Withdrawal (撤销) of criminal cases and cluster campaigns: the kit's Withdrawable columns. Their versions live in the kit's record_version table. */
export class Migration0004Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("police", "criminal_case"));
    this.addSql(withdrawableColumnsSql("police", "case_cluster"));
  }
}
