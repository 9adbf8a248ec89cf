import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Seconds; from a 1 ms primary-key lookup to a 10 s monthly table. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** SQL statements: most take well under a millisecond. */
const STATEMENT_BUCKETS = [0.0002, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2];

/** The label of requests that name no known operation (or none at all): the only value not taken from a fixed list. */
export const OTHER_OPERATION = "other";

/** A pool as knex (tarn) keeps it: what the gauges read at scrape time. */
export interface PoolStats {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

let processRegistry: Registry | undefined;
/**
 * Node's own metrics (CPU, memory, GC, handles, event-loop lag and its percentiles), once per
 * process however many services it runs (the tests run them all in one).
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: 20 });
  }
  return processRegistry;
}

/**
 * One service's metrics (the gateway or a subgraph), in a registry of its own with `service` on every
 * series. Label values come from fixed sets only: operation names a labeller accepted (known
 * operations, root fields of the schema) or OTHER_OPERATION, error codes, subgraph names, SQL verbs.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<"operation" | "outcome">;
  readonly duration: Histogram<"operation">;
  readonly errors: Counter<"operation" | "code">;
  readonly fetchDuration: Histogram<"subgraph" | "outcome">;
  readonly statementDuration: Histogram<"verb">;
  private readonly pools = new Map<string, { stats: () => PoolStats | undefined; max: number }>();

  constructor(readonly service: string) {
    processMetrics(); // from the start, so the event-loop lag percentiles cover the process's life
    const registers = [this.registry];
    this.registry.setDefaultLabels({ service });
    this.requests = new Counter({
      name: "ipr_graphql_requests_total",
      help: "GraphQL requests answered, by operation (a known operation's name, a root field on subgraphs, else `other`) and outcome (ok, error)",
      labelNames: ["operation", "outcome"],
      registers,
    });
    this.duration = new Histogram({
      name: "ipr_graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL request to the end of its response, by operation",
      labelNames: ["operation"],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: "ipr_graphql_errors_total",
      help: "Errors in GraphQL responses (and refusals before execution), by operation and extensions.code",
      labelNames: ["operation", "code"],
      registers,
    });
    this.fetchDuration = new Histogram({
      name: "ipr_subgraph_fetch_duration_seconds",
      help: "Calls to a subgraph (the gateway's fetches, a subgraph's peer checks), by subgraph and outcome (ok, error, or the outage code)",
      labelNames: ["subgraph", "outcome"],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.statementDuration = new Histogram({
      name: "ipr_db_statement_duration_seconds",
      help: "SQL statements sent to PostgreSQL, by verb (select, insert, update, delete, other)",
      labelNames: ["verb"],
      buckets: STATEMENT_BUCKETS,
      registers,
    });
    const pools = this.pools;
    new Gauge({
      name: "ipr_db_pool_connections",
      help: "The database pool's connections by state: used (lent to a query or transaction), free (idle), pending_acquire (requests waiting for one), pending_create (being opened)",
      labelNames: ["pool", "state"],
      registers,
      collect() {
        this.reset();
        for (const [pool, { stats }] of pools) {
          const s = stats();
          if (!s) continue;
          this.set({ pool, state: "used" }, s.numUsed());
          this.set({ pool, state: "free" }, s.numFree());
          this.set({ pool, state: "pending_acquire" }, s.numPendingAcquires());
          this.set({ pool, state: "pending_create" }, s.numPendingCreates());
        }
      },
    });
    new Gauge({
      name: "ipr_db_pool_max_connections",
      help: "The database pool's size limit (DB_POOL_MAX_<AGENCY> / DB_POOL_MAX)",
      labelNames: ["pool"],
      registers,
      collect() {
        this.reset();
        for (const [pool, { max }] of pools) this.set({ pool }, max);
      },
    });
  }

  /** Reads the pool's state at every scrape (a pool not yet created reads as nothing). */
  watchPool(name: string, max: number, stats: () => PoolStats | undefined): void {
    this.pools.set(name, { stats, max });
  }

  /** The exposition text: this service's series, then the process's. */
  async text(): Promise<string> {
    return (await this.registry.metrics()) + "\n" + (await processMetrics().metrics());
  }

  readonly contentType = Registry.PROMETHEUS_CONTENT_TYPE;
}

/** An error code as a label: the codes are ours (UPPER_SNAKE); anything else is counted as OTHER. */
export const codeLabel = (code: unknown): string => (typeof code === "string" && /^[A-Z][A-Z0-9_]{0,47}$/.test(code) ? code : "OTHER");

/** What a refusal sent without a GraphQL body (a bare status) counts as. */
export function statusCode(status: number): string {
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 403) return "FORBIDDEN";
  if (status === 413) return "PAYLOAD_TOO_LARGE";
  if (status === 429) return "RATE_LIMITED";
  if (status >= 500) return "INTERNAL_SERVER_ERROR";
  return "BAD_REQUEST";
}
