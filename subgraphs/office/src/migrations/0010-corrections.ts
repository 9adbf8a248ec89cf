import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** The office's own records can be withdrawn: major-case reports, supervisions, typical cases (docs/corrections.md). */
export class Migration0010Corrections extends Migration {
  override async up(): Promise<void> {
    for (const table of ["major_case_report", "supervision", "typical_case"]) this.addSql(withdrawableColumnsSql("office", table));
  }
}
