import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CampaignCode, Withdrawable } from "@ipr/shared";
import { CriminalCase } from "./criminal-case";

/**
 * A cluster campaign (集群战役): criminal cases of several regions struck as one whole chain
 * (全链条打击) under a lead region. It is visible to every police, procuratorate or court that can
 * see its lead region or any of its member cases; `members` still shows each caller only the cases
 * of its own region, as every other list does.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A police cluster campaign (集群战役) tying criminal cases of several regions into one whole-chain strike" })
@Entity({ tableName: "case_cluster" })
export class CaseCluster extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { description: "Region of the police leading the cluster (主办地), 6-digit GB/T 2260 code" })
  @Property({ type: "string", length: 6, index: true })
  leadRegion!: string;

  @Field(() => CampaignCode)
  @Enum({ items: () => CampaignCode })
  campaign!: CampaignCode;

  @Field(() => [String], { description: "The member cases' regions, sorted (at least two)" })
  @Property({ type: "text[]" })
  regions!: string[];

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}

/** One criminal case's place in a cluster; `region` is copied from the case so scopes need no join. */
@Entity({ tableName: "case_cluster_member" })
@Unique({ properties: ["cluster", "criminalCase"] })
export class CaseClusterMember {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => CaseCluster })
  cluster!: CaseCluster;

  @ManyToOne({ entity: () => CriminalCase, index: true })
  criminalCase!: CriminalCase;

  @Property({ type: "string", length: 6, index: true })
  region!: string;

  /** Place in the input's list, so `members` keeps the order errors like `memberCaseIds[1]` refer to. */
  @Property({ type: "smallint" })
  position!: number;
}
