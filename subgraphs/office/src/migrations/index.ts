import { Migration0001Init } from "./0001-init";
import { Migration0002Campaigns } from "./0002-campaigns";
import { Migration0003Submissions } from "./0003-submissions";
import { Migration0004Audit } from "./0004-audit";

/** In order; each runs once per database, recorded in office.mikro_orm_migrations. */
export const migrations = [
  { name: "0001-init", class: Migration0001Init },
  { name: "0002-campaigns", class: Migration0002Campaigns },
  { name: "0003-submissions", class: Migration0003Submissions },
  { name: "0004-audit", class: Migration0004Audit },
];
