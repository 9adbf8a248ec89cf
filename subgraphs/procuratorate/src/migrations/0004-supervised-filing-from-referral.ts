import { Migration } from "@mikro-orm/migrations";

/**
 * The criminal case filed under supervision is the referral's fact (linkage's `criminalCaseId`), so
 * the supervision's copy goes. What an old row named is kept in its FILED event's note; a row whose
 * referral linkage does not record FILED shows up as a data-quality issue (SUPERVISED_FILING_NOT_ON_REFERRAL).
 */
export class Migration0004SupervisedFilingFromReferral extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "procuratorate"."filing_supervision_event" e
      set "note" = concat_ws(' ', e."note", '(recorded with criminal case ' || s."criminal_case_id" || ' before the filing was read from the referral)')
      from "procuratorate"."filing_supervision" s
      where e."supervision_id" = s."id" and e."kind" = 'FILED' and s."criminal_case_id" is not null;`);
    this.addSql(`drop index if exists "procuratorate"."filing_supervision_criminal_case_id_index";`);
    this.addSql(`alter table "procuratorate"."filing_supervision" drop column "criminal_case_id";`);
  }
}
