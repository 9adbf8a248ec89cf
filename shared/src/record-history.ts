import { Entity, Enum, PrimaryKey, Property, Unique, type EntityManager } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Agency } from "./agency";
import type { Context } from "./context";
import { newId } from "./ids";
import { declaredRule } from "./policy";

/** What a version of a record did. Version numbers count the changes after creation: 1 is the first. */
export enum VersionAction {
  CORRECTED = "CORRECTED",
  WITHDRAWN = "WITHDRAWN",
  /** The case was closed with its outcome (结案): the outcome's fields, from null. */
  CLOSED = "CLOSED",
}
registerEnumType(VersionAction, { name: "VersionAction", description: "What a change to a record did" });

export const RECORD_VERSION_TABLE = "record_version";

/** A stored value in a version row: what a column held, as JSON (decimals and dates as their strings). */
export type StoredValue = string | number | boolean | null;
export type Changes = Record<string, { from: StoredValue; to: StoredValue }>;

/** One change to one record, kept for good in the owner's schema (`record_version`, kit migration 0003). */
@Entity({ tableName: RECORD_VERSION_TABLE })
@Unique({ properties: ["recordType", "recordId", "version"] })
export class RecordVersionRow {
  @PrimaryKey({ type: "uuid" }) id: string = newId();
  /** The GraphQL type name, e.g. SaicCase. */
  @Property({ type: "text" }) recordType!: string;
  @Property({ type: "text" }) recordId!: string;
  @Property({ type: "integer" }) version!: number;
  @Enum({ items: () => VersionAction }) action!: VersionAction;
  @Property({ type: "json" }) changes!: Changes;
  @Property({ type: "text" }) reason!: string;
  /** The token's `sub`. */
  @Property({ type: "text" }) actor!: string;
  @Property({ type: "text" }) agency!: string;
  /** The caller's region (who acted), not the record's. */
  @Property({ type: "text" }) region!: string;
  @Property({ type: "datetime" }) at!: Date;
}

@Directive("@shareable")
@ObjectType({ description: "One field a version changed; values as text (null: empty, or hidden from you by the field's rule)" })
export class FieldChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
}

@Directive("@shareable")
@ObjectType({ description: "A change to a record: who made it, when, why and what it changed" })
export class RecordVersion {
  @Field(() => Int, { description: "1 for the first change after creation" }) version!: number;
  @Field(() => VersionAction) action!: VersionAction;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: "Who (the token's sub)" }) actor!: string;
  @Field(() => Agency) agency!: Agency;
  @Field(() => String) reason!: string;
  @Field(() => [FieldChange]) changes!: FieldChange[];
}

const asText = (value: StoredValue): string | null => (value === null || value === undefined ? null : String(value));

/** A change the caller may not see (a field rule of the record's type hides it) shows both values as null. */
function visibleChanges(ctx: Context, typename: string, record: object, changes: Changes): FieldChange[] {
  // jsonb keeps keys in its own order: name order reads the same every time
  return Object.entries(changes).sort(([a], [b]) => a.localeCompare(b)).map(([field, { from, to }]) => {
    const rule = declaredRule(`${typename}.${field}`);
    const hidden = rule && !rule.readers.includes(ctx.identity.agency) && (!rule.when || rule.when(record)) && !rule.alsoReads?.(record, ctx.identity);
    return { field, from: hidden ? null : asText(from), to: hidden ? null : asText(to) };
  });
}

/**
 * A record's versions (`recordId` its key), oldest first, batched: one statement for every record of
 * the request. The caller has already been allowed to read `record`; field rules still apply to the values.
 */
export async function historyOf(ctx: Context, typename: string, recordId: string, record: object): Promise<RecordVersion[]> {
  const loader = ctx.loaders.get<string, RecordVersionRow[]>(`history:${typename}`, async (ids) => {
    const rows = await ctx.em.find(RecordVersionRow, { recordType: typename, recordId: { $in: [...ids] } }, { orderBy: { version: "asc" } });
    return ids.map((id) => rows.filter((r) => r.recordId === id));
  });
  const rows = await loader.load(recordId);
  return rows.map((r) => ({
    version: r.version, action: r.action, at: r.at, actor: r.actor, agency: r.agency as Agency, reason: r.reason,
    changes: visibleChanges(ctx, typename, record, r.changes),
  }));
}

/**
 * Adds the next version of a record inside the caller's transaction (which holds the record's row
 * lock, so versions of one record cannot race; the unique index backs that up).
 */
export async function addVersion(
  em: EntityManager, ctx: Context, typename: string, recordId: string, action: VersionAction, changes: Changes, reason: string,
): Promise<RecordVersionRow> {
  const [last] = await em.find(RecordVersionRow, { recordType: typename, recordId }, { orderBy: { version: "desc" }, limit: 1 });
  return em.create(RecordVersionRow, {
    recordType: typename, recordId, version: (last?.version ?? 0) + 1, action, changes, reason,
    actor: ctx.identity.sub, agency: ctx.identity.agency, region: ctx.identity.region, at: ctx.now(),
  });
}

/** Kit migration 0004: closing a case (CLOSED) is a version too. */
export const recordVersionClosedSql = (schema: string) => [
  `alter table "${schema}"."${RECORD_VERSION_TABLE}" drop constraint if exists "${RECORD_VERSION_TABLE}_action_check";`,
  `alter table "${schema}"."${RECORD_VERSION_TABLE}" add constraint "${RECORD_VERSION_TABLE}_action_check" check ("action" in ('CORRECTED', 'WITHDRAWN', 'CLOSED'));`,
];

/** The kit migration creating `record_version` in an agency's schema. */
export const recordVersionSql = (schema: string) => [
  `create table "${schema}"."${RECORD_VERSION_TABLE}" ("id" uuid not null, "record_type" text not null, "record_id" text not null, ` +
    `"version" int not null, "action" text not null check ("action" in ('CORRECTED', 'WITHDRAWN')), "changes" jsonb not null, "reason" text not null, ` +
    `"actor" text not null, "agency" text not null, "region" text not null, "at" timestamptz not null, ` +
    `constraint "${RECORD_VERSION_TABLE}_pkey" primary key ("id"), ` +
    `constraint "${RECORD_VERSION_TABLE}_record_version_unique" unique ("record_type", "record_id", "version"));`,
];
