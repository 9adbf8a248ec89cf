import { Migration } from "@mikro-orm/migrations";
import { agencyReferenceSql } from "@ipr/shared";

/**
 * Agencies and referable case types become reference data: agency columns reference the kit's
 * `agency` table, and the source type is any the registry declares (checked by the GraphQL enum),
 * instead of CHECK constraints listing them (which a new agency would have had to change).
 * Generated with `npm run migration:sql -- linkage`.
 */
export class Migration0004AgencyReference extends Migration {
  override async up(): Promise<void> {
    // the reference table first (the kit's own migration, which also creates it, runs after the agency's)
    for (const sql of agencyReferenceSql("linkage")) this.addSql(sql);
    this.addSql(`alter table "linkage"."assistance_request" drop constraint if exists "assistance_request_from_agency_check";`);
    this.addSql(`alter table "linkage"."assistance_request" drop constraint if exists "assistance_request_to_agency_check";`);
    this.addSql(`alter table "linkage"."assistance_request" drop constraint if exists "assistance_request_case_type_check";`);
    this.addSql(`alter table "linkage"."clue" drop constraint if exists "clue_from_agency_check";`);
    this.addSql(`alter table "linkage"."clue" drop constraint if exists "clue_to_agency_check";`);
    this.addSql(`alter table "linkage"."clue" drop constraint if exists "clue_case_type_check";`);
    this.addSql(`alter table "linkage"."evidence_transfer" drop constraint if exists "evidence_transfer_from_agency_check";`);
    this.addSql(`alter table "linkage"."evidence_transfer" drop constraint if exists "evidence_transfer_to_agency_check";`);
    this.addSql(`alter table "linkage"."evidence_transfer" drop constraint if exists "evidence_transfer_case_type_check";`);
    this.addSql(`alter table "linkage"."referral" drop constraint if exists "referral_source_type_check";`);
    this.addSql(`alter table "linkage"."referral" drop constraint if exists "referral_from_agency_check";`);
    this.addSql(`alter table "linkage"."referral_event" drop constraint if exists "referral_event_agency_check";`);
    this.addSql(`alter table "linkage"."assistance_request" alter column "from_agency" type text using ("from_agency"::text);`);
    this.addSql(`alter table "linkage"."assistance_request" alter column "to_agency" type text using ("to_agency"::text);`);
    this.addSql(`alter table "linkage"."assistance_request" alter column "case_type" type text using ("case_type"::text);`);
    this.addSql(`alter table "linkage"."assistance_request" add constraint "assistance_request_from_agency_foreign" foreign key ("from_agency") references "linkage"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "linkage"."assistance_request" add constraint "assistance_request_to_agency_foreign" foreign key ("to_agency") references "linkage"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "linkage"."clue" alter column "from_agency" type text using ("from_agency"::text);`);
    this.addSql(`alter table "linkage"."clue" alter column "to_agency" type text using ("to_agency"::text);`);
    this.addSql(`alter table "linkage"."clue" alter column "case_type" type text using ("case_type"::text);`);
    this.addSql(`alter table "linkage"."clue" add constraint "clue_from_agency_foreign" foreign key ("from_agency") references "linkage"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "linkage"."clue" add constraint "clue_to_agency_foreign" foreign key ("to_agency") references "linkage"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "linkage"."evidence_transfer" alter column "from_agency" type text using ("from_agency"::text);`);
    this.addSql(`alter table "linkage"."evidence_transfer" alter column "to_agency" type text using ("to_agency"::text);`);
    this.addSql(`alter table "linkage"."evidence_transfer" alter column "case_type" type text using ("case_type"::text);`);
    this.addSql(`alter table "linkage"."evidence_transfer" add constraint "evidence_transfer_from_agency_foreign" foreign key ("from_agency") references "linkage"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "linkage"."evidence_transfer" add constraint "evidence_transfer_to_agency_foreign" foreign key ("to_agency") references "linkage"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "linkage"."referral" alter column "source_type" type text using ("source_type"::text);`);
    this.addSql(`alter table "linkage"."referral" alter column "from_agency" type text using ("from_agency"::text);`);
    this.addSql(`alter table "linkage"."referral" add constraint "referral_from_agency_foreign" foreign key ("from_agency") references "linkage"."agency" ("code") on update cascade;`);
    this.addSql(`alter table "linkage"."referral_event" alter column "agency" type text using ("agency"::text);`);
    this.addSql(`alter table "linkage"."referral_event" add constraint "referral_event_agency_foreign" foreign key ("agency") references "linkage"."agency" ("code") on update cascade;`);
  }
}
