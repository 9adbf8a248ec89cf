import { context, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { serviceFetch, type ServiceResponse } from "../http-client";
import type { ServiceMetrics } from "./metrics";
import { recordingSpan, tracerOf, tracingOn } from "./tracing";

/**
 * Adds the W3C `traceparent` of the current span to a request's headers (nothing when tracing is
 * off). It is not covered by the gateway's signature, which MACs identity, time, idempotency key and
 * body only: a changed traceparent can only misfile a trace, never change what is read or written.
 */
export function injectTraceContext(headers: Record<string, string>): void {
  if (tracingOn()) propagation.inject(context.active(), headers);
}

export interface OutgoingCall {
  /** Who calls: `gateway`, or the subgraph making a peer check. */
  service: string;
  /** Whom: a subgraph's name. */
  subgraph: string;
  metrics?: ServiceMetrics;
}

/**
 * One HTTP call to a subgraph: a client span (parent of the callee's server span through the
 * `traceparent` that `injectTraceContext` adds inside `send`) and `ipr_subgraph_fetch_duration_seconds`.
 * `outcomeOf` names a result that is an error in disguise (an outage answered as GraphQL errors).
 */
export async function observeCall<T>(call: OutgoingCall, send: () => Promise<T>, outcomeOf: (result: T) => string = () => "ok"): Promise<T> {
  const started = performance.now();
  const parent = recordingSpan() ? context.active() : undefined;
  const span = parent
    ? tracerOf(call.service).startSpan(`POST ${call.subgraph}`, { kind: SpanKind.CLIENT, attributes: { "ipr.subgraph": call.subgraph, "http.request.method": "POST" } }, parent)
    : undefined;
  let outcome = "error";
  try {
    const result = await (span ? context.with(trace.setSpan(parent!, span), send) : send());
    outcome = outcomeOf(result);
    return result;
  } catch (error) {
    span?.recordException(error as Error);
    throw error;
  } finally {
    call.metrics?.fetchDuration.observe({ subgraph: call.subgraph, outcome }, (performance.now() - started) / 1000);
    if (span) {
      span.setAttribute("ipr.outcome", outcome);
      if (outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      span.end();
    }
  }
}

/** A call to a subgraph (keep-alive `serviceFetch`) as `observeCall`, with the trace context added to `init.headers`. */
export function tracedFetch(call: OutgoingCall, url: string, init: Parameters<typeof serviceFetch>[1] & { headers: Record<string, string> }): Promise<ServiceResponse> {
  return observeCall(call, () => {
    injectTraceContext(init.headers);
    return serviceFetch(url, init);
  }, (res) => (res.ok ? "ok" : "error"));
}
