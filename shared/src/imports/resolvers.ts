import { Arg, Ctx, Directive, Field, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import type { Context } from "../context";
import { badInput, notFound } from "../errors";
import { isUuid } from "../loaders";
import { assertAgency } from "../policy";
import type { Withdrawable } from "../withdrawable";
import type { ImportableSpec } from "./rows";
import { ImportBatchRow, ImportRowRow, ImportStatus } from "./store";
import { writeBatch } from "./writer";

registerEnumType(ImportStatus, { name: "ImportStatus", description: "Where a bulk import stands" });

/** Rows per stage call (keeps each request far below the subgraph's body limit) and per batch. */
export const MAX_STAGE_ROWS = 1000;
export const MAX_BATCH_ROWS = 100_000;
/** A WRITING batch whose writer has not beaten for this long was interrupted (its transaction is gone). */
const STALE_MS = 120_000;
/** Staged batches nobody committed are dropped after this long. */
const ABANDONED_MS = 24 * 3600_000;

@Directive("@shareable")
@ObjectType({ description: "A row of an import that was refused: its spreadsheet row, the input field, the code and why" })
export class ImportRowError {
  @Field(() => Int, { description: "The row number in the file (the first data row of a template is 3)" }) row!: number;
  @Field(() => String, { nullable: true, description: "The create input's field, e.g. region" }) field!: string | null;
  @Field(() => String, { description: "BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, or CONFLICT (the number exists with other values)" }) code!: string;
  @Field(() => String) message!: string;
}

@Directive("@shareable")
@ObjectType({ description: "A bulk import: its staged rows, then, once committed, its progress and outcome" })
export class ImportBatch {
  @Field(() => ID) id!: string;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Boolean, { description: "The rows were written (all of them); false: none was" }) written!: boolean;
  @Field(() => Int) rowsStaged!: number;
  @Field(() => Int, { description: "Rows checked so far while WRITING" }) rowsDone!: number;
  @Field(() => Int, { description: "Rows that are new records (kept only when written)" }) created!: number;
  @Field(() => Int, { description: "Rows whose number already holds the same values" }) unchanged!: number;
  @Field(() => [ImportRowError]) errors!: ImportRowError[];
  @Field(() => String, { nullable: true, description: "Why a FAILED import stopped" }) failure!: string | null;
}

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

/** The batch as the caller sees it: an interrupted writer reads as FAILED. */
function view(row: ImportBatchRow): ImportBatch {
  const stale = row.status === ImportStatus.WRITING && Date.now() - row.updatedAt.getTime() > STALE_MS;
  return {
    id: row.id,
    status: stale ? ImportStatus.FAILED : row.status,
    dryRun: row.dryRun,
    written: row.written,
    rowsStaged: row.rowsStaged,
    rowsDone: row.rowsDone,
    created: row.created,
    unchanged: row.unchanged,
    errors: row.errors,
    failure: stale ? "interrupted: the service writing it stopped; nothing was written" : (row.failure ?? null),
  };
}

/** The caller's own batch of this type, or NOT_FOUND (another caller's batch reads as absent). */
async function ownBatch(ctx: Context, type: string, id: string, field: string): Promise<ImportBatchRow> {
  const row = isUuid(id) ? await ctx.em.findOne(ImportBatchRow, { id: id.toLowerCase(), type, agency: ctx.identity.agency, sub: ctx.identity.sub }) : null;
  if (!row) throw notFound(field, "import", id);
  return row;
}

/**
 * Bulk import of one record type, in three calls the gateway's `/imports/<type>` makes for the caller:
 * `stage<Name>Import` (rows in chunks, each through the input guard like any argument),
 * `commit<Name>Import` (every row checked by the create mutation's own code and written in ONE
 * transaction in the background: all or nothing) and `<name>Import(id)` (progress and outcome, to the
 * caller who staged it only). E.g. `importResolvers({ name: "SaicCases", ..., create: createSaicCase })`.
 */
export function importResolvers<T extends Withdrawable, I extends object>(spec: ImportableSpec<T, I>) {
  const { name, input } = spec;

  @Resolver()
  class Imports {
    @Mutation(() => ImportBatch, {
      name: `stage${name}Import`,
      description: `Stage rows of a bulk import of ${spec.typename} (${spec.owner} only; at most ${MAX_STAGE_ROWS} rows a call). Without batch a new one starts. Nothing is checked beyond the input types and text rules until commit.`,
    })
    async stage(
      @Arg("batch", () => ID, { nullable: true }) batch: string | null,
      @Arg("rows", () => [input]) rows: I[],
      @Arg("rowNumbers", () => [Int], { description: "The file's row number of each row, in the same order" }) rowNumbers: number[],
      @Ctx() ctx: Context,
    ) {
      assertAgency(ctx, spec.owner);
      if (rows.length !== rowNumbers.length) throw badInput("rowNumbers", "needs one number per row");
      if (rows.length > MAX_STAGE_ROWS) throw badInput("rows", `at most ${MAX_STAGE_ROWS} rows a call`);
      if (new Set(rowNumbers).size !== rowNumbers.length || rowNumbers.some((n) => n < 1)) throw badInput("rowNumbers", "must be distinct and positive");
      return ctx.em.transactional(async (em) => {
        if (!batch) await em.nativeDelete(ImportBatchRow, { createdAt: { $lt: new Date(Date.now() - ABANDONED_MS) }, status: ImportStatus.STAGING });
        const row = batch
          ? await ownBatch({ ...ctx, em }, name, batch, "batch")
          : em.create(ImportBatchRow, { type: name, agency: ctx.identity.agency, sub: ctx.identity.sub });
        if (row.status !== ImportStatus.STAGING) throw badInput("batch", `is ${row.status}, no longer staging`);
        if (row.rowsStaged + rows.length > MAX_BATCH_ROWS) throw badInput("rows", `an import holds at most ${MAX_BATCH_ROWS} rows`);
        row.rowsStaged += rows.length;
        row.updatedAt = new Date();
        await em.flush();
        if (rows.length) await em.insertMany(ImportRowRow, rows.map((r, i) => ({ batchId: row.id, rowNumber: rowNumbers[i], input: { ...r } })));
        return view(row);
      });
    }

    @Mutation(() => ImportBatch, {
      name: `commit${name}Import`,
      description: `Check every staged row with the rules of the create mutation and write them all in one transaction, or none if any row is bad or dryRun; runs in the background: follow it with ${lowerFirst(name)}Import(id)`,
    })
    async commit(@Arg("batch", () => ID) batch: string, @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean, @Ctx() ctx: Context) {
      assertAgency(ctx, spec.owner);
      const row = await ownBatch(ctx, name, batch, "batch");
      // the status moves from STAGING once, so a second commit of the same batch is refused, not run twice
      const moved = await ctx.em.nativeUpdate(ImportBatchRow, { id: row.id, status: ImportStatus.STAGING }, { status: ImportStatus.WRITING, dryRun, updatedAt: new Date() });
      if (!moved) throw badInput("batch", `is ${row.status}, not staging`);
      void writeBatch({ ...ctx, em: ctx.em.fork() }, spec, row.id);
      return view({ ...row, status: ImportStatus.WRITING, dryRun, updatedAt: new Date() } as ImportBatchRow);
    }

    @Query(() => ImportBatch, { name: `${lowerFirst(name)}Import`, nullable: true, description: "An import you staged: its progress and outcome; null for anyone else's" })
    async batch(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
      const row = isUuid(id) ? await ctx.em.findOne(ImportBatchRow, { id: id.toLowerCase(), type: name, agency: ctx.identity.agency, sub: ctx.identity.sub }) : null;
      return row ? view(row) : null;
    }
  }
  return Imports;
}
