import { Migration } from "@mikro-orm/migrations";
import { agencyReferenceSql } from "@ipr/shared";

/**
 * Agencies become reference data: the agency columns reference the kit's `agency` table instead of
 * each carrying a CHECK constraint that lists them (which a new agency would have had to change).
 * Generated with `npm run migration:sql -- office`.
 */
export class Migration0006AgencyReference extends Migration {
  override async up(): Promise<void> {
    // the reference table first (the kit's own migration, which also creates it, runs after the agency's)
    for (const sql of agencyReferenceSql("office")) this.addSql(sql);
    this.addSql(`alter table "office"."audit_entry" drop constraint if exists "audit_entry_agency_check";`);
    this.addSql(`alter table "office"."campaign" drop constraint if exists "campaign_lead_agency_check";`);
    this.addSql(`alter table "office"."typical_case" drop constraint if exists "typical_case_agency_check";`);
    this.addSql(`alter table "office"."audit_entry" alter column "agency" type text using ("agency"::text);`);
    this.addSql(`alter table "office"."audit_entry" add constraint "audit_entry_agency_foreign" foreign key ("agency") references "office"."agency" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "office"."campaign" alter column "lead_agency" type text using ("lead_agency"::text);`);
    this.addSql(`alter table "office"."campaign" add constraint "campaign_lead_agency_foreign" foreign key ("lead_agency") references "office"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "office"."typical_case" alter column "agency" type text using ("agency"::text);`);
    this.addSql(`alter table "office"."typical_case" add constraint "typical_case_agency_foreign" foreign key ("agency") references "office"."agency" ("code") on update cascade;`);
  }
}
