import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLResponse } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { FormattedExecutionResult, GraphQLFormattedError } from "graphql";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Context } from "./context";
import { isDatabaseUnavailable } from "./database-errors";
import { IDEMPOTENCY_TABLE } from "./kit-migrations";
import { logger } from "./logger";

/** How long a key is remembered: a client retrying a write after a day sends a new one. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** What a key may look like (the gateway refuses others): printable ASCII, e.g. a UUID. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Answers that say "nothing was decided": not stored, so a retry with the same key runs again. */
const TRANSIENT = new Set(["SERVICE_UNAVAILABLE", "TIMEOUT", "CONFLICT", "INTERNAL_SERVER_ERROR"]);

type Result = FormattedExecutionResult;
const answer = (singleResult: Result): GraphQLResponse => ({ http: { headers: new HeaderMap(), status: undefined }, body: { kind: "single", singleResult } });
const refusal = (code: string, message: string, extra: Record<string, unknown> = {}): Result => ({
  data: null,
  errors: [{ message, extensions: { code, ...extra } }],
});

/**
 * Idempotent mutations, for every subgraph. A mutation that arrives with an idempotency key (the
 * gateway forwards the client's `Idempotency-Key`, signed) runs inside one transaction of the
 * request's EntityManager, which the resolvers' own `em.transactional(...)` join as savepoints:
 *
 * 1. a transaction-scoped advisory lock on (schema, caller, key): a duplicate still in flight gets
 *    CONFLICT at once (retryable), never a second write;
 * 2. a stored answer for (caller's agency, sub, key) younger than IDEMPOTENCY_TTL_HOURS: the same
 *    request (SHA-256 of the signed body) gets the stored answer again without executing; another
 *    request gets BAD_USER_INPUT on `Idempotency-Key`;
 * 3. otherwise the mutation executes, and its answer is stored in the same transaction as its
 *    writes, then committed: both or neither. Answers with a transient error are not stored (the
 *    transaction is rolled back, writes included, and the client may retry).
 */
export function idempotencyPlugin(schema: string): ApolloServerPlugin<Context> {
  const table = `"${schema}"."${IDEMPOTENCY_TABLE}"`;
  return {
    async requestDidStart({ contextValue }) {
      const key = contextValue.idempotencyKey;
      if (!key) return;
      const em = contextValue.em;
      const { agency, sub } = contextValue.identity;
      let claimed = false;
      const run = (sql: string, params: unknown[]) => em.getConnection("write").execute(sql, params, "all", em.getTransactionContext());
      const end = async (commit: boolean) => {
        const trx = em.getTransactionContext();
        em.resetTransactionContext();
        if (trx) await (commit ? em.getConnection("write").commit(trx) : em.getConnection("write").rollback(trx));
      };
      return {
        async responseForOperation({ operation }) {
          if (operation.operation !== "mutation") return null;
          try {
            await em.begin();
            const [{ locked }] = await run("select pg_try_advisory_xact_lock(hashtextextended(?, 0)) as locked", [`${table}/${agency}/${sub}/${key}`]);
            if (!locked) {
              await end(false);
              return answer(refusal("CONFLICT", "a request with this Idempotency-Key is still in progress; retry later", { retryable: true }));
            }
            const [stored] = await run(
              `select request_hash, response from ${table} where agency = ? and sub = ? and key = ? and created_at > now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`,
              [agency, sub, key],
            );
            if (stored) {
              await end(false);
              if (stored.request_hash !== contextValue.requestHash)
                return answer(refusal("BAD_USER_INPUT", "Idempotency-Key: already used for a different request", { field: "Idempotency-Key" }));
              logger.info({ key }, "idempotent replay");
              return answer(typeof stored.response === "string" ? JSON.parse(stored.response) : stored.response);
            }
            claimed = true;
            return null;
          } catch (error) {
            await end(false).catch(() => {});
            if (!isDatabaseUnavailable(error)) throw error;
            return answer(refusal("SERVICE_UNAVAILABLE", "database unavailable, try again later", { reason: "DATABASE_UNAVAILABLE" }));
          }
        },
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<Context>) {
          if (!claimed || rc.response.body.kind !== "single") return;
          const body = rc.response.body;
          const result = body.singleResult;
          const transient = (result.errors ?? []).some((e: GraphQLFormattedError) => TRANSIENT.has(e.extensions?.code as string));
          try {
            if (transient) {
              await end(false);
              // the writes of the fields that succeeded are rolled back with the rest
              body.singleResult = { data: null, errors: result.errors };
              return;
            }
            const stored: Result = { data: result.data ?? null, ...(result.errors ? { errors: result.errors } : {}) };
            await run(`delete from ${table} where agency = ? and sub = ? and key = ?`, [agency, sub, key]);
            await run(`insert into ${table} (agency, sub, key, request_hash, response) values (?, ?, ?, ?, ?)`, [agency, sub, key, contextValue.requestHash, JSON.stringify(stored)]);
            await end(true);
          } catch (error) {
            await end(false).catch(() => {});
            logger.warn({ err: error }, "idempotent write not committed");
            body.singleResult = refusal("SERVICE_UNAVAILABLE", "the write was not committed; retry with the same Idempotency-Key", { reason: "DATABASE_UNAVAILABLE" });
          }
        },
      };
    },
  };
}

/** Removes answers older than the TTL (they are ignored anyway); the subgraph runs it now and then. */
export async function forgetExpiredIdempotencyKeys(em: EntityManager, schema: string): Promise<number> {
  const res = await em.getConnection("write").execute(
    `delete from "${schema}"."${IDEMPOTENCY_TABLE}" where created_at <= now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`,
    [],
    "run",
  );
  return (res as { affectedRows?: number }).affectedRows ?? 0;
}
