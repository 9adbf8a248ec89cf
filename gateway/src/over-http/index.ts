import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { SAVED_OPERATIONS_FILE } from "../console";
import { loadPersistedOperations, manifestQueryCache, type PersistedOperations } from "../limits/persisted-operations";
import { cacheableGetAnswers } from "./get-answers";
import { legacyJsonRequestErrors } from "./request-errors";

export { GET_ANSWER_MAX_AGE_SECONDS, answerETag } from "./get-answers";

/** The GraphQL-over-HTTP behaviour of `/graphql` (docs/graphql-over-http.md): status codes of request errors, cacheable GET answers. */
export const graphqlOverHttp = () => [legacyJsonRequestErrors, cacheableGetAnswers()];

/**
 * Apollo Server's persisted-query cache: the configured manifest alone when one is in force; else the
 * console's saved operations (the trusted documents BI tools fetch over GET by hash) and, beside
 * them, ad-hoc APQ registrations as Apollo Server keeps them by default.
 */
export function persistedQueryCache(enforced: PersistedOperations | null) {
  return enforced ? manifestQueryCache(enforced) : manifestQueryCache(loadPersistedOperations({ file: SAVED_OPERATIONS_FILE, roles: [] }), new InMemoryLRUCache());
}
