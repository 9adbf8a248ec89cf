import { Property, type Opt } from "@mikro-orm/core";
import { Field, InputType, ObjectType } from "type-graphql";
import type { Where } from "./policy";
import { Withdrawable } from "./withdrawable";

/**
 * When a record last changed, for incremental feeds (`updatedSince`). The column is kept by the
 * database, not by resolvers: a trigger stamps it on every insert and update (creation, correction,
 * closing, a decision, withdrawal), whichever code path wrote the row. See `changeTrackingSql`.
 */
export const UpdatedAtField = () => (target: object, key: string) => {
  Field(() => Date, { description: "When the record last changed (created, corrected, closed, decided or withdrawn), UTC; set by the database" })(target, key);
  Property({ type: "datetime", defaultRaw: "clock_timestamp()", index: true })(target, key);
};

/** A withdrawable record with its last-change time: what the feeds' incremental refresh reads. */
@ObjectType("ChangeTrackedFields") // never emitted itself: its subclasses inherit the fields
export abstract class ChangeTracked extends Withdrawable {
  @UpdatedAtField()
  updatedAt!: Date & Opt;

  /** Null for live records; only lists asked for `withdrawn: true` return withdrawn ones. */
  @Field(() => Date, { name: "withdrawnAt", nullable: true, description: "When the record was withdrawn (撤销), UTC; null while it stands" })
  get withdrawnAtTime(): Date | null {
    return this.withdrawnAt ?? null;
  }
}

/** `updatedSince` of a list filter: the incremental refresh of a BI feed. */
@InputType("UpdatedSinceFilterFields")
export abstract class UpdatedSinceFilter {
  @Field(() => Date, { nullable: true, description: "Only records that changed after this time (created, corrected, decided, withdrawn): incremental refresh" })
  updatedSince?: Date | null;
}

/** `updatedSince` and `withdrawn` of a list filter of withdrawable records. */
@InputType("ChangeFilterFields")
export abstract class ChangeFilter extends UpdatedSinceFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: "true: the withdrawn (撤销) records instead of the live ones, each with its withdrawnAt; with updatedSince, what an incremental consumer must delete",
  })
  withdrawn?: boolean | null;
}

/** The conditions of `updatedSince` and `withdrawn`, when the filter has them. */
export function changeWhere(filter: object | null | undefined): Where {
  const f = (filter ?? {}) as { updatedSince?: Date | null; withdrawn?: boolean | null };
  return {
    ...(f.updatedSince ? { updatedAt: { $gt: f.updatedSince } } : {}),
    ...(f.withdrawn === true ? { withdrawnAt: { $ne: null } } : {}),
  };
}

/** A list's where that asks for withdrawn rows by their withdrawal time reads past the kit's `live` filter. */
export const readsWithdrawn = (where: Record<string, unknown>) => where.withdrawnAt != null;

/**
 * The migration's SQL giving `schema.table` its `updated_at`: existing rows count as changed at the
 * migration (an incremental consumer reads them once more), then a trigger stamps every insert and update.
 */
export function changeTrackingSql(schema: string, table: string): string[] {
  return [
    `create or replace function "${schema}"."ipr_touch_updated_at"() returns trigger language plpgsql as $$ begin new.updated_at := clock_timestamp(); return new; end $$;`,
    `alter table "${schema}"."${table}" add column "updated_at" timestamptz not null default now();`,
    `alter table "${schema}"."${table}" alter column "updated_at" set default clock_timestamp();`,
    `create index "${table}_updated_at_index" on "${schema}"."${table}" ("updated_at");`,
    `create trigger "${table}_updated_at" before insert or update on "${schema}"."${table}" for each row execute function "${schema}"."ipr_touch_updated_at"();`,
  ];
}

/** A child row's changes are its parent's (a judgment is part of its court case): stamp the parent too. */
export function parentChangeSql(schema: string, child: string, foreignKey: string, parent: string): string[] {
  const fn = `ipr_touch_${parent}_from_${child}`;
  return [
    `create or replace function "${schema}"."${fn}"() returns trigger language plpgsql as $$ begin ` +
      `update "${schema}"."${parent}" set "updated_at" = clock_timestamp() where "id" = new."${foreignKey}"; return null; end $$;`,
    `create trigger "${child}_touches_${parent}" after insert or update on "${schema}"."${child}" for each row execute function "${schema}"."${fn}"();`,
  ];
}
