import type { EntityManager } from "@mikro-orm/postgresql";
import type { Context } from "../context";
import { logger } from "../logger";
import type { Withdrawable } from "../withdrawable";
import { importRow, rowError, type ImportableSpec } from "./rows";
import { ImportBatchRow, ImportRowRow, ImportStatus, type StoredRowError } from "./store";

/** How often the writer records its progress (and heartbeat) on the batch, in rows. */
const PROGRESS_EVERY = 50;

class RollBack extends Error {}

/**
 * Writes a staged batch: every row in order, in ONE transaction, each through `importRow` (the create
 * mutation's own checks). Any bad row, or a dry run, rolls the whole transaction back, so the file is
 * written entirely or not at all; every bad row is reported. Progress goes to the batch row through
 * another connection, so a caller polling sees it while the transaction is still open.
 */
export async function writeBatch<T extends Withdrawable, I extends object>(ctx: Context, spec: ImportableSpec<T, I>, batchId: string): Promise<void> {
  const root = ctx.em.fork();
  const progress = (fields: Partial<ImportBatchRow>) => root.fork().nativeUpdate(ImportBatchRow, { id: batchId }, { ...fields, updatedAt: new Date() });
  const batch = await root.findOneOrFail(ImportBatchRow, { id: batchId });
  const errors: StoredRowError[] = [];
  let created = 0;
  let unchanged = 0;
  try {
    const staged = await root.find(ImportRowRow, { batchId }, { orderBy: { rowNumber: "asc" } });
    await root.fork().transactional(async (em: EntityManager) => {
      for (const [i, { rowNumber, input }] of staged.entries()) {
        try {
          if ((await importRow({ ...ctx, em }, spec, em, input as I)) === "created") created++;
          else unchanged++;
        } catch (e) {
          errors.push(rowError(rowNumber, e));
        }
        if ((i + 1) % PROGRESS_EVERY === 0) await progress({ rowsDone: i + 1 });
      }
      if (errors.length || batch.dryRun) throw new RollBack();
    });
    await progress({ status: ImportStatus.DONE, written: true, rowsDone: staged.length, created, unchanged, errors });
  } catch (e) {
    if (e instanceof RollBack) await progress({ status: ImportStatus.DONE, written: false, rowsDone: batch.rowsStaged, created, unchanged, errors });
    else {
      logger.error({ err: e, batch: batchId, type: spec.name }, "import failed");
      await progress({ status: ImportStatus.FAILED, written: false, failure: e instanceof Error ? e.message : String(e) });
    }
  }
  // the staged copies have served; the batch row keeps the outcome
  await root.fork().nativeDelete(ImportRowRow, { batchId });
}
