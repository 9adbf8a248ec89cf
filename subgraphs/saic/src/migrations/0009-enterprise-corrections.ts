import { Migration } from "@mikro-orm/migrations";
import { withdrawableColumnsSql } from "@ipr/shared";

/** The register's enterprises: their address, and withdrawal (撤销) by the kit's Withdrawable columns. */
export class Migration0009EnterpriseCorrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "saic"."enterprise" add column "address" varchar(300) null;`);
    this.addSql(withdrawableColumnsSql("saic", "enterprise"));
  }
}
