/**
 * The connection budget. Each subgraph process keeps its own pool; their sum must stay under the
 * server's `max_connections` (less the superuser reserve) with room left for migrations, psql, the
 * demo loader and a restarting replica whose old connections are not yet gone. Exceeding it is
 * `53300 too many clients`, which is worst right after a PostgreSQL restart when every pool refills
 * at once.
 */

/** Connections per subgraph process when nothing says otherwise: 11 × 6 = 66 of PostgreSQL's default 100. */
export const DEFAULT_POOL_MAX = 6;

/** `DB_POOL_MAX_<AGENCY>`, else `DB_POOL_MAX`, else DEFAULT_POOL_MAX. */
export function poolMax(name: string, env = process.env): number {
  for (const key of [`DB_POOL_MAX_${name.toUpperCase()}`, "DB_POOL_MAX"]) {
    const raw = env[key]?.trim();
    if (!raw) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${key} must be a positive integer, got ${JSON.stringify(raw)}`);
    return Number(raw);
  }
  return DEFAULT_POOL_MAX;
}

/**
 * Each of `processes` pools' share of a server: `max_connections` less the superuser reserve, less
 * a third kept free (at least 10) for everything that is not a subgraph pool; never above 10, never
 * below 2 (one for a request, one for the readiness check).
 */
export function poolShare(maxConnections: number, processes: number, reserved = 3): number {
  const usable = maxConnections - reserved;
  const headroom = Math.max(10, Math.ceil(usable / 3));
  return Math.max(2, Math.min(10, Math.floor((usable - headroom) / Math.max(1, processes))));
}

/** How long a request waits for a pooled connection, and a new connection for the server, before failing as SERVICE_UNAVAILABLE. */
export const POOL_ACQUIRE_TIMEOUT_MS = 5_000;
export const CONNECT_TIMEOUT_MS = 3_000;
/** Idle connections are closed after this, so a pool shrinks back after a burst and drops connections to a restarted server. */
export const POOL_IDLE_TIMEOUT_MS = 10_000;
