import { Migration0001Init } from "./0001-init";
import { Migration0002Clusters } from "./0002-clusters";
import { Migration0004Corrections } from "./0004-corrections";
import { Migration0006Feeds } from "./0006-feeds";

/** In order; each runs once per database, recorded in police.mikro_orm_migrations. */
export const migrations = [
  { name: "0001-init", class: Migration0001Init },
  { name: "0002-clusters", class: Migration0002Clusters },
  { name: "0004-corrections", class: Migration0004Corrections },
  { name: "0006-feeds", class: Migration0006Feeds },
];
