import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Withdrawal (撤销) of interceptions and compliance checks: the kit's Withdrawable columns. Versions live in the kit's record_version table. */
export class Migration0003Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("postal", "postal_interception"));
    this.addSql(withdrawableColumnsSql("postal", "courier_compliance_check"));
  }
}
