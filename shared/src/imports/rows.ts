import { ReferenceKind, UniqueConstraintViolationException, type Constructor } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { GraphQLError } from "graphql";
import type { Agency } from "../agency";
import type { Context } from "../context";
import { changesOf } from "../corrections";
import { badInput } from "../errors";
import { assertCanWrite } from "../policy";
import { WITH_WITHDRAWN, type Withdrawable } from "../withdrawable";
import type { StoredRowError } from "./store";

/** What the kit needs to import one record type in bulk; see `importResolvers`. */
export interface ImportableSpec<T extends Withdrawable, I extends object> {
  /** Plural type name: `stage<name>Import`, `commit<name>Import`, `<name>Import(id)`, e.g. SaicCases */
  name: string;
  /** The record's GraphQL type, e.g. SaicCase (its correct<Type> fixes a stored record) */
  typename: string;
  entity: Constructor<T>;
  owner: Agency;
  /** The create mutation's input type: a row is one such input */
  input: Constructor<I>;
  /** The agency's own number that makes a re-import idempotent, e.g. caseNumber, filingNumber */
  key: keyof I & keyof T & string;
  /**
   * Exactly what the create mutation does inside its transaction: every check, then `em.create`.
   * The mutation and the import both call it, so a rule added to one holds for the other.
   */
  create(ctx: Context, em: EntityManager, input: I): Promise<T>;
}

export type RowOutcome = "created" | "unchanged";

/** The columns a given row would set that differ from the stored record (empty cells are not compared; relations neither). */
function differences<T extends object>(em: EntityManager, entity: Constructor<T>, stored: T, input: object): string[] {
  const meta = em.getMetadata().get(entity.name);
  const given = Object.fromEntries(
    Object.entries(input)
      .filter(([key, value]) => value !== null && value !== undefined && meta.properties[key]?.kind === ReferenceKind.SCALAR)
      .map(([key, value]) => [key, typeof value === "string" ? value.trim() : value]),
  );
  return Object.keys(changesOf(meta, stored, given));
}

/**
 * One row, inside the import's transaction. A record with the row's number that holds the same
 * values is `unchanged` (a re-import is idempotent); one that holds others is a CONFLICT naming the
 * first differing column (fix the row, or correct the record with correct<Type>). A new number runs
 * `spec.create` in a savepoint, so a refused row leaves nothing behind and the next row still runs.
 */
export async function importRow<T extends Withdrawable, I extends object>(ctx: Context, spec: ImportableSpec<T, I>, em: EntityManager, input: I): Promise<RowOutcome> {
  const number = input[spec.key];
  const field = `input.${spec.key}`;
  if (typeof number === "string" && number.trim()) {
    const stored = await em.findOne(spec.entity, { [spec.key]: number.trim() } as never, WITH_WITHDRAWN);
    if (stored) {
      const region = (stored as { region?: string }).region;
      if (region) assertCanWrite(ctx, spec.owner, region, field);
      if (stored.withdrawnAt) throw badInput(field, `${number} was withdrawn; a withdrawn number is not used again`);
      const differ = differences(em, spec.entity, stored, input);
      if (differ.length)
        throw new GraphQLError(`input.${differ[0]}: ${number} already exists with other values (${differ.join(", ")}); fix the row, or correct the record with correct${spec.typename}`, {
          extensions: { code: "CONFLICT", field: `input.${differ[0]}`, columns: differ },
        });
      return "unchanged";
    }
  }
  try {
    await em.transactional((savepoint) => spec.create({ ...ctx, em: savepoint }, savepoint, input));
  } catch (e) {
    // the same number twice in one file with a race past the check: the unique index decides
    if (e instanceof UniqueConstraintViolationException) throw badInput(field, `${String(number)} already exists`);
    throw e;
  }
  return "created";
}

/** A row's refusal as the import reports it; anything but a GraphQL error is a fault, not a bad row. */
export function rowError(row: number, error: unknown): StoredRowError {
  if (!(error instanceof GraphQLError)) throw error;
  const field = typeof error.extensions.field === "string" ? error.extensions.field.replace(/^input\./, "") : null;
  const code = typeof error.extensions.code === "string" ? error.extensions.code : "BAD_USER_INPUT";
  return { row, field, code, message: error.message };
}
