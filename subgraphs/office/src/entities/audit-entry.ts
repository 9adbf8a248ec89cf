import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Agency, AgencyColumn } from "@ipr/shared";

/** How a request through the gateway ended. */
export enum AuditOutcome {
  /** Executed without errors. */
  SUCCESS = "SUCCESS",
  /** Executed; some fields returned data, others errors. */
  PARTIAL = "PARTIAL",
  /** Executed (or tried to) and returned errors and no data. */
  ERROR = "ERROR",
  /** Refused before execution: no or bad token, unparsable or invalid document, limits. */
  REFUSED = "REFUSED",
}
registerEnumType(AuditOutcome, { name: "AuditOutcome", description: "How an audited request ended" });

export enum AuditOperationType {
  QUERY = "QUERY",
  MUTATION = "MUTATION",
  SUBSCRIPTION = "SUBSCRIPTION",
}
registerEnumType(AuditOperationType, { name: "AuditOperationType", description: "The GraphQL operation type of an audited request" });

/**
 * One request through the gateway (审计日志): who, what, which agencies' subgraphs it reached, when and
 * how it ended. Written only by the gateway through the signed internal route, append-only (a
 * database trigger refuses UPDATE, DELETE and TRUNCATE), read by the office through `auditEntries`.
 */
@ObjectType({ description: "One request through the gateway, as the audit trail recorded it" })
@Entity({ tableName: "audit_entry" })
export class AuditEntry {
  @Field(() => ID, { description: "Assigned by the gateway, so a retried delivery is recorded once" })
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Field(() => Date, { description: "When the gateway received the request" })
  @Property({ type: "datetime", index: true })
  at!: Date;

  @Field(() => String, { description: "The caller's token subject; `anonymous` when the request carried no valid token" })
  @Property({ type: "string", length: 200, index: true })
  sub!: string;

  @Field(() => Agency, { nullable: true, description: "The caller's agency; null for anonymous requests" })
  @AgencyColumn({ nullable: true })
  agency?: Agency | null;

  @Field(() => String, { nullable: true, description: "The caller's region (6-digit GB/T 2260); null for anonymous requests" })
  @Property({ type: "string", length: 6, nullable: true, index: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: "string", length: 200, nullable: true })
  operationName?: string | null;

  @Field(() => AuditOperationType, { nullable: true, description: "Null when the document could not be read" })
  @Enum({ items: () => AuditOperationType, nullable: true })
  operationType?: AuditOperationType | null;

  @Field(() => String, { nullable: true, description: "SHA-256 (hex) of the GraphQL document text; null when the request had none" })
  @Property({ type: "string", length: 64, nullable: true })
  documentHash?: string | null;

  /** As the gateway sent it, personal data (names, ID numbers, birth dates) already replaced by "[redacted]". */
  @Property({ type: "json", nullable: true })
  variables?: Record<string, unknown> | null;

  @Field(() => [String], { description: "The subgraphs the query plan called, e.g. [\"saic\", \"linkage\"]" })
  @Property({ type: "json" })
  subgraphs!: string[];

  @Field(() => AuditOutcome, { nullable: true, description: "Null only for a quarantined entry whose outcome could not be read" })
  @Enum({ items: () => AuditOutcome, nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => [String], { description: "The distinct `extensions.code` values of the errors returned" })
  @Property({ type: "json" })
  errorCodes!: string[];

  @Field(() => Int, { nullable: true, description: "Null only for a quarantined entry whose duration could not be read" })
  @Property({ type: "integer", nullable: true })
  durationMs?: number | null;

  @Field(() => String, { nullable: true, description: "The client's address as the gateway saw it" })
  @Property({ type: "string", length: 64, nullable: true })
  clientAddress?: string | null;

  @Field(() => Boolean, {
    description:
      "The entry held text PostgreSQL cannot store (NUL, unpaired surrogates): every string of it is escaped, a backslash doubled and such a character written as \\uXXXX",
  })
  @Property({ type: "boolean", default: false })
  escaped: Opt<boolean> = false;

  @Field(() => Boolean, { description: "The entry could not be recorded as delivered (malformed, or refused by the database): what could be read is kept, and `raw` holds it all" })
  @Property({ type: "boolean", default: false })
  quarantined: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: "Why the entry is quarantined" })
  @Property({ type: "string", length: 500, nullable: true })
  quarantineReason?: string | null;

  /** A quarantined entry as delivered, as JSON text with every string escaped; exposed through the field resolver. */
  @Property({ type: "text", nullable: true })
  raw?: string | null;
}

export const AUDIT_OUTCOMES = Object.values(AuditOutcome);
export const AUDIT_OPERATION_TYPES = Object.values(AuditOperationType);
