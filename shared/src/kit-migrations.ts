import type { Constructor } from "@mikro-orm/core";
import { Migration } from "@mikro-orm/migrations";
import { agencyReferenceSql } from "./agency-reference";
import { RECORD_VERSION_TABLE, recordVersionClosedSql, recordVersionSql } from "./record-history";
import { IMPORT_BATCH_TABLE, IMPORT_ROW_TABLE, importTablesSql } from "./imports/store";

/** Tables the kit keeps in every agency's schema, beside the agency's own (they have no entities). */
export const IDEMPOTENCY_TABLE = "ipr_idempotency_key";
export const KIT_TABLES = [IDEMPOTENCY_TABLE, RECORD_VERSION_TABLE, IMPORT_BATCH_TABLE, IMPORT_ROW_TABLE];

/**
 * The kit's migrations, run after the agency's own and recorded in the same `mikro_orm_migrations`
 * table, so the deployment's locked migration step applies them too. Names start with `kit-`.
 */
export function kitMigrations(schema: string): Array<{ name: string; class: Constructor<Migration> }> {
  class KitIdempotencyKeys extends Migration {
    override async up(): Promise<void> {
      // one row per (caller, key): the request it answered (hash) and the answer, replayed on a retry
      this.addSql(
        `create table "${schema}"."${IDEMPOTENCY_TABLE}" ("agency" text not null, "sub" text not null, "key" text not null, ` +
          `"request_hash" char(64) not null, "response" json not null, "created_at" timestamptz not null default now(), ` +
          `constraint "${IDEMPOTENCY_TABLE}_pkey" primary key ("agency", "sub", "key"));`,
      );
      this.addSql(`create index "${IDEMPOTENCY_TABLE}_created_at_index" on "${schema}"."${IDEMPOTENCY_TABLE}" ("created_at");`);
    }
  }
  class KitAgencyReference extends Migration {
    override async up(): Promise<void> {
      for (const sql of agencyReferenceSql(schema)) this.addSql(sql);
    }
  }
  class KitRecordHistory extends Migration {
    override async up(): Promise<void> {
      // the versions of every correctable record of this agency (record-history.ts), whatever its type
      for (const sql of recordVersionSql(schema)) this.addSql(sql);
    }
  }
  class KitClosedVersions extends Migration {
    override async up(): Promise<void> {
      for (const sql of recordVersionClosedSql(schema)) this.addSql(sql);
    }
  }
  class KitImports extends Migration {
    override async up(): Promise<void> {
      // bulk imports (imports/store.ts): a batch per upload and its staged rows until it is written
      for (const sql of importTablesSql(schema)) this.addSql(sql);
    }
  }
  return [
    { name: "kit-0001-idempotency-keys", class: KitIdempotencyKeys },
    { name: "kit-0002-agency-reference", class: KitAgencyReference },
    { name: "kit-0003-record-history", class: KitRecordHistory },
    { name: "kit-0004-closed-versions", class: KitClosedVersions },
    { name: "kit-0006-imports", class: KitImports },
  ];
}
