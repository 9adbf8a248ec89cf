import { Migration0001Init } from "./0001-init";
import { Migration0002CaseOutcomes } from "./0002-case-outcomes";
import { Migration0003Corrections } from "./0003-corrections";
import { Migration0005Feeds } from "./0005-feeds";
import { Migration0009EnterpriseCorrections } from "./0009-enterprise-corrections";

/** In order; each runs once per database, recorded in saic.mikro_orm_migrations. */
export const migrations = [
  { name: "0001-init", class: Migration0001Init },
  { name: "0002-case-outcomes", class: Migration0002CaseOutcomes },
  { name: "0003-corrections", class: Migration0003Corrections },
  { name: "0005-feeds", class: Migration0005Feeds },
  { name: "0009-enterprise-corrections", class: Migration0009EnterpriseCorrections },
];
