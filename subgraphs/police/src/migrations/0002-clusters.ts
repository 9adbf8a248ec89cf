import { Migration } from "@mikro-orm/migrations";

/** Campaign codes on criminal cases, and cluster campaigns (集群战役). Generated with `npm run migration:sql -- police`. */
export class Migration0002Clusters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "police"."case_cluster" ("id" uuid not null, "name" varchar(200) not null, "lead_region" varchar(6) not null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) not null, "regions" text[] not null, "created_at" timestamptz not null, constraint "case_cluster_pkey" primary key ("id"));`);
    this.addSql(`create index "case_cluster_lead_region_index" on "police"."case_cluster" ("lead_region");`);
    this.addSql(`create table "police"."case_cluster_member" ("id" uuid not null, "cluster_id" uuid not null, "criminal_case_id" uuid not null, "region" varchar(6) not null, "position" smallint not null, constraint "case_cluster_member_pkey" primary key ("id"));`);
    this.addSql(`create index "case_cluster_member_criminal_case_id_index" on "police"."case_cluster_member" ("criminal_case_id");`);
    this.addSql(`create index "case_cluster_member_region_index" on "police"."case_cluster_member" ("region");`);
    this.addSql(`alter table "police"."case_cluster_member" add constraint "case_cluster_member_cluster_id_criminal_case_id_unique" unique ("cluster_id", "criminal_case_id");`);
    this.addSql(`alter table "police"."case_cluster_member" add constraint "case_cluster_member_cluster_id_foreign" foreign key ("cluster_id") references "police"."case_cluster" ("id") on update cascade;`);
    this.addSql(`alter table "police"."case_cluster_member" add constraint "case_cluster_member_criminal_case_id_foreign" foreign key ("criminal_case_id") references "police"."criminal_case" ("id") on update cascade;`);
    this.addSql(`alter table "police"."criminal_case" add column "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null;`);
  }
}
