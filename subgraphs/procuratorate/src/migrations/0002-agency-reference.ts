import { Migration } from "@mikro-orm/migrations";
import { agencyReferenceSql } from "@ipr/shared";

/**
 * Agencies become reference data: the agency columns reference the kit's `agency` table instead of
 * each carrying a CHECK constraint that lists them (which a new agency would have had to change).
 * Generated with `npm run migration:sql -- procuratorate`.
 */
export class Migration0002AgencyReference extends Migration {
  override async up(): Promise<void> {
    // the reference table first (the kit's own migration, which also creates it, runs after the agency's)
    for (const sql of agencyReferenceSql("procuratorate")) this.addSql(sql);
    this.addSql(`alter table "procuratorate"."filing_supervision_event" drop constraint if exists "filing_supervision_event_agency_check";`);
    this.addSql(`alter table "procuratorate"."misconduct_case" drop constraint if exists "misconduct_case_official_agency_check";`);
    this.addSql(`alter table "procuratorate"."filing_supervision_event" alter column "agency" type text using ("agency"::text);`);
    this.addSql(`alter table "procuratorate"."filing_supervision_event" add constraint "filing_supervision_event_agency_foreign" foreign key ("agency") references "procuratorate"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "procuratorate"."misconduct_case" alter column "official_agency" type text using ("official_agency"::text);`);
    this.addSql(`alter table "procuratorate"."misconduct_case" add constraint "misconduct_case_official_agency_foreign" foreign key ("official_agency") references "procuratorate"."agency" ("code") on update cascade on delete set null;`);
  }
}
