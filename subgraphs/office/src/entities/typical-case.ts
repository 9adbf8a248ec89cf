import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency, CampaignCode, DateField, RegionField, AgencyColumn, Withdrawable } from "@ipr/shared";
import { TypicalCaseRecordType } from "../typical-cases/records";

export enum PublicationStatus {
  UNPUBLISHED = "UNPUBLISHED",
  /** Published (公开发布) on publishedOn in outlet: once, as a publication cannot be taken back */
  PUBLISHED = "PUBLISHED",
}
registerEnumType(PublicationStatus, { name: "TypicalCasePublicationStatus", description: "Whether the typical case was published (公开发布)" });

/**
 * A typical case a unit reports with its monthly table (查处典型案例情况简述) or the office publishes.
 * It refers to the record it is about (type and id: the office creates the link); the record's
 * figures are read from its owner. Rows reported before records were linked keep their typed
 * agency and campaign and have no record.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A typical case, as reported with the monthly table" })
@Entity({ tableName: "typical_case" })
@Index({ properties: ["recordType", "recordId"] })
export class TypicalCase extends Withdrawable {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @RegionField()
  region!: string;

  @Field(() => String, { description: "The month it is reported for, YYYY-MM" })
  @Property({ type: "string", length: 7, index: true })
  period!: string;

  @Field(() => Agency, { description: "The agency that handled the case: the record's owner when there is a record" })
  @AgencyColumn()
  agency!: Agency;

  /** Typed only on rows without a record; with one, the `campaign` field reads the record's (resolvers/typical-case.ts). */
  @Enum({ items: () => CampaignCode, nullable: true })
  campaign?: CampaignCode | null;

  @Field(() => TypicalCaseRecordType, { nullable: true, description: "The kind of record it is about; null on typical cases reported before records were linked" })
  // any record type of the registry: checked by the GraphQL enum, so a new agency needs no migration here
  @Property({ type: "text", nullable: true })
  recordType?: TypicalCaseRecordType | null;

  /** The record's id in its owner's subgraph. */
  @Property({ type: "uuid", nullable: true })
  recordId?: string | null;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, { description: "A short account: what, who, how much, outcome" })
  @Property({ type: "text" })
  summary!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();

  @Field(() => PublicationStatus)
  @Enum({ items: () => PublicationStatus, default: PublicationStatus.UNPUBLISHED })
  publicationStatus: PublicationStatus & Opt = PublicationStatus.UNPUBLISHED;

  @DateField({ nullable: true, description: "Date it was published (China calendar); null while unpublished" })
  publishedOn?: (string & Opt) | null;

  @Field(() => String, { nullable: true, description: "Where it was published, e.g. a newspaper or the office's website" })
  @Property({ type: "string", length: 200, nullable: true })
  outlet?: (string & Opt) | null;

  @Field(() => String, { nullable: true, description: "Who recorded the publication (JWT sub)" })
  @Property({ type: "string", length: 200, nullable: true })
  publishedBy?: (string & Opt) | null;
}
