import { Migration0006SupervisionCorrections } from "./0006-supervision-corrections";
import { Migration0001Init } from "./0001-init";
import { Migration0002AgencyReference } from "./0002-agency-reference";
import { Migration0003Campaigns } from "./0003-campaigns";
import { Migration0004SupervisedFilingFromReferral } from "./0004-supervised-filing-from-referral";
import { Migration0005Corrections } from "./0005-corrections";
import { Migration0007Feeds } from "./0007-feeds";

/** In order; each runs once per database, recorded in procuratorate.mikro_orm_migrations. */
export const migrations = [
  { name: "0001-init", class: Migration0001Init },
  { name: "0002-agency-reference", class: Migration0002AgencyReference },
  { name: "0003-campaigns", class: Migration0003Campaigns },
  { name: "0004-supervised-filing-from-referral", class: Migration0004SupervisedFilingFromReferral },
  { name: "0005-corrections", class: Migration0005Corrections },
  { name: "0006-supervision-corrections", class: Migration0006SupervisionCorrections },
  { name: "0007-feeds", class: Migration0007Feeds },
];
