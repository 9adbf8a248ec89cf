import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Filing supervisions and duty-crime cases can be withdrawn too (docs/corrections.md). */
export class Migration0006SupervisionCorrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("procuratorate", "filing_supervision"));
    this.addSql(withdrawableColumnsSql("procuratorate", "misconduct_case"));
  }
}
