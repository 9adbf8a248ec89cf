import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Withdrawal (撤销) of cases and software inspections: the kit's Withdrawable columns. Versions live in the kit's record_version table. */
export class Migration0003Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("press", "copyright_case"));
    this.addSql(withdrawableColumnsSql("press", "software_legalisation_check"));
  }
}
