import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Context } from "./context";

/**
 * Runs a creating write in one transaction and refuses a duplicate the same way however it is
 * found: `work` checks first and throws `taken()` itself; a twin request racing past that check
 * loses at the database's unique index (or primary key) and gets `taken()` too, not the generic
 * `already exists` of formatError.
 */
export async function createUnique<T>(ctx: Pick<Context, "em">, taken: () => Error, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional(work);
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw taken();
    throw e;
  }
}
