import { Migration0001Init } from "./0001-init";
import { Migration0002CriminalThresholds } from "./0002-criminal-thresholds";
import { Migration0003FiledUnderSupervision } from "./0003-filed-under-supervision";
import { Migration0004AgencyReference } from "./0004-agency-reference";
import { Migration0005Corrections } from "./0005-corrections";
import { Migration0006Feeds } from "./0006-feeds";

/** In order; each runs once per database, recorded in linkage.mikro_orm_migrations. */
export const migrations = [
  { name: "0001-init", class: Migration0001Init },
  { name: "0002-criminal-thresholds", class: Migration0002CriminalThresholds },
  { name: "0003-filed-under-supervision", class: Migration0003FiledUnderSupervision },
  { name: "0004-agency-reference", class: Migration0004AgencyReference },
  { name: "0005-corrections", class: Migration0005Corrections },
  { name: "0006-feeds", class: Migration0006Feeds },
];
