import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** Referrals and the exchanges (clues, evidence transfers, assistance requests) can be withdrawn (docs/corrections.md). */
export class Migration0005Corrections extends Migration {
  override async up(): Promise<void> {
    for (const table of ["referral", "clue", "evidence_transfer", "assistance_request"]) this.addSql(withdrawableColumnsSql("linkage", table));
  }
}
