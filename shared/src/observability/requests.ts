import { AsyncLocalStorage } from "node:async_hooks";
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from "@opentelemetry/api";
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { codeLabel, OTHER_OPERATION, statusCode, type ServiceMetrics } from "./metrics";
import { tracerOf, tracingOn } from "./tracing";

/** What is known about one GraphQL request while it runs; its metrics are recorded when the response ends. */
interface Observation {
  started: number;
  operation: string;
  /** Error codes of the GraphQL response, once the plugin saw it. */
  codes?: string[];
  span?: Span;
  context: Context;
}

const current = new AsyncLocalStorage<Observation>();

/** Where a refusal sent before GraphQL execution (401, 413, 429…) leaves its `extensions.code` for the metrics. */
export const REFUSAL_CODE_LOCAL = "refusalCode";

/**
 * Observes a `/graphql` request: a server span (child of the caller's `traceparent`, taken from the
 * headers only, so a trace crosses processes exactly as it would between machines) and, when the
 * response ends, requests, latency and errors by code. Mount it first; mount it again after body
 * parsing (the parser's callbacks lose the async context): the second call only resumes.
 */
export function observeRequests(service: string, metrics: ServiceMetrics) {
  return function observe(req: Request, res: Response, next: NextFunction) {
    let seen = res.locals.observation as Observation | undefined;
    if (!seen) {
      seen = begin(service, req);
      res.locals.observation = seen;
      // logs carry the trace's id (unless the client chose a request id): one id to search logs and traces
      if (seen.span && !req.headers["x-request-id"]) res.locals.traceId ??= seen.span.spanContext().traceId;
      const observation = seen;
      res.once("close", () => finish(metrics, observation, res));
    }
    const observation = seen;
    context.with(observation.context, () => current.run(observation, next));
  };
}

function begin(service: string, req: Request): Observation {
  const observation: Observation = { started: performance.now(), operation: OTHER_OPERATION, context: ROOT_CONTEXT };
  if (!tracingOn()) return observation;
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const span = tracerOf(service).startSpan(
    `POST ${req.baseUrl || req.path}`,
    { kind: SpanKind.SERVER, attributes: { "ipr.service": service, "http.request.method": req.method, "url.path": req.originalUrl.split("?")[0] } },
    parent,
  );
  return { ...observation, span, context: trace.setSpan(parent, span) };
}

function finish(metrics: ServiceMetrics, { started, operation, codes, span }: Observation, res: Response) {
  const status = res.statusCode;
  const aborted = !res.writableFinished;
  // codes from the GraphQL response; else a refusal's own code; else what the status means
  const errors = codes ?? (res.locals[REFUSAL_CODE_LOCAL] ? [String(res.locals[REFUSAL_CODE_LOCAL])] : status >= 400 ? [statusCode(status)] : []);
  const outcome = aborted ? "aborted" : errors.length || status >= 400 ? "error" : "ok";
  metrics.requests.inc({ operation, outcome });
  metrics.duration.observe({ operation }, (performance.now() - started) / 1000);
  for (const code of errors) metrics.errors.inc({ operation, code });
  if (span) {
    span.setAttribute("http.response.status_code", status);
    if (errors.length) span.setAttribute("ipr.error_codes", errors);
    if (outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: errors.join(",") || outcome });
    span.end();
  }
}

/** The metrics label of an operation: a name from a fixed set, never the query text or a free name. */
export type OperationLabeller = (request: GraphQLRequestContext<any>) => string | undefined;

/**
 * Names the observed request's operation once it is resolved (metrics label and span name) and
 * collects the `extensions.code` of the errors in its answer (distinct codes per response).
 */
export function observabilityPlugin(label: OperationLabeller): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      const observation = current.getStore();
      if (!observation) return;
      return {
        async didResolveOperation(request) {
          observation.operation = label(request) ?? OTHER_OPERATION;
          const kind = request.operation?.operation ?? "query";
          observation.span?.updateName(`${kind} ${observation.operation}`);
          observation.span?.setAttributes({ "graphql.operation.type": kind, "graphql.operation.name": observation.operation });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : response.body.initialResult.errors;
          observation.codes = [...new Set((errors ?? []).map((e) => codeLabel(e.extensions?.code)))];
        },
      };
    },
  };
}
