import { Migration } from "@mikro-orm/migrations";

/** Campaign codes on court cases. Generated with `npm run migration:sql -- courts`. */
export class Migration0002Campaigns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "courts"."court_case" add column "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null;`);
  }
}
