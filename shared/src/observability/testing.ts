import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { startTracing, stopTracing } from "./tracing";

export type { ReadableSpan };
export { SpanKind } from "@opentelemetry/api";

/**
 * Records every span of this process in memory (as an OTLP exporter would receive them), for a test
 * that asserts on traces. Start it before the services; `stop` unregisters it.
 */
export function recordSpans(service = "test") {
  const exporter = new InMemorySpanExporter();
  startTracing(service, [new SimpleSpanProcessor(exporter)]);
  return {
    spans: (): ReadableSpan[] => exporter.getFinishedSpans(),
    reset: () => exporter.reset(),
    stop: () => stopTracing(),
  };
}
