import { SpanKind, SpanStatusCode, type Span } from "@opentelemetry/api";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { PoolStats, ServiceMetrics } from "./metrics";
import { recordingSpan, tracerOf } from "./tracing";

/** What knex's query events carry. */
interface QueryEvent {
  __knexQueryUid?: string;
  sql?: string;
}

const VERBS = new Set(["select", "insert", "update", "delete", "with", "begin", "commit", "rollback", "savepoint", "release"]);
const verbOf = (sql: string) => {
  const word = /^\s*([a-z]+)/i.exec(sql)?.[1]?.toLowerCase() ?? "";
  return VERBS.has(word) ? word : "other";
};

/**
 * The statement without its values: MikroORM sends values inlined, and a trace must not carry the
 * suspects' names or ID numbers to the collector. String and number literals become `?`.
 */
export function sqlShape(sql: string): string {
  return sql
    .replace(/(?<!\w)E?'(?:[^']|'')*'/g, "?")
    .replace(/(?<![\w"$.])-?\d+(?:\.\d+)?(?![\w"])/g, "?")
    .slice(0, 4000);
}

/** Keeps the pending statements bounded should knex ever drop an end event. */
const MAX_PENDING = 10_000;

/**
 * Every SQL statement of a subgraph's ORM: `ipr_db_statement_duration_seconds` by verb, and, inside a
 * recorded request, a client span under the request's span (SQL shape only, see sqlShape). Also
 * watches the pool for `ipr_db_pool_connections`. Uses knex's own query events, so every statement
 * is seen (in transactions too) without patching the driver.
 */
export function observeStatements(orm: MikroORM, service: string, metrics: ServiceMetrics): void {
  const knex = orm.em.getConnection().getKnex();
  const schema = orm.config.get("schema") ?? service;
  const client = knex.client as { pool?: PoolStats };
  metrics.watchPool(schema, orm.config.get("pool")?.max ?? 0, () => client.pool);
  const pending = new Map<string, { started: number; verb: string; span?: Span }>();
  knex.on("query", (event: QueryEvent) => {
    if (!event.__knexQueryUid || !event.sql) return;
    if (pending.size >= MAX_PENDING) pending.clear();
    const verb = verbOf(event.sql);
    const parent = recordingSpan();
    const span = parent
      ? tracerOf(service).startSpan(`${verb.toUpperCase()} ${schema}`, {
          kind: SpanKind.CLIENT,
          attributes: { "db.system.name": "postgresql", "db.namespace": schema, "db.operation.name": verb.toUpperCase(), "db.query.text": sqlShape(event.sql) },
        })
      : undefined;
    pending.set(event.__knexQueryUid, { started: performance.now(), verb, span });
  });
  const end = (event: QueryEvent | undefined, error?: Error) => {
    const uid = event?.__knexQueryUid;
    const statement = uid ? pending.get(uid) : undefined;
    if (!statement) return;
    pending.delete(uid!);
    metrics.statementDuration.observe({ verb: statement.verb }, (performance.now() - statement.started) / 1000);
    if (statement.span) {
      if (error) statement.span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string }).code ?? "error" });
      statement.span.end();
    }
  };
  knex.on("query-response", (_response: unknown, event: QueryEvent) => end(event));
  knex.on("query-error", (error: Error, event: QueryEvent) => end(event, error));
}
