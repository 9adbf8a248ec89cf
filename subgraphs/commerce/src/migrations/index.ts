import { Migration0001Init } from "./0001-init";
import { Migration0002ComplaintsOutreach } from "./0002-complaints-outreach";
import { Migration0003Corrections } from "./0003-corrections";
import { Migration0005Feeds } from "./0005-feeds";

/** In order; each runs once per database, recorded in commerce.mikro_orm_migrations. */
export const migrations = [
  { name: "0001-init", class: Migration0001Init },
  { name: "0002-complaints-outreach", class: Migration0002ComplaintsOutreach },
  { name: "0003-corrections", class: Migration0003Corrections },
  { name: "0005-feeds", class: Migration0005Feeds },
];
