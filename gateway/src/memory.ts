/**
 * Bounds on what the gateway keeps in memory between requests (issue 14). Query plans are cached
 * per distinct operation; Apollo's default store holds 30 MiB of them. BI tools and the console send
 * a few dozen distinct operations, so 8 MiB keeps every plan hot and caps what a flood of distinct
 * documents can pin (`QUERY_PLAN_CACHE_MIB` to change it). The heap itself is capped by the node
 * options of the launcher and the deployment files (infra/src/launcher/heap.ts).
 */
export const queryPlanCacheMiB = (env = process.env): number => {
  const raw = Number(env.QUERY_PLAN_CACHE_MIB ?? 8);
  return Number.isFinite(raw) && raw > 0 ? raw : 8;
};
