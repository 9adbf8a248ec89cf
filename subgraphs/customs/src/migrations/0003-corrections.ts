import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Withdrawal (撤销) of detentions, recordations and joint operations: the kit's Withdrawable columns. Versions live in the kit's record_version table. */
export class Migration0003Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("customs", "customs_seizure"));
    this.addSql(withdrawableColumnsSql("customs", "customs_recordation"));
    this.addSql(withdrawableColumnsSql("customs", "customs_joint_operation"));
  }
}
