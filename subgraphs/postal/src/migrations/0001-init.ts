import { Migration } from "@mikro-orm/migrations";

/** Generated from the entities with `npm run migration:sql`, then reviewed. */
export class Migration0001Init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "postal"."courier_compliance_check" ("id" uuid not null, "region" varchar(6) not null, "checked_on" date not null, "courier_credit_code" varchar(18) not null, "courier_name" varchar(200) not null, "outlet_name" varchar(200) not null, "inspection_on_receipt" boolean not null, "real_name" boolean not null, "xray" boolean not null, "violations" text null, "penalty_amount" numeric(18,2) null, "created_at" timestamptz not null, constraint "courier_compliance_check_pkey" primary key ("id"));`);
    this.addSql(`create index "courier_compliance_check_region_index" on "postal"."courier_compliance_check" ("region");`);
    this.addSql(`create index "courier_compliance_check_checked_on_index" on "postal"."courier_compliance_check" ("checked_on");`);
    this.addSql(`create index "courier_compliance_check_courier_credit_code_index" on "postal"."courier_compliance_check" ("courier_credit_code");`);

    this.addSql(`create table "postal"."postal_interception" ("id" uuid not null, "case_number" varchar(100) not null, "region" varchar(6) not null, "right_holder_credit_code" varchar(18) not null, "infringer_credit_code" varchar(18) null, "foreign_invested" boolean not null, "amount_involved" numeric(18,2) not null, "campaign" text check ("campaign" in ('FOREIGN_INVESTED_IP_2017', 'THUNDER', 'SWORD_NET_2017', 'GREEN_SHIELD', 'LONGTENG', 'SEED_ENFORCEMENT', 'CLUSTER_CAMPAIGN')) null, "description" text null, "created_at" timestamptz not null, "intercepted_on" date not null, "tracking_number" varchar(40) not null, "courier_credit_code" varchar(18) not null, "courier_name" varchar(200) not null, "origin" varchar(6) not null, "destination" varchar(6) not null, "cross_border_ecommerce" boolean not null, "control" text check ("control" in ('INSPECTION_ON_RECEIPT', 'REAL_NAME', 'XRAY')) not null, "goods" text not null, "item_count" int not null, constraint "postal_interception_pkey" primary key ("id"));`);
    this.addSql(`alter table "postal"."postal_interception" add constraint "postal_interception_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "postal_interception_region_index" on "postal"."postal_interception" ("region");`);
    this.addSql(`create index "postal_interception_right_holder_credit_code_index" on "postal"."postal_interception" ("right_holder_credit_code");`);
    this.addSql(`create index "postal_interception_infringer_credit_code_index" on "postal"."postal_interception" ("infringer_credit_code");`);
    this.addSql(`create index "postal_interception_intercepted_on_index" on "postal"."postal_interception" ("intercepted_on");`);
    this.addSql(`create index "postal_interception_courier_credit_code_index" on "postal"."postal_interception" ("courier_credit_code");`);
    this.addSql(`create index "postal_interception_cross_border_ecommerce_index" on "postal"."postal_interception" ("cross_border_ecommerce");`);
    this.addSql(`create index "postal_interception_control_index" on "postal"."postal_interception" ("control");`);
  }
}
