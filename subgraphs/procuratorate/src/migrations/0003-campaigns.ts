import { Migration } from "@mikro-orm/migrations";

/** Campaign codes on arrest reviews and prosecutions. Generated with `npm run migration:sql -- procuratorate`. */
export class Migration0003Campaigns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "procuratorate"."arrest_review" add column "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null;`);
    this.addSql(`alter table "procuratorate"."prosecution" add column "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null;`);
  }
}
