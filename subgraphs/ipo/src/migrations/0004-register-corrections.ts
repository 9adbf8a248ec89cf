import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** The register can be corrected and withdrawn (docs/corrections.md). */
export class Migration0004RegisterCorrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(withdrawableColumnsSql("ipo", "patent"));
  }
}
