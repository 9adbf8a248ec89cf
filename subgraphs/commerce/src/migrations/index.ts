import { Migration0001Init } from "./0001-init";

/** In order; each runs once per database, recorded in commerce.mikro_orm_migrations. */
export const migrations = [{ name: "0001-init", class: Migration0001Init }];
