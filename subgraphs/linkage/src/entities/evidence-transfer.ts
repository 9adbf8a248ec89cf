import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Exchange } from "./exchange";

export enum EvidenceTransferStatus {
  SENT = "SENT",
  /** Received and every item's SHA-256 matched what was sent. */
  RECEIVED = "RECEIVED",
  /** Received, but at least one item's hash differs: the chain of custody is broken. */
  INTEGRITY_MISMATCH = "INTEGRITY_MISMATCH",
}
registerEnumType(EvidenceTransferStatus, { name: "EvidenceTransferStatus" });

export enum EvidenceKind {
  DOCUMENT = "DOCUMENT",
  PHOTO = "PHOTO",
  VIDEO = "VIDEO",
  ELECTRONIC_DATA = "ELECTRONIC_DATA",
  PHYSICAL_SAMPLE = "PHYSICAL_SAMPLE",
}
registerEnumType(EvidenceKind, { name: "EvidenceKind" });

/** Evidence handed from an administrative agency to the police or between agencies (证据移转). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Evidence handed over between agencies (证据移转), each item fingerprinted with SHA-256" })
@Entity({ tableName: "evidence_transfer" })
export class EvidenceTransfer extends Exchange {
  @Property({ type: "uuid", nullable: true, index: true })
  referralId?: string | null;

  @Field(() => EvidenceTransferStatus)
  @Enum({ items: () => EvidenceTransferStatus })
  status: EvidenceTransferStatus & Opt = EvidenceTransferStatus.SENT;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  receivedAt: (Date & Opt) | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: "string", length: 200, nullable: true })
  receivedBy: (string & Opt) | null = null;
}

@ObjectType({ description: "One item of an evidence transfer" })
@Entity({ tableName: "evidence_item" })
export class EvidenceItem {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne({ entity: () => EvidenceTransfer, index: true })
  transfer!: EvidenceTransfer;

  @Field(() => Int, { description: "Position in the transfer's list" })
  @Property({ type: "smallint" })
  position!: number;

  @Field(() => EvidenceKind)
  @Enum({ items: () => EvidenceKind })
  kind!: EvidenceKind;

  @Field(() => String)
  @Property({ type: "text" })
  description!: string;

  @Field(() => String, { description: "SHA-256 of the item's file as sent, 64 hex digits" })
  @Property({ type: "string", length: 64 })
  sha256!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: "bigint", nullable: true })
  sizeBytes?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the receiver's hash matched; null until received" })
  @Property({ type: "boolean", nullable: true })
  intact: (boolean & Opt) | null = null;
}
