import { DecimalType, LockMode, Utils, wrap, type Constructor, type EntityManager, type EntityMetadata } from "@mikro-orm/core";
import { GraphQLError } from "graphql";
import { Field, ID, InputType } from "type-graphql";
import type { Agency } from "./agency";
import type { Context } from "./context";
import { askDependents, type RecordDependent } from "./dependents";
import { badInput, notFound } from "./errors";
import { FreeText } from "./input-guard";
import { isUuid } from "./loaders";
import { assertAgency, assertCanWrite, canRead } from "./policy";
import { addVersion, VersionAction, type Changes, type StoredValue } from "./record-history";
import { dependentSubgraphsOf, type SubgraphName } from "./registry";
import { normalizeDecimal } from "./scalars";
import { requireText } from "./validation";
import { WITH_WITHDRAWN, type Withdrawable } from "./withdrawable";

/** The start of every `Correct<Type>Input`: which record and why; the record's fields follow, all optional. */
@InputType("RecordCorrectionFields")
export abstract class RecordCorrection {
  @Field(() => ID) id!: string;
  @FreeText(2000, { description: "Why the record is corrected (kept in its history)" }) reason!: string;
}

@InputType({ description: "Which record to withdraw (撤销) and why" })
export class WithdrawRecordInput {
  @Field(() => ID) id!: string;
  @FreeText(2000, { description: "Why the record is withdrawn (kept in its history)" }) reason!: string;
}

export type CorrectableRecord = Withdrawable;

/** How a record is named in `input.id`: its column and how a given value is checked (null: no such record). */
export interface RecordKey {
  field: string;
  parse(value: string): string | null;
}
/** The default: a uuid `id`, lower-cased. */
export const UUID_KEY: RecordKey = { field: "id", parse: (value) => (isUuid(value) ? value.toLowerCase() : null) };

/** A record's key value under its type's key. */
export const keyValue = <T extends CorrectableRecord>(spec: CorrectableSpec<T>, row: T): string => String((row as Record<string, unknown>)[(spec.key ?? UUID_KEY).field]);

/** What the kit needs to correct and withdraw one record type; see docs/corrections.md. */
export interface CorrectableSpec<T extends CorrectableRecord> {
  /** The GraphQL type: the mutations are `correct<typename>` and `withdraw<typename>`. */
  typename: string;
  entity: Constructor<T>;
  /** The agency that may correct it; a record any member agency keeps (an outreach event) names its own, e.g. `(row) => row.organiser`. */
  owner: Agency | ((row: NoInfer<T>) => Agency);
  /** The record's key when not a uuid `id` (registers: e.g. `registrationNumber`); `input.id` carries its value. */
  key?: RecordKey;
  /** The correction input (extends RecordCorrection): every correctable field, optional. */
  input: Constructor<RecordCorrection>;
  /** Where the record is, for the region rules: by default its `region`; national registers give `() => null`. */
  region?: (row: T) => string | null;
  /**
   * The creation checks, run again on the record as corrected (its stored values overlaid with the
   * given fields, under the create input's names); returns the columns to write. Runs before any lock.
   */
  check(ctx: Context, corrected: Record<string, any>, row: T): Promise<Partial<T>> | Partial<T>;
  /**
   * Subgraphs that may hold records depending on this one (they answer `<subgraph>Dependents`), besides
   * those the registry names for its kind (`dependentSubgraphsOf`: linkage and the office for an admin case).
   */
  dependents?: readonly SubgraphName[];
  /** The owner's own records depending on this one (a judgment on its court case, a detention on a recordation), with the fields they rely on. */
  ownDependents?(ctx: Context, row: NoInfer<T>): Promise<RecordDependent[]>;
  /**
   * A part of another record kept on its row (a referral's decision): only `correct<typename>` is
   * made, and its versions join the whole's history (this typename); withdrawing is the whole's.
   */
  partOf?: string;
  /**
   * Columns the input names otherwise, column → input field (a referral's `reason` is `referralReason`,
   * since `reason` is the correction's own): errors name the input field.
   */
  inputNames?: Readonly<Record<string, string>>;
  /** Inside the transaction, after the correction: keeps the owner's copies of corrected fields in step (a suspect's region). */
  alsoWrite?(em: EntityManager, row: NoInfer<T>, changes: Changes): Promise<void> | void;
}

/** Every record relying on `row`: the owner's own and the peers' (asked as the caller, before any lock). */
async function dependentsOf<T extends CorrectableRecord>(ctx: Context, spec: CorrectableSpec<T>, row: T): Promise<RecordDependent[]> {
  // the spec's own peers first, then those its kind has in the registry (a referable case's linkage and office)
  const asked = [...new Set([...(spec.dependents ?? []), ...dependentSubgraphsOf(spec.typename)])];
  const [own, peers] = await Promise.all([
    spec.ownDependents ? spec.ownDependents(ctx, row) : [],
    asked.length ? askDependents(ctx, asked, spec.typename, keyValue(spec, row)) : [],
  ]);
  return [...own, ...peers];
}

/** BAD_USER_INPUT with reason DEPENDENT_RECORDS, naming the field and the records that rely on it. */
export function dependentRecords(field: string, what: string, dependents: RecordDependent[]): GraphQLError {
  const named = dependents.map((d) => `${d.type} ${d.id} (${d.subgraph})`).join(", ");
  return new GraphQLError(`${field}: ${what}: ${named} depend${dependents.length === 1 ? "s" : ""} on it`, {
    extensions: { code: "BAD_USER_INPUT", field, reason: "DEPENDENT_RECORDS", dependents: dependents.map(({ type, id, subgraph }) => ({ type, id, subgraph })) },
  });
}

/** A reference to another entity (a many-to-one) as its primary key, which is what a correction writes and a version keeps. */
const keyOf = (value: unknown) => (Utils.isEntity(value) ? String(wrap(value, true).getPrimaryKey()) : value);

/** A column's value as a version row keeps it: decimals normalised, instants as ISO text, references as their key. */
function stored(meta: EntityMetadata, key: string, value: unknown): StoredValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Utils.isEntity(value)) return keyOf(value) as string;
  if (typeof value === "object") return JSON.stringify(value);
  if (meta.properties[key]?.customType instanceof DecimalType) return normalizeDecimal(String(value));
  return value as StoredValue;
}

/** The fields `columns` would change on `row`, with their old and new values. */
export function changesOf(meta: EntityMetadata, row: object, columns: object): Changes {
  const changes: Changes = {};
  for (const [key, to] of Object.entries(columns)) {
    if (key === "id" || !meta.properties[key]) continue;
    const [a, b] = [stored(meta, key, (row as Record<string, unknown>)[key]), stored(meta, key, to)];
    if (a !== b) changes[key] = { from: a, to: b };
  }
  return changes;
}

/** The record's region for the read and write rules (null: a national record, no region rule). */
export const regionOf = <T extends CorrectableRecord>(spec: CorrectableSpec<T>, row: T): string | null =>
  spec.region ? spec.region(row) : ((row as { region?: string }).region ?? null);

/** The record for a correction or withdrawal: visible, the caller's to write, not withdrawn. */
async function writableRecord<T extends CorrectableRecord>(ctx: Context, spec: CorrectableSpec<T>, id: string): Promise<T> {
  // a fixed owner is checked before any read, so other agencies learn nothing about which records exist
  if (typeof spec.owner !== "function") assertAgency(ctx, spec.owner);
  const key = (spec.key ?? UUID_KEY).parse(id);
  if (key === null) throw notFound("input.id", spec.typename, id);
  const row = await ctx.em.fork().findOne(spec.entity, { [(spec.key ?? UUID_KEY).field]: key } as never, WITH_WITHDRAWN);
  const region = row && regionOf(spec, row);
  // another region's record reads as absent, as in a lookup
  if (!row || (region && !canRead(ctx.identity, region))) throw notFound("input.id", spec.typename, id);
  const owner = typeof spec.owner === "function" ? spec.owner(row) : spec.owner;
  if (region) assertCanWrite(ctx, owner, region, "input.id");
  else assertAgency(ctx, owner);
  if (row.withdrawnAt) throw badInput("input.id", `the ${spec.typename} was withdrawn on ${row.withdrawnAt.toISOString()}`);
  return row;
}

/** Locks the record in the transaction, and refuses if it changed since it was checked (another correction won the race). */
async function locked<T extends CorrectableRecord>(em: EntityManager, spec: CorrectableSpec<T>, checked: T, fields: string[]): Promise<T> {
  const field = (spec.key ?? UUID_KEY).field;
  const row = await em.findOne(spec.entity, { [field]: keyValue(spec, checked) } as never, { ...WITH_WITHDRAWN, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  const meta = em.getMetadata().get(spec.entity.name);
  const moved = !row || row.withdrawnAt || Object.keys(changesOf(meta, row, Object.fromEntries(fields.map((f) => [f, (checked as any)[f]])))).length;
  if (moved) throw badInput("input.id", `the ${spec.typename} changed while this was checked; read it again`);
  return row;
}

/** The record's stored values under their own names, overlaid with the fields the input gives. */
function corrected<T extends CorrectableRecord>(meta: EntityMetadata, row: T, input: RecordCorrection): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(Object.keys(meta.properties).map((k) => [k, (row as any)[k]]));
  for (const [key, value] of Object.entries(input)) {
    if (key === "id" || key === "reason" || value === undefined) continue;
    // the key names the record; it is never corrected
    const prop = meta.properties[key];
    if (value === null && prop && !prop.nullable) throw badInput(`input.${key}`, "cannot be cleared; leave it out to keep it");
    out[key] = value;
  }
  return out;
}

/**
 * `correct<Type>`: only the owning agency inside its region, never a withdrawn record, with a
 * reason, the creation checks on the corrected whole, and nothing that a dependent record relies
 * on. Peers are asked first; then one transaction locks the row, writes and adds a version.
 */
export async function correctRecord<T extends CorrectableRecord>(ctx: Context, spec: CorrectableSpec<T>, input: RecordCorrection): Promise<T> {
  const row = await writableRecord(ctx, spec, input.id);
  const reason = requireText(input.reason, "input.reason", 2000);
  const meta = ctx.em.getMetadata().get(spec.entity.name);
  const columns = await spec.check(ctx, corrected(meta, row, input), row);
  const changes = changesOf(meta, row, columns);
  if (!Object.keys(changes).length) throw badInput("input", "changes nothing: every given field already holds that value");
  {
    const dependents = await dependentsOf(ctx, spec, row);
    const relied = Object.keys(changes).filter((f) => dependents.some((d) => d.relies.includes(f)));
    if (relied.length) {
      const named = relied.map((f) => spec.inputNames?.[f] ?? f);
      throw dependentRecords(`input.${named[0]}`, `${named.join(", ")} cannot be corrected`, dependents.filter((d) => d.relies.some((f) => relied.includes(f))));
    }
  }
  return ctx.em.transactional(async (em) => {
    const target = await locked(em, spec, row, Object.keys(changes));
    em.assign(target, Object.fromEntries(Object.keys(changes).map((k) => [k, keyOf((columns as any)[k])])) as never);
    await spec.alsoWrite?.(em, target, changes);
    await addVersion(em, ctx, spec.partOf ?? spec.typename, keyValue(spec, target), VersionAction.CORRECTED, changes, reason);
    return target;
  });
}

/**
 * `withdraw<Type>`: the same rules, and no record of another agency may depend on it. The record
 * leaves every lookup, list and count; its history stays.
 */
export async function withdrawRecord<T extends CorrectableRecord>(ctx: Context, spec: CorrectableSpec<T>, input: WithdrawRecordInput): Promise<T> {
  const row = await writableRecord(ctx, spec, input.id);
  const reason = requireText(input.reason, "input.reason", 2000);
  {
    const dependents = await dependentsOf(ctx, spec, row);
    if (dependents.length) throw dependentRecords("input.id", `the ${spec.typename} cannot be withdrawn`, dependents);
  }
  return ctx.em.transactional(async (em) => {
    const target = await locked(em, spec, row, []);
    em.assign(target, { withdrawnAt: ctx.now(), withdrawnBy: ctx.identity.sub, withdrawalReason: reason } as never);
    await addVersion(em, ctx, spec.typename, keyValue(spec, target), VersionAction.WITHDRAWN, {}, reason);
    return target;
  });
}
