import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Withdrawal (撤销) of arrest reviews and prosecution decisions: the kit's Withdrawable columns. Their versions live in the kit's record_version table. */
export class Migration0005Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("procuratorate", "arrest_review"));
    this.addSql(withdrawableColumnsSql("procuratorate", "prosecution"));
  }
}
